"""A timescale field: type what the plan says ("Sept 2022", "Ongoing") or pick a date on a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction


class TimescaleEdit(QWidget):
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setAccessibleName("Timescale")
        self.line.setPlaceholderText("e.g. Sept 2022, Q3 2022/23, Ongoing, TBC")
        self.line.textChanged.connect(self.textChanged)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName("Pick a due date")
        self.calendar.setGridVisible(True)
        menu = QMenu(self)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(lambda _day: menu.close())
        self.button = QToolButton(self)
        self.button.setText("Date…")
        self.button.setToolTip("Pick a date on a calendar")
        self.button.setAccessibleName("Pick a date on a calendar")
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def _pick(self, day: QDate) -> None:
        from app.timescale import MONTH_NAMES  # see ui.workspace.detail_pane's _due_words

        self.line.setText(f"{day.day()} {MONTH_NAMES[day.month() - 1]} {day.year()}")
