"""The action table view: delegates, column chooser, remembered layout, messages beside cells."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QToolTip, QWidget

from models.snapshots.rows import ActionRow, LeadRow
from ui.window.settings import app_settings
from ui.workspace.table.clipboard import rows_mime_data
from ui.workspace.table.delegates import (
    LeadDelegate,
    LongTextDelegate,
    PercentDelegate,
    StatusDelegate,
    TimescaleDelegate,
)
from ui.workspace.table.model import (
    COL_ACTION,
    COL_DUE,
    COL_LATEST,
    COL_LEAD,
    COL_OBJECTIVE,
    COL_PARTNERS,
    COL_PERCENT,
    COL_PRIORITY,
    COL_REF,
    COL_STATUS,
    COL_TIMESCALE,
    HEADERS,
    RowRole,
    UuidRole,
)
from ui.workspace.table.proxy import ActionFilterProxy

HEADER_STATE_KEY = "action_table/header_state"
# Characters of text each column starts with; the user's own widths are remembered after that.
DEFAULT_WIDTHS = {
    COL_REF: 8,
    COL_OBJECTIVE: 11,
    COL_ACTION: 44,
    COL_LEAD: 22,
    COL_TIMESCALE: 14,
    COL_DUE: 24,
    COL_STATUS: 16,
    COL_PERCENT: 12,
    COL_LATEST: 40,
    COL_PARTNERS: 18,
    COL_PRIORITY: 18,
}
HIDDEN_BY_DEFAULT = (COL_PRIORITY, COL_PARTNERS)
# Status straight after the action: it is what people scan for, so it should not need scrolling to.
DEFAULT_ORDER = (COL_REF, COL_OBJECTIVE, COL_ACTION, COL_STATUS, COL_LEAD, COL_DUE, COL_TIMESCALE)


class ActionTableView(QTableView):
    cell_message = Signal(str)

    def __init__(self, leads: Callable[[], list[LeadRow]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Actions")
        self.setAccessibleDescription("The plan's actions, one per row. Press F2 to edit a cell.")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.last_message = ""
        self.lead_delegate = LeadDelegate(leads, self)
        self.setItemDelegateForColumn(COL_STATUS, StatusDelegate(self))
        self.setItemDelegateForColumn(COL_TIMESCALE, TimescaleDelegate(self))
        self.setItemDelegateForColumn(COL_DUE, TimescaleDelegate(self))
        self.setItemDelegateForColumn(COL_LEAD, self.lead_delegate)
        self.setItemDelegateForColumn(COL_ACTION, LongTextDelegate(self))
        self.setItemDelegateForColumn(COL_PARTNERS, LongTextDelegate(self))
        self.setItemDelegateForColumn(COL_PERCENT, PercentDelegate(self))

    def proxy(self) -> ActionFilterProxy:
        model = self.model()
        assert isinstance(model, ActionFilterProxy)
        return model

    def apply_default_layout(self) -> None:
        char = self.fontMetrics().averageCharWidth()
        for column in range(len(HEADERS)):
            width = DEFAULT_WIDTHS.get(column, max(len(HEADERS[column]) + 4, 10))
            self.setColumnWidth(column, width * char)
            self.setColumnHidden(column, column in HIDDEN_BY_DEFAULT)
        header = self.horizontalHeader()
        for visual, column in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(column), visual)

    def restore_layout(self) -> None:
        self.apply_default_layout()
        state = app_settings().value(HEADER_STATE_KEY)
        if state is not None:
            self.horizontalHeader().restoreState(state)

    def save_layout(self) -> None:
        app_settings().setValue(HEADER_STATE_KEY, self.horizontalHeader().saveState())

    def column_actions(self, parent: QWidget) -> list[QAction]:
        """One checkable action per column, for the header's menu and View > Columns."""
        actions = []
        for column, title in enumerate(HEADERS):
            action = QAction(title, parent)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
            actions.append(action)
        return actions

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        self.save_layout()

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName("Columns")
        for action in self.column_actions(menu):
            menu.addAction(action)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def visible_columns(self) -> list[int]:
        header = self.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in logical if not header.isSectionHidden(c)]

    def selected_rows(self) -> list[ActionRow]:
        """Selected actions in the order they are shown."""
        indexes = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row()) if self.selectionModel() else []
        return [index.data(RowRole) for index in indexes]

    def selected_uuids(self) -> list[str]:
        return [row.uuid for row in self.selected_rows()]

    def current_row(self) -> ActionRow | None:
        index = self.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select_uuids(self, uuids: list[str]) -> None:
        model = self.model()
        selection = self.selectionModel()
        wanted = set(uuids)
        selection.clearSelection()
        first = None
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(UuidRole) in wanted:
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def copy_selection(self) -> int:
        return self.copy_rows(self.selected_rows())

    def copy_rows(self, rows: list[ActionRow]) -> int:
        if rows:
            QGuiApplication.clipboard().setMimeData(rows_mime_data(rows, self.visible_columns()))
        return len(rows)

    def show_cell_message(self, index: QModelIndex | QPersistentModelIndex, message: str) -> None:
        """A refusal shown at the cell it concerns (and kept for the status bar and tests)."""
        self.last_message = message
        rect = self.visualRect(self.model().index(index.row(), index.column())) if index.isValid() else self.rect()
        QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), message, self.viewport(), rect, 10000)
        self.cell_message.emit(message)
