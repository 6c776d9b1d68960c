"""File ▸ Open plan: every plan in the database with its period, action count and last change."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.plans.listing import list_plans
from models.snapshots.rows import PlanSummary
from ui.common.dialog_base import named
from ui.common.key_bindings import KeyBindings
from ui.common.screen_fit import fit_to_screen
from ui.plans.lifecycle import delete_plan, set_archived

HEADERS = ("Plan", "Partnership", "Period", "Actions", "Status", "Last changed")  # stamps are stored in UTC


def _period(plan: PlanSummary) -> str:
    parts = [f"{d:%b %Y}" if d else "?" for d in (plan.period_start, plan.period_end)]
    return "" if parts == ["?", "?"] else " – ".join(parts)


class OpenPlanDialog(QDialog):
    """Choose a plan; after ``accept`` its id is in ``chosen_uuid`` (the window opens it)."""

    def __init__(
        self, ctx: AppContext, plan_uuid: str | None, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack  # archiving or deleting from the context menu is undoable
        self.chosen_uuid: str | None = None
        self.setWindowTitle("Open plan")
        self.setAccessibleName("Open plan")
        self.search = named(QLineEdit(), "Find plan", "Type part of a plan's title or partnership")
        self.search.setPlaceholderText("Find a plan…")
        self.search.setClearButtonEnabled(True)
        self.table = named(QTableWidget(0, len(HEADERS)), "Plans")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self._open())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # The context menu from the keyboard too (the Menu key and Shift+F10 open it on the current row).
        KeyBindings(self.table).bind("Shift+F10", lambda: self._context_menu(None)).bind(
            QKeySequence(Qt.Key.Key_Menu), lambda: self._context_menu(None)
        )
        self.show_archived = named(QCheckBox("Show &archived plans"), "Show archived plans")
        self.show_archived.toggled.connect(lambda _on: self._load(self._selected_uuid()))
        self.empty = QLabel("There are no plans yet. Create one with File ▸ New plan, or import one.")
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton("&Open", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName("Open the selected plan")
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)  # only takes once the button is inside the dialog
        self.search.textChanged.connect(self._filter)
        self._load(plan_uuid)
        fit_to_screen(self, 820, 360)

    def _load(self, current_uuid: str | None) -> None:
        plans = list_plans(self.ctx.db, include_archived=self.show_archived.isChecked())
        self.plans = {plan.uuid: plan for plan in plans}
        self.table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            cells = (
                plan.title,
                plan.partnership,
                _period(plan),
                str(plan.action_count),
                "Archived" if plan.archived else plan.approval.capitalize(),
                f"{plan.modified_at.replace(tzinfo=UTC).astimezone():%d %b %Y %H:%M}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, plan.uuid)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if plan.uuid == current_uuid or row == 0:
                self.table.selectRow(row)
        self.empty.setVisible(not plans)
        self.open_button.setEnabled(bool(plans))
        self.table.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            haystack = f"{self.table.item(row, 0).text()} {self.table.item(row, 1).text()}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

    def _selected_uuid(self) -> str | None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows() if not self.table.isRowHidden(i.row())]
        return self.table.item(rows[0], 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _open(self) -> None:
        uuid = self._selected_uuid()
        if uuid is None:
            return
        plan = self.plans[uuid]
        if plan.archived and not set_archived(self, self.ctx, self.undo_stack, plan, archived=False):
            return  # opening an archived plan restores it first
        self.chosen_uuid = uuid
        self.accept()

    def _context_menu(self, position: QPoint | None) -> None:
        if position is not None:
            self.table.selectRow(self.table.rowAt(position.y()))
        uuid = self._selected_uuid()
        if uuid is None:
            return
        plan = self.plans[uuid]
        menu = QMenu(self)
        menu.addAction("&Open", self._open)
        if plan.archived:
            menu.addAction("&Restore from archive", lambda: self._change(set_archived, plan, False))
        else:
            menu.addAction("&Archive plan…", lambda: self._change(set_archived, plan, True))
        menu.addAction("&Delete plan…", lambda: self._change(delete_plan, plan))
        where = position if position is not None else self.table.visualRect(self.table.currentIndex()).center()
        menu.exec(self.table.viewport().mapToGlobal(where))

    def _change(self, act, plan: PlanSummary, *args) -> None:
        if act(self, self.ctx, self.undo_stack, plan, *args):
            self._load(None if act is delete_plan else plan.uuid)
