"""The action table's model: plain ActionRow snapshots in, display/sort/edit values out.

Edits never touch the database here: ``setData`` turns the new value into an app command and
hands it to ``command_runner`` (the window's ``run_command``, which puts it on the undo stack).
The table refreshes when the ChangeBus reports the change, not when setData returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.queries.filters import last_changed
from models.snapshots.rows import ActionRow
from models.status import Status

if TYPE_CHECKING:
    from app.editing.commands import Command

COL_REF = 0
COL_PRIORITY = 1
COL_OBJECTIVE = 2
COL_ACTION = 3
COL_LEAD = 4
COL_PARTNERS = 5
COL_TIMESCALE = 6
COL_DUE = 7
COL_STATUS = 8
COL_PERCENT = 9
COL_LATEST = 10
COL_CHANGED = 11

HEADERS = (
    "Ref",
    "Priority",
    "Objective",
    "Action",
    "Lead",
    "Partners",
    "Timescale",
    "Due",
    "Status",
    "% complete",
    "Latest update",
    "Last changed",
)
COLUMN_COUNT = len(HEADERS)

SortRole = Qt.ItemDataRole.UserRole
RowRole = Qt.ItemDataRole.UserRole + 1
UuidRole = Qt.ItemDataRole.UserRole + 2

EDITABLE_FIELDS = {
    COL_REF: "ref",
    COL_ACTION: "activity",
    COL_LEAD: "lead_uuid",
    COL_PARTNERS: "partners",
    COL_TIMESCALE: "timescale_text",
    COL_DUE: "timescale_text",
    COL_STATUS: "status",
    COL_PERCENT: "percent_complete",
}
_STATUS_ORDER = {status.value: n for n, status in enumerate(Status)}
_DISPLAY_LIMIT = 300
_NUMBER_PARTS = re.compile(r"(\d+)")

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class LeadChoice:
    """What the lead editor picked: an existing lead, no lead, or a new lead to create by name."""

    lead_uuid: str | None = None
    new_name: str | None = None


def format_date(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def natural_key(text: str) -> tuple:
    """ "1.10" sorts after "1.9"; numbers and words never compare against each other."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in _NUMBER_PARTS.split(text)
    )


def one_line(text: str) -> str:
    return " ".join(text[:_DISPLAY_LIMIT].split())


def due_text(row: ActionRow) -> str:
    if row.due_date is None:
        return {"ongoing": "Ongoing", "tbc": "TBC", "recurring": "Recurring"}.get(row.timescale_kind, "No date")
    text = format_date(row.due_date)
    return f"{text} (overdue)" if row.overdue else text


def latest_update_text(row: ActionRow) -> str:
    if row.latest_update_date is None:
        return ""
    return f"{format_date(row.latest_update_date)}: {one_line(row.latest_update_note)}"


def display_text(row: ActionRow, column: int) -> str:
    if column == COL_REF:
        return row.ref
    if column == COL_PRIORITY:
        return f"{row.priority_code} {row.priority_title}".strip()
    if column == COL_OBJECTIVE:
        return ", ".join(row.objective_refs)
    if column == COL_ACTION:
        return one_line(row.activity)
    if column == COL_LEAD:
        return row.lead_name
    if column == COL_PARTNERS:
        return one_line(row.partners)
    if column == COL_TIMESCALE:
        return row.timescale_text
    if column == COL_DUE:
        return due_text(row)
    if column == COL_STATUS:
        return row.status
    if column == COL_PERCENT:
        return f"{row.percent_complete}%"
    if column == COL_LATEST:
        return latest_update_text(row)
    if column == COL_CHANGED:
        return format_date(last_changed(row))
    return ""


def sort_key(row: ActionRow, column: int) -> Any:
    if column == COL_REF:
        return natural_key(row.ref)
    if column == COL_PRIORITY:
        return natural_key(row.priority_code), row.priority_title.casefold()
    if column == COL_OBJECTIVE:
        return tuple(natural_key(ref) for ref in row.objective_refs)
    if column == COL_DUE:
        return (row.due_date is None, row.due_date or date.min)
    if column == COL_STATUS:
        return _STATUS_ORDER.get(row.status, len(_STATUS_ORDER))
    if column == COL_PERCENT:
        return row.percent_complete
    if column == COL_LATEST:
        return (row.latest_update_date is None, row.latest_update_date or date.min)
    if column == COL_CHANGED:
        return last_changed(row)
    return display_text(row, column).casefold()


def full_text(row: ActionRow, column: int) -> str:
    """The unabridged text of a cell, for tooltips, editors and copying."""
    if column == COL_OBJECTIVE:
        return f"{', '.join(row.objective_refs)} {row.objective_text}".strip()
    if column == COL_ACTION:
        return row.activity
    if column == COL_PARTNERS:
        return row.partners
    if column == COL_LATEST and row.latest_update_date:
        return f"{format_date(row.latest_update_date)} ({row.latest_update_author}): {row.latest_update_note}"
    return display_text(row, column)


def edit_command(row: ActionRow, plan_uuid: str, column: int, value: Any) -> Command | None:
    """The command that stores ``value`` typed into ``column``; None when nothing would change."""
    # Here, not at the top: the table shows start-up's first read before the command path loads.
    from app.editing.commands import Batch, CreateRecord, SetFields
    from app.editing.concurrency import seen_in

    field = EDITABLE_FIELDS.get(column)
    if field is None:
        return None
    label = f"Edit {HEADERS[column].lower()} of {row.ref or 'action'}"
    if column == COL_LEAD:
        choice = value if isinstance(value, LeadChoice) else LeadChoice(lead_uuid=value or None)
        if choice.new_name:
            create = CreateRecord("lead", {"plan_uuid": plan_uuid, "name": choice.new_name.strip()})
            edit = SetFields("action", row.uuid, {"lead_uuid": create.uuid}, seen=seen_in(row, ["lead_uuid"]))
            return Batch(label, (create, edit))
        if choice.lead_uuid == row.lead_uuid:
            return None
        return SetFields("action", row.uuid, {"lead_uuid": choice.lead_uuid}, label, seen=seen_in(row, ["lead_uuid"]))
    current = getattr(row, field)
    if value == current:
        return None
    return SetFields("action", row.uuid, {field: value}, label, seen=seen_in(row, [field]))


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self._row_by_uuid: dict[str, int] = {}
        self.plan_uuid: str | None = None
        self.command_runner: Callable[[Command], bool] | None = None

    @property
    def rows(self) -> Sequence[ActionRow]:
        return self._rows

    def set_rows(self, rows: list[ActionRow], plan_uuid: str | None = None) -> None:
        """Replace the snapshot; the same actions in the same order keep the view's selection."""
        same_shape = plan_uuid == self.plan_uuid and [r.uuid for r in rows] == [r.uuid for r in self._rows]
        if same_shape and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._row_by_uuid = {row.uuid: n for n, row in enumerate(self._rows)}
        self.plan_uuid = plan_uuid
        self.endResetModel()

    def row_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, uuid: str) -> int | None:
        return self._row_by_uuid.get(uuid)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, position: int, column: int, role: int) -> Any:
        """What ``data`` answers for row ``position``; the filter proxy calls it without a source index."""
        row = self._rows[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SortRole:
            return sort_key(row, column)
        if role == RowRole:
            return row
        if role == UuidRole:
            return row.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column == COL_PERCENT else ALIGN_LEFT
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return full_text(row, column)
        return None

    def _edit_value(self, row: ActionRow, column: int) -> Any:
        if column == COL_LEAD:
            return row.lead_uuid
        if column == COL_PERCENT:
            return row.percent_complete
        field = EDITABLE_FIELDS.get(column)
        return getattr(row, field) if field else display_text(row, column)

    def _tooltip(self, row: ActionRow, column: int) -> str | None:
        if column in (COL_OBJECTIVE, COL_ACTION, COL_PARTNERS, COL_LATEST):
            text = full_text(row, column)
            return text or None
        if column == COL_STATUS:
            status = Status.parse(row.status)
            return status.label if status else row.status
        if column == COL_DUE and row.overdue:
            return f"Overdue: due {format_date(row.due_date)} and still {row.status.lower()}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return HEADERS[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.column_flags(index.column())

    def column_flags(self, column: int) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.command_runner is not None and column in EDITABLE_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.command_runner is None:
            return False
        if self.plan_uuid is None:
            return False
        command = edit_command(self._rows[index.row()], self.plan_uuid, index.column(), value)
        if command is None:
            return False
        return self.command_runner(command)
