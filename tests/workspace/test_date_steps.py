"""Up/Down in a date field step the day, month or year the text cursor is in; Tab leaves the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

KEY = Qt.Key


def press(edit, *keys) -> str:
    for key in keys:
        QTest.keyClick(edit, key)
    return edit.lineEdit().text()


def test_up_and_down_step_the_part_of_the_date_the_cursor_is_in(qtbot, progress_date_edit):
    edit = progress_date_edit
    assert press(edit, KEY.Key_Home, KEY.Key_Up) == "4 Dec 2026"
    assert edit.lineEdit().selectedText() == "4"  # the part stepped, so the next Up steps it again
    assert press(edit, KEY.Key_Up) == "5 Dec 2026"
    # Right to the month: Up steps the month (and on into the next year), not the day.
    assert press(edit, KEY.Key_Home, KEY.Key_Right, KEY.Key_Right, KEY.Key_Up) == "5 Jan 2027"
    assert edit.lineEdit().selectedText() == "Jan"
    assert press(edit, KEY.Key_Down, KEY.Key_Down) == "5 Nov 2026"
    assert press(edit, KEY.Key_End, KEY.Key_Down) == "5 Nov 2025"
    assert press(edit, KEY.Key_PageUp) == "5 Nov 2035"  # ten years at a time in the year
    assert press(edit, KEY.Key_Home, KEY.Key_PageDown) == "26 Oct 2035"  # ten days in the day
    assert edit.date() == QDate(2035, 10, 26)


def test_a_month_step_keeps_to_the_months_last_day(qtbot, progress_date_edit):
    edit = progress_date_edit
    edit.setDate(QDate(2027, 1, 31))
    assert press(edit, KEY.Key_Home, KEY.Key_Right, KEY.Key_Right, KEY.Key_Right, KEY.Key_Up) == "28 Feb 2027"


def test_a_typed_date_is_stepped_in_the_part_the_cursor_is_in(qtbot, progress_date_edit):
    edit = progress_date_edit
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, "28/11/2026")
    assert press(edit, KEY.Key_Left, KEY.Key_Up) == "28 Nov 2027"  # in the year typed
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, "28-11-26")
    assert press(edit, KEY.Key_Left, KEY.Key_Left, KEY.Key_Left, KEY.Key_Left, KEY.Key_Down) == "28 Oct 2026"
    # Text that is not a date is kept to correct, not stepped from a guess.
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, "next blursday")
    assert press(edit, KEY.Key_Up) == "next blursday"
    assert press(edit, KEY.Key_Return) == "next blursday" and edit.message.isVisible()
    assert press(edit, KEY.Key_Escape) == "28 Oct 2026"


def test_tab_leaves_the_date_and_shift_tab_comes_back(qtbot, main_window, progress_date_edit):
    edit = progress_date_edit
    panel = main_window.detail.progress
    QTest.keyClick(edit, KEY.Key_Tab)
    assert panel.author.hasFocus()  # not the month: Tab moves on, as from any text field
    QTest.keyClick(panel.author, KEY.Key_Backtab)
    assert edit.hasFocus()
    # Qt's date edit convention: arriving backwards selects the year, forwards the day; Up steps it.
    assert edit.lineEdit().selectedText() == "2026"
    assert press(edit, KEY.Key_Up) == "3 Dec 2027"
    QTest.keyClick(edit, KEY.Key_Backtab)
    assert not edit.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert edit.hasFocus() and edit.lineEdit().selectedText() == "3"
    assert press(edit, KEY.Key_Up) == "4 Dec 2027"
    assert edit.date() == QDate(2027, 12, 4)


def test_the_meeting_dates_weekday_steps_the_day(qtbot, meetings_dialog):
    dialog = meetings_dialog
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.date.setDate(QDate(2026, 11, 28))
    dialog.date.setFocus()
    assert press(dialog.date, KEY.Key_Home, KEY.Key_Up) == "Sun 29 Nov 2026"
    assert dialog.date.lineEdit().selectedText() == "29"
    assert press(dialog.date, KEY.Key_End, KEY.Key_Up) == "Mon 29 Nov 2027"
    assert dialog.date.date().toPython() == date(2027, 11, 29)
