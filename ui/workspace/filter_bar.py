"""The filters above the table: they combine, and a combination can be saved with a name per plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.queries.filters import ActionFilter, DueBucket
from models.snapshots.rows import LeadRow, PriorityNode
from ui.common import prompts
from ui.common.key_bindings import KeyBindings
from ui.common.reflow import ReflowRow, cell
from ui.common.widgets import TypedDateEdit
from ui.workspace.status_filter import StatusFilter

if TYPE_CHECKING:
    from app.context import AppContext
    from app.queries.saved_filters import SavedFilters

SAVED_PLACEHOLDER = "Saved filters…"
# Screens shorter than this (logical pixels: 1366×768 at 150% or 200%) start with the "changed
# since" and saved-filter row folded away behind "More filters", so the table keeps several rows.
SHORT_SCREEN = 600


def _combo(name: str, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
    combo.setMinimumContentsLength(6)
    return combo


class FilterBar(QWidget):
    filter_changed = Signal(object)  # ActionFilter
    to_results = Signal()  # Down or Enter in the search box: go to the first matching action

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        """``ctx`` None: start-up's first read is on screen, the data not open yet (``set_context``);
        the filters work on the rows shown, the saved filters wait for the data."""
        super().__init__(parent)
        self.ctx = ctx
        self.plan_uuid: str | None = None
        self._objective: tuple[str, str] | None = None
        self._quiet = False
        self.setAccessibleName("Filters")

        self.search = QLineEdit()
        self.search.setAccessibleName("Search actions")
        self.search.setPlaceholderText("Search every field (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.lead = _combo("Lead filter", "Only actions led by this lead (any spelling merged into it counts)")
        self.priority = _combo("Priority filter", "Only actions under this priority")
        self.status = StatusFilter()
        self.due = _combo("Due filter", "Only actions due in this period")
        self.due.addItem("Any due date", "")
        for bucket in DueBucket:
            self.due.addItem(bucket.label, bucket.value)
        self.changed = QCheckBox("Changed since")
        self.changed.setAccessibleName("Only actions changed since a date")
        self.changed_date = TypedDateEdit(QDate.currentDate().addMonths(-1))
        self.changed_date.setCalendarPopup(True)
        self.changed_date.setDisplayFormat("d MMM yyyy")
        self.changed_date.setAccessibleName("Changed since date")
        self.changed_date.setEnabled(False)
        self.objective_chip = QToolButton()
        self.objective_chip.setAccessibleName("Objective filter: click to remove")
        self.objective_chip.setToolTip("Showing one objective's actions. Click to show all objectives.")
        self.objective_chip.hide()
        self.saved = _combo("Saved filters", "Apply a filter saved for this plan")
        self.save_button = QPushButton("Save filter…")
        self.save_button.setAccessibleName("Save this filter")
        self.delete_button = QPushButton("Delete saved")
        self.delete_button.setAccessibleName("Delete the chosen saved filter")
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear filters")
        self.more_button = QToolButton()
        self.more_button.setText("&More filters")
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName("More filters: changed since, and saved filters")
        self.more_button.setToolTip("Show or hide the 'changed since' filter and the saved filters")
        self._folded_once = False

        # Three short rows rather than one long one; the second and third stack further when the
        # pane is narrow (a 1366×768 screen at 200%), so the window never needs more than the screen.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        search_row.addWidget(self.more_button)
        choices = []
        for label, widget in (
            ("Lea&d", self.lead),
            ("Pr&iority", self.priority),
            ("&Status", self.status),
            ("D&ue", self.due),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            choices.append(cell(caption, widget))
        self.choices_row = ReflowRow(choices)
        since = cell(self.changed, self.changed_date, self.objective_chip, stretch_last=False)
        since.layout().addStretch(1)
        saved = cell(self.saved, self.save_button, self.delete_button, stretch_last=False)
        self.saved_row = ReflowRow([since, saved])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        search_row.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.choices_row)
        layout.addWidget(self.saved_row)
        # An unreadable "changed since" date is explained across the whole bar, in a line or two,
        # rather than under the field in a column of its own.
        layout.addWidget(self.changed_date.message)
        reading_order = (
            self.search,
            self.clear_button,
            self.more_button,
            self.lead,
            self.priority,
            self.status,
            self.due,
            self.changed,
            self.changed_date,
            self.objective_chip,
            self.saved,
            self.save_button,
            self.delete_button,
        )
        for first, second in zip(reading_order, reading_order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(self._emit)
        self.search.returnPressed.connect(self.to_results.emit)
        KeyBindings(self.search).bind(QKeySequence(Qt.Key.Key_Down), self.to_results.emit)
        for combo in (self.lead, self.priority, self.status, self.due):
            combo.currentIndexChanged.connect(self._emit)
        self.changed.toggled.connect(self.changed_date.setEnabled)
        self.changed.toggled.connect(self._emit)
        self.changed_date.dateChanged.connect(self._emit)
        self.objective_chip.clicked.connect(lambda: self.set_tree_node(None, None))
        self.saved.activated.connect(self._apply_saved)
        self.save_button.clicked.connect(self.save_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.clear_button.clicked.connect(self.clear)
        self.more_button.toggled.connect(self._show_more)
        self.more_button.setChecked(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._folded_once:  # the screen is known once shown; the user's choice wins after
            self._folded_once = True
            screen = self.screen()
            if screen is not None and screen.availableGeometry().height() < SHORT_SCREEN:
                self.more_button.setChecked(False)

    def _show_more(self, shown: bool) -> None:
        # A filter in force is never hidden: the row stays while "changed since" or an objective applies.
        shown = shown or self.changed.isChecked() or self._objective is not None
        self.saved_row.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def last_control(self) -> QWidget:
        return self.delete_button

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- choices -------------------------------------------------------------------------------
    def set_plan(self, plan_uuid: str | None, priorities: list[PriorityNode]) -> None:
        self.plan_uuid = plan_uuid
        self._quiet = True
        self._objective = None
        self.search.clear()
        self.refresh_choices(priorities)
        self._set_filter_widgets(ActionFilter())
        self._quiet = False
        self._emit()

    def refresh_choices(self, priorities: list[PriorityNode]) -> None:
        """Refill priorities and saved filters, keeping what is chosen."""
        quiet, self._quiet = self._quiet, True
        chosen = self.priority.currentData()
        self.priority.clear()
        self.priority.addItem("All priorities", None)
        for node in priorities:
            self.priority.addItem(f"{node.code} {node.title}".strip(), node.uuid)
        self.priority.setCurrentIndex(max(self.priority.findData(chosen), 0))
        self._fill_saved()
        self._quiet = quiet

    def set_leads(self, leads: list[LeadRow]) -> None:
        quiet, self._quiet = self._quiet, True
        chosen = self.lead.currentData()
        self.lead.clear()
        self.lead.addItem("All leads", None)
        for lead in leads:
            self.lead.addItem(lead.name, lead.uuid)
            if lead.aliases:
                self.lead.setItemData(self.lead.count() - 1, "Also written: " + "; ".join(lead.aliases), 3)
        self.lead.setCurrentIndex(max(self.lead.findData(chosen), 0))
        self._quiet = quiet
        if chosen is not None and self.lead.currentData() != chosen:
            self._emit()

    def set_context(self, ctx: AppContext, saved: SavedFilters | None = None) -> None:
        """The data is open: the plan's saved filters can be read and saved. ``saved``: those of the
        plan shown, already read (off the UI thread, at start-up)."""
        self.ctx = ctx
        self._fill_saved(saved)

    def _fill_saved(self, saved: SavedFilters | None = None) -> None:
        self.saved.clear()
        self.saved.addItem(SAVED_PLACEHOLDER, None)
        open_data = self.ctx is not None
        self._saved = {}
        if saved is not None and saved.plan_uuid == self.plan_uuid:
            self._saved = saved.filters
        elif self.plan_uuid and open_data:
            from app.queries.saved_filters import saved_filters

            self._saved = saved_filters(self.ctx.db, self.plan_uuid)
        for name in self._saved:
            self.saved.addItem(name, name)
        self.save_button.setEnabled(open_data)
        self.delete_button.setEnabled(bool(self._saved))

    # --- the filter ----------------------------------------------------------------------------
    def current(self) -> ActionFilter:
        lead = self.lead.currentData()
        priority = self.priority.currentData()
        return ActionFilter(
            text=self.search.text().strip(),
            lead_uuids=frozenset({lead}) if lead else frozenset(),
            priority_uuids=frozenset({priority}) if priority else frozenset(),
            objective_uuids=frozenset({self._objective[0]}) if self._objective else frozenset(),
            statuses=self.status.statuses(),
            due=DueBucket(self.due.currentData()) if self.due.currentData() else None,
            changed_since=self.changed_date.date().toPython() if self.changed.isChecked() else None,
        )

    def set_filter(self, action_filter: ActionFilter) -> None:
        self._quiet = True
        self._set_filter_widgets(action_filter)
        self._quiet = False
        self._show_more(self.more_button.isChecked())  # a saved "changed since" filter is shown in force
        self._emit()

    def _set_filter_widgets(self, action_filter: ActionFilter) -> None:
        self.search.setText(action_filter.text)
        self.lead.setCurrentIndex(max(self.lead.findData(next(iter(action_filter.lead_uuids), None)), 0))
        self.priority.setCurrentIndex(max(self.priority.findData(next(iter(action_filter.priority_uuids), None)), 0))
        self.status.set_statuses(action_filter.statuses)
        self.due.setCurrentIndex(max(self.due.findData(action_filter.due.value if action_filter.due else ""), 0))
        self.changed.setChecked(action_filter.changed_since is not None)
        if action_filter.changed_since is not None:
            self.changed_date.setDate(QDate(action_filter.changed_since))
        objective = next(iter(action_filter.objective_uuids), None)
        self._objective = (objective, "") if objective else None
        self._show_objective_chip()

    def set_tree_node(self, kind: str | None, uuid: str | None, label: str = "") -> None:
        """The plan tree picked a priority or an objective (or nothing): narrow the table to it."""
        self._quiet = True
        self._objective = (uuid, label) if kind == "objective" and uuid else None
        if kind == "priority":
            self.priority.setCurrentIndex(max(self.priority.findData(uuid), 0))
        elif kind is None:
            self.priority.setCurrentIndex(0)
        self._show_objective_chip()
        self._quiet = False
        self._emit()

    def _show_objective_chip(self) -> None:
        if self._objective is None:
            self.objective_chip.hide()
        else:
            self.objective_chip.setText(f"Objective {self._objective[1] or ''} ✕".replace("  ", " "))
            self.objective_chip.show()
        self._show_more(self.more_button.isChecked())

    def clear(self) -> None:
        self._objective = None
        self.set_filter(ActionFilter())

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.filter_changed.emit(self.current())

    # --- saved filters -------------------------------------------------------------------------
    def _apply_saved(self, position: int) -> None:
        name = self.saved.itemData(position)
        if name in self._saved:
            self.set_filter(self._saved[name])

    def save_current(self) -> None:
        from app.queries.saved_filters import SavedFilterError, save_filter

        if self.plan_uuid is None or self.ctx is None:
            return
        name = prompts.ask_text(self, "Save filter", "Name for this filter (e.g. Red and overdue):")
        if name is None:
            return
        try:
            saved = save_filter(self.ctx.db, self.plan_uuid, name, self.current())
        except SavedFilterError as exc:
            prompts.error(self, "Save filter", str(exc))
            return
        self._fill_saved()
        self.saved.setCurrentIndex(max(self.saved.findData(saved), 0))

    def delete_current(self) -> None:
        from app.queries.saved_filters import delete_saved_filter

        name = self.saved.currentData()
        if self.plan_uuid is None or name is None:
            prompts.info(self, "Delete saved filter", "Choose a saved filter in the list first.")
            return
        if prompts.confirm(self, "Delete saved filter", f"Delete the saved filter '{name}'?", ok_text="Delete"):
            delete_saved_filter(self.ctx.db, self.plan_uuid, name)
            self._fill_saved()
