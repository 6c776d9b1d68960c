"""File ▸ Open plan: every plan in the database with its period, action count and last change."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.plans.listing import list_plans
from models.snapshots.rows import PlanSummary
from ui.common.dialog_base import named
from ui.common.screen_fit import fit_to_screen

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
        del undo_stack  # choosing changes nothing; the argument keeps the dialogs uniform
        self.ctx = ctx
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
        self.empty = QLabel("There are no plans yet. Create one with File ▸ New plan, or import one.")
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton("&Open", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName("Open the selected plan")
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)  # only takes once the button is inside the dialog
        self.search.textChanged.connect(self._filter)
        self._load(plan_uuid)
        fit_to_screen(self, 820, 360)

    def _load(self, current_uuid: str | None) -> None:
        plans = list_plans(self.ctx.db)
        self.table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            cells = (
                plan.title,
                plan.partnership,
                _period(plan),
                str(plan.action_count),
                plan.approval.capitalize(),
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

    def _open(self) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows() if not self.table.isRowHidden(i.row())]
        if not rows:
            return
        self.chosen_uuid = self.table.item(rows[0], 0).data(Qt.ItemDataRole.UserRole)
        self.accept()
