"""The plan's own fields (title, partnership, period, version, marking, approval), shared by New and Properties."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.editing.commands import CommandError
from app.plan_setup.structure_commands import period_problem
from models.snapshots.rows import PlanSummary
from ui.common.dialog_base import named
from ui.common.widgets import OptionalDateEdit, date_field

MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED")
APPROVALS = (("Draft", "draft"), ("Approved", "approved"))


def financial_year(today: date) -> tuple[date, date]:
    """The UK financial year (April to March) ``today`` falls in: most plans run on it."""
    start_year = today.year if today.month >= 4 else today.year - 1
    return date(start_year, 4, 1), date(start_year + 1, 3, 31)


class PlanForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = named(QLineEdit(), "Plan title", "The plan's title as it appears on reports")
        self.title.setPlaceholderText("e.g. Community Safety Delivery Plan 2024-25")
        self.partnership = named(QLineEdit(), "Partnership", "The board or partnership that owns the plan")
        self.partnership.setPlaceholderText("e.g. Anytown Community Safety Partnership")
        self.period_start = named(OptionalDateEdit(), "Period start")
        self.period_end = named(OptionalDateEdit(), "Period end")
        self.version = named(QLineEdit(), "Version", "For example 'v2 (annual review)'")
        self.marking = named(QComboBox(), "Protective marking")
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS)
        self.approval = named(QComboBox(), "Approval status")
        for label, value in APPROVALS:
            self.approval.addItem(label, value)
        self.description = named(QPlainTextEdit(), "Description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Title:", self.title)
        form.addRow("&Partnership:", self.partnership)
        form.addRow("Period &starts:", date_field(self.period_start))
        form.addRow("Period &ends:", date_field(self.period_end))
        form.addRow("&Version:", self.version)
        form.addRow("&Marking:", self.marking)
        form.addRow("St&atus:", self.approval)
        form.addRow("&Description:", self.description)
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def set_defaults(self, today: date) -> None:
        start, end = financial_year(today)
        self.period_start.set_value(start)
        self.period_end.set_value(end)
        self.marking.setCurrentText(MARKINGS[0])
        self.approval.setCurrentIndex(0)

    def load(self, plan: PlanSummary) -> None:
        self.title.setText(plan.title)
        self.partnership.setText(plan.partnership)
        self.period_start.set_value(plan.period_start)
        self.period_end.set_value(plan.period_end)
        self.version.setText(plan.version_label)
        self.marking.setCurrentText(plan.marking)
        self.approval.setCurrentIndex(max(0, self.approval.findData(plan.approval)))
        self.description.setPlainText(plan.description)

    def values(self) -> dict[str, Any]:
        """The fields as the plan entity names them; refuses a missing title or a backwards period."""
        title = self.title.text().strip()
        if not title:
            self.title.setFocus()
            raise CommandError("A plan needs a title.", "title")
        start, end = self.period_start.checked_value(), self.period_end.checked_value()
        problem = period_problem(start, end)
        if problem:
            self.period_end.setFocus()
            raise CommandError(problem, "period_end")
        return {
            "title": title,
            "partnership": self.partnership.text().strip(),
            "period_start": start,
            "period_end": end,
            "version_label": self.version.text().strip(),
            "marking": self.marking.currentText().strip(),
            "approval": self.approval.currentData(),
            "description": self.description.toPlainText().strip(),
        }
