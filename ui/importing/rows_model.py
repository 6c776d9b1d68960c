"""Every row of the file being imported, with the role the importer gave it: a snapshot table model.

The model holds plain ``ReviewRow`` snapshots from ``app.importing.service``. Editing a cell does not
change the snapshot: it asks for a correction (``cell_edited``), the preview is rebuilt off the
UI thread, and ``set_rows`` brings the new snapshot in.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.importing.corrections import ReviewRow, RowKey, RowRole
from exports.importing.headers import FIELDS
from exports.importing.source import column_letter

COL_WHERE, COL_ROLE = 0, 1
FIRST_CELL = 2
LINE_MARK = " ⏎ "  # a new line inside a cell, shown (and typed) on one line
# Tints help the eye run down the list; the Role column's words say the same, so colour is never the only signal.
_TINTS = {
    RowRole.HEADING: "#dbe9f7",
    RowRole.OBJECTIVE: "#e6f2e1",
    RowRole.CONTINUATION: "#fdf3d8",
    RowRole.HEADER: "#ececec",
    RowRole.LEFT_OUT: "#f4f4f4",
}
# The role in a word, in the row header that stays put when the table scrolls sideways: at 150% on a
# laptop the Read as column scrolls out of sight beside an Activity cell, and the tint alone was left.
_SHORT = {
    RowRole.HEADING: "Priority",
    RowRole.OBJECTIVE: "Objective",
    RowRole.ACTION: "Action",
    RowRole.CONTINUATION: "Continues",
    RowRole.LEFT_OUT: "Left out",
    RowRole.HEADER: "Headers",
    RowRole.GLOSSARY: "Glossary",
}
_MUTED = QColor("#5f5f5f")  # 6.4:1 on the lightest tint

Index = QModelIndex | QPersistentModelIndex


def shown(text: str) -> str:
    return LINE_MARK.join(line.strip() for line in text.splitlines())


def typed(text: str) -> str:
    return "\n".join(part.strip() for part in text.replace("⏎", "\n").splitlines())


def role_text(row: ReviewRow) -> str:
    made = {
        RowRole.ACTION: f"action {row.made}",
        RowRole.CONTINUATION: f"continues {row.made}",
        RowRole.OBJECTIVE: f"objective {row.made}",
        RowRole.HEADING: f"priority {row.made}",
    }.get(row.role, row.role.value)
    if row.table_kind == "other":
        made = "left out (table left out)"
    return f"{made} — your choice" if row.chosen else made


class ReviewRowsModel(QAbstractTableModel):
    cell_edited = Signal(object, int, str)  # row key, column in the file's table, new text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[ReviewRow, ...] = ()
        self.width = 0
        self.fields: dict[int, tuple[str, ...]] = {}  # table index -> column meanings, for header rows

    def set_rows(self, rows: tuple[ReviewRow, ...], fields: dict[int, tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.fields = fields
        self.width = max((len(row.cells) for row in rows), default=0)
        self.endResetModel()

    def row_of(self, key: RowKey) -> int | None:
        return next((number for number, row in enumerate(self.rows) if row.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_CELL + self.width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            row = self.rows[section] if section < len(self.rows) else None
            return None if row is None else "Left out" if row.table_kind == "other" else _SHORT.get(row.role, "")
        if section == COL_WHERE:
            return "Where"
        if section == COL_ROLE:
            return "Read as"
        return column_letter(section - FIRST_CELL)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_CELL and self.rows[index.row()].table_kind != "other":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_WHERE:
                piece = f" (part {row.key[2] + 1})" if row.key[2] else ""
                # the table is named on its first row (and in the tooltip); the rows under it say their number
                first = row.key[1] == 0 and not row.key[2]
                if first or role == Qt.ItemDataRole.ToolTipRole:
                    return f"{row.part}, row {row.file_row}{piece}"
                return f"    row {row.file_row}{piece}"
            if column == COL_ROLE:
                return role_text(row)
            text = row.cells[column - FIRST_CELL] if column - FIRST_CELL < len(row.cells) else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return text or None
            if role == Qt.ItemDataRole.DisplayRole and row.role is RowRole.HEADER:
                return self._header_text(row, column - FIRST_CELL, text)
            return shown(text)
        if role == Qt.ItemDataRole.BackgroundRole and row.role in _TINTS:
            return QBrush(QColor(_TINTS[row.role]))
        if role == Qt.ItemDataRole.ForegroundRole and row.role in (RowRole.LEFT_OUT, RowRole.HEADER):
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.FontRole and (row.role in (RowRole.HEADING, RowRole.HEADER) or row.chosen):
            font = QFont()
            font.setBold(row.role in (RowRole.HEADING, RowRole.HEADER))
            font.setItalic(row.chosen and column == COL_ROLE)
            return font
        return None

    def _header_text(self, row: ReviewRow, column: int, text: str) -> str:
        fields = self.fields.get(row.key[0], ())
        field = fields[column] if column < len(fields) else ""
        meaning = FIELDS.get(field, "") if field else "ignored"
        return f"{shown(text)} [{meaning}]" if text.strip() else f"[{meaning}]"

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() < FIRST_CELL:
            return False
        row = self.rows[index.row()]
        column = index.column() - FIRST_CELL
        old = row.cells[column] if column < len(row.cells) else ""
        new = typed(str(value))
        if new != typed(shown(old)):
            self.cell_edited.emit(row.key, column, new)
        return True
