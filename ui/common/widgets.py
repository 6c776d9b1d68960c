"""Small widgets the windows share: optional dates, optional numbers, a label that elides."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from app.editing.commands import CommandError

_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date picker with a calendar popup whose lowest value reads "No date" and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd MMM yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("No date")
        self.set_value(None)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == _NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))
        # Opening the calendar on "No date" would show January 1900; show this month instead.
        if value is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def optional_number(edit: QLineEdit, label: str) -> float | None:
    """The number typed in ``edit`` (blank means none); "40%" and "1,200" are read as people write them."""
    text = edit.text().strip().replace(",", "").removesuffix("%").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise CommandError(f"{label} must be a number, such as 40 or 12.5 — not '{edit.text().strip()}'.") from None


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else f"{value:.10g}"


class ElidedLabel(QLabel):
    """One line of text that shortens with "…" when room is short, the full text in its tooltip.

    A plain QLabel's minimum width is its whole text, so a long plan name in the status bar
    would make the window wider than a laptop screen.
    """

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)
