"""Small widgets the windows share: optional dates, optional numbers, a label that elides."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from app.editing.command_errors import CommandError

_NO_DATE = QDate(1900, 1, 1)
Section = QDateEdit.Section


# The forms an officer may type; the message for an unreadable date names them.
UK_DATE_FORMS = "28/11/2026, 28 Nov 2026 or 28-11-26"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})")
_WORDED = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WEEKDAY = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+")
_WORD = re.compile(r"[^\W_]+")  # a run of letters or digits: one day, month or year (or weekday) in a date's text


def _month(word: str) -> int | None:
    """The month a word names in full or shortened ("Nov", "November", "Sept"); None for anything else."""
    for number, short in enumerate(_MONTHS, start=1):
        full = date(2000, number, 1).strftime("%B").lower()
        if word.startswith(short) and full.startswith(word) or (short == "sep" and word == "sept"):
            return number
    return None


def parse_typed_date(text: str) -> date | None:
    """A date as a UK officer types it (28/11/2026, 28 Nov 2026, 28-11-26), day first; None if unreadable.

    Only whole dates in those forms (and 2026-11-28) are read: "31/02/2026", "next blursday" or a
    lone "28" are refused rather than guessed at.
    """
    text = text.strip().lower()
    text = text[weekday.end() :] if (weekday := _WEEKDAY.match(text)) else text  # "Thu 28 Nov 2026"
    if found := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in found.groups())
    elif found := _NUMERIC.fullmatch(text):
        day, month, year = (int(part) for part in found.groups())
    elif found := _WORDED.fullmatch(text):
        day, month, year = int(found[1]), _month(found[2]), int(found[3])
        if month is None:
            return None
    else:
        return None
    if year < 100:  # "28-11-26": this century
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


class ExplainedAtField(CommandError):
    """A refusal already explained beside its field (an unreadable date): a dialog need not repeat it."""


class WrappedMessage(QLabel):
    """A wrapped label that asks its layout for the height of all its lines at the width it got.

    Forms size a field from its preferred width, so a plain wrapped label in one is given the
    height of its text laid out wider than it is, and its last lines are cut off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class TypedDateEdit(QDateEdit):
    """A date field that reads the whole date as typed, not section by section, and never guesses.

    Qt's own date edit fills its day, month and year sections one keystroke at a time, so typing
    "28 Nov 2026" over "3 Dec 2026" gave 2 Nov 2026. Here the text is read when Enter is pressed
    or focus leaves. Text that is not a date stays as typed, to be corrected, with ``message``
    (placed under the field by ``date_field``) saying what was typed and the forms that are read;
    ``checked_date`` refuses to hand the old date to a save meanwhile. Esc puts the date back.
    Up/Down (PageUp/PageDown by ten) step the day, month or year the text cursor is in.
    """

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unreadable = ""  # the text typed that is not a date, while it is kept for correcting
        self.setCalendarPopup(True)
        # Read when the typing is finished, not at each keystroke ("28/11/20" is not the date meant).
        self.setKeyboardTracking(False)
        self.setToolTip(f"Type a date such as {UK_DATE_FORMS}, or pick one from the calendar")
        self.message = WrappedMessage()
        self.message.setAccessibleName("Date problem")
        # Marked as the app's other refusals are ("⚠", bold), in the palette's colours (dark mode too).
        bold = self.message.font()
        bold.setBold(True)
        self.message.setFont(bold)
        self.message.hide()
        self.lineEdit().textEdited.connect(self._edited)
        # Qt re-reads the text whenever the cursor crosses into another day/month/year section,
        # putting the last date back over half-typed text; here the text is read as a whole.
        self.lineEdit().cursorPositionChanged.disconnect()
        if value is not None:
            self.setDate(value)

    def _edited(self, text: str) -> None:
        if self.unreadable and self._readable(text):
            self._clear_problem()

    def _readable(self, text: str) -> bool:
        # Where there is a "No date", emptying the field means it.
        if self.specialValueText() and text.strip() in ("", self.specialValueText()):
            return True
        return parse_typed_date(text) is not None

    def _hold(self) -> bool:
        """Keep unreadable text as typed and say so; True when the text was unreadable."""
        text = self.lineEdit().text()
        if self._readable(text) or text == self.textFromDateTime(self.dateTime()):
            self._clear_problem()
            return False
        self.unreadable = text
        shown = self.textFromDateTime(self.dateTime())
        typed = f"'{text.strip()}' is not a date that can be read." if text.strip() else "No date is typed."
        self.message.setText(
            f"⚠ {typed} Type it as {UK_DATE_FORMS}, or pick it from the calendar. Esc puts back {shown}."
        )
        self.setAccessibleDescription(self.message.text())
        self.message.show()
        return True

    def _clear_problem(self) -> None:
        if self.unreadable:
            self.unreadable = ""
            self.message.hide()
            self.setAccessibleDescription("")

    def checked_date(self) -> QDate:
        """The date shown, or CommandError (and focus here) while the text typed is not a date."""
        if self.unreadable or (self.hasFocus() and self._hold()):
            self.setFocus()
            raise ExplainedAtField(self.message.text())
        return self.date()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        held = self.unreadable
        super().focusInEvent(event)
        if held:
            # Qt shows the date again on focus; the user came back to correct what they typed.
            # Set quietly: the spin box would read the text at once and put its date back.
            blocked = self.lineEdit().blockSignals(True)
            self.lineEdit().setText(held)
            self.lineEdit().blockSignals(blocked)
            self.unreadable = held

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if self._hold():
            # Qt's own handling would put the previous date back over the text: skip it.
            self.lineEdit().event(event)
            QWidget.focusOutEvent(self, event)
            return
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._hold():
            return  # taken here, so Enter cannot accept a dialog with the old date either
        if event.key() == Qt.Key.Key_Escape and self.unreadable:
            self._clear_problem()
            self.setDateTime(self.dateTime())  # the text of the date held, over what was typed
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
            return
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            # Straight to the text: the date edit would swallow a space or "-" as a jump to the next section.
            QAbstractSpinBox.keyPressEvent(self, event)
            return
        super().keyPressEvent(event)

    def _word_under_cursor(self) -> tuple[int, list[re.Match[str]]]:
        """Which word of the text the cursor (or the start of a selection) is in, and the words."""
        edit = self.lineEdit()
        at = edit.selectionStart() if edit.hasSelectedText() else edit.cursorPosition()
        words = list(_WORD.finditer(edit.text()))
        # On a gap between words, the word before it, as a text cursor just after "28" is on the day.
        return max((i for i, word in enumerate(words) if word.start() <= at), default=0), words

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        """Step the day, month or year the text cursor is in, from the date typed if one is pending.

        Qt steps its own current section, which follows the cursor only through the
        ``cursorPositionChanged`` connection cut above, so it would always step the day.
        """
        text = self.lineEdit().text()
        index, words = self._word_under_cursor()
        if text == self.textFromDateTime(self.dateTime()):
            start = self.date()
            # Shown in the display format: one word per section ("Sat" steps the day too).
            section = self.sectionAt(index) if len(words) == self.sectionCount() else Section.DaySection
        elif (typed := parse_typed_date(text)) is not None and words:
            start = to_qdate(typed)
            # A date typed in another form ends with day, month, year (year first in 2026-11-28);
            # a weekday typed before them steps the day.
            order = (Section.YearSection, Section.MonthSection, Section.DaySection)
            order = order if _ISO.fullmatch(text.strip()) else order[::-1]
            section = order[max(0, index - (len(words) - 3))]
        else:
            return  # unreadable: kept as typed to correct (or Esc), not stepped from a guess
        if self.specialValueText() and start == self.minimumDate():
            return  # "No date" has no day, month or year to step; type or pick one
        stepped = {
            Section.YearSection: start.addYears,
            Section.MonthSection: start.addMonths,
        }.get(section, start.addDays)(steps)
        self.setDate(max(self.minimumDate(), min(self.maximumDate(), stepped)))
        self._select_section(section)

    def _select_section(self, section: QDateEdit.Section) -> None:
        """Select the word the display format shows ``section`` in, so the next step steps it again."""
        words = list(_WORD.finditer(self.lineEdit().text()))
        if len(words) != self.sectionCount():
            return
        found = [words[i] for i in range(self.sectionCount()) if self.sectionAt(i) == section]
        # Of a weekday and a day number, the number is the day.
        word = next((word for word in found if word[0].isdigit()), found[0] if found else None)
        if word is not None:
            self.lineEdit().setSelection(word.start(), word.end() - word.start())

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt's name
        # Qt answers for its own current section, not the one stepBy steps; stepBy keeps to the range.
        if self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab leaves the field, as from any text field, rather than stepping through day/month/year.
        return QWidget.focusNextPrevChild(self, forward)

    def setDate(self, value: QDate) -> None:  # noqa: N802 - Qt's name
        self._clear_problem()
        super().setDate(value)

    def validate(self, text: str, pos: int) -> object:
        state = QValidator.State.Acceptable if self._readable(text) else QValidator.State.Intermediate
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        typed = parse_typed_date(text)
        if typed is None:
            return self.dateTime() if not self.specialValueText() else QDateTime(self.minimumDate(), self.time())
        return QDateTime(QDate(typed.year, typed.month, typed.day), self.time())

    def fixup(self, text: str) -> str:
        return text


def date_field(edit: TypedDateEdit) -> QWidget:
    """``edit`` with the place under it where an unreadable date is explained."""
    holder = QWidget()
    holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(edit.message)
    holder.setFocusProxy(edit)  # a label's mnemonic for the field reaches the date itself
    return holder


class OptionalDateEdit(TypedDateEdit):
    """A date picker with a calendar popup whose lowest value reads "No date" and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setDisplayFormat("dd MMM yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("No date")
        self.set_value(None)

    def checked_value(self) -> date | None:
        """``value``, or CommandError while the text typed is not a date."""
        self.checked_date()
        return self.value()

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
