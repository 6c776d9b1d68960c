"""What a first-time user sees instead of a blank grid: three clear ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

IMPORT_UNAVAILABLE = "Importing plans from Word or Excel is not available in this version yet."
NEW_PLAN_UNAVAILABLE = "Creating a plan from scratch is not available in this version yet."


def _intro(archived: int) -> str:
    where = (
        "There are no plans here yet."
        if not archived
        else f"No plan is open. {archived} archived plan{'s are' if archived > 1 else ' is'} kept: File ▸ Open "
        "plan, tick “Show archived plans” to restore one."
    )
    return (
        "Delivery Desk keeps your partnership's delivery plan: priorities, objectives and actions, "
        f"who leads them, when they are due and how they are going.\n\n{where} "
        "Start with the demo plan to look around, bring in the plan you already have, or start a new one."
    )


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Getting started")
        title = QLabel("<h2>Welcome to Delivery Desk</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.intro = intro = QLabel(_intro(0))
        intro.setWordWrap(True)
        self.demo_button = QPushButton("Open the demo plan")
        self.demo_button.setAccessibleName("Open the demo plan")
        self.demo_button.setToolTip("A real Community Safety Partnership plan (67 actions) to try things on.")
        self.import_button = QPushButton("Import a plan…")
        self.import_button.setAccessibleName("Import a plan")
        self.new_button = QPushButton("New plan")
        self.new_button.setAccessibleName("New plan")
        for button in (self.demo_button, self.import_button, self.new_button):
            button.setMinimumHeight(button.sizeHint().height() + 12)
        # Word-wrapped labels only size themselves right at a fixed width, so the content sits in a column.
        column = QWidget(self)
        column.setFixedWidth(intro.fontMetrics().averageCharWidth() * 72)
        intro.setMinimumHeight(intro.heightForWidth(column.width() - 24))
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        for widget in (title, intro, self.demo_button, self.import_button, self.new_button):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.set_available(import_ready=False, new_ready=False)

    def set_archived(self, count: int) -> None:
        """After the last plan in use is archived, say where it went rather than "no plans here yet"."""
        self.intro.setText(_intro(count))
        self.intro.setMinimumHeight(self.intro.heightForWidth(self.intro.parentWidget().width() - 24))

    def set_available(self, import_ready: bool, new_ready: bool) -> None:
        """A disabled button still says why, so nobody wonders whether it is broken."""
        self.import_button.setEnabled(import_ready)
        self.import_button.setToolTip(
            "Bring in a plan from a Word or Excel file." if import_ready else IMPORT_UNAVAILABLE
        )
        self.new_button.setEnabled(new_ready)
        self.new_button.setToolTip("Start an empty plan and type it in." if new_ready else NEW_PLAN_UNAVAILABLE)
