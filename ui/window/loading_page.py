"""What the centre of the window shows while the data opens and the first plan is read: which plan
is opening (once known), with a busy bar, instead of a blank grid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from models.snapshots.rows import PlanSummary

OPENING_DATA = "Opening your plans…"


class LoadingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Opening the plan")
        self.title = QLabel(OPENING_DATA, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: reading reports no steps
        self.bar.setAccessibleName("Opening the plan")
        self.bar.setFixedWidth(self.fontMetrics().averageCharWidth() * 40)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_plan(self, plan: PlanSummary) -> None:
        self.title.setText(f"Opening {plan.display_name} ({plan.action_count:,} actions)…")
