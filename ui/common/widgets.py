"""Small widgets the windows share: optional dates, optional numbers, a label that elides."""

from __future__ import annotations

from datetime import date

from dateutil import parser as dateparser
from PySide6.QtCore import QDate, QDateTime, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from app.editing.commands import CommandError

_NO_DATE = QDate(1900, 1, 1)


def parse_typed_date(text: str) -> date | None:
    """A date as a UK officer types it (28/11/2026, 28 Nov 2026, 28-11-26): day first; None if unreadable."""
    text = text.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return None
    try:
        return dateparser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


class TypedDateEdit(QDateEdit):
    """A date field that reads the whole date as typed, not section by section.

    Qt's own date edit fills its day, month and year sections one keystroke at a time, so typing
    "28 Nov 2026" over "3 Dec 2026" gave 2 Nov 2026. Here the text is read when Enter is pressed
    or focus leaves; text that is not a date is refused and the previous date comes back.
    """

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setCalendarPopup(True)
        self.setToolTip("Type a date such as 28/11/2026 or 28 Nov 2026, or pick one from the calendar")

    def validate(self, text: str, pos: int) -> object:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        state = QValidator.State.Acceptable if parse_typed_date(text) else QValidator.State.Intermediate
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        typed = parse_typed_date(text)
        if typed is None:
            return self.dateTime()
        return QDateTime(QDate(typed.year, typed.month, typed.day), self.time())

    def fixup(self, text: str) -> str:
        return text


class OptionalDateEdit(TypedDateEdit):
    """A date picker with a calendar popup whose lowest value reads "No date" and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
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


class SteadyLabel(ElidedLabel):
    """An ElidedLabel whose preferred width is that of ``widest`` whatever it shows.

    The status bar's action count changes on every keystroke in the search box; a size hint
    following the text would relay out, and repaint, the whole window each time.
    """

    def __init__(self, widest: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widest = widest

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._widest) + margins.left() + margins.right()
        return QSize(width, super().sizeHint().height())
