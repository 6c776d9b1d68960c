"""A date typed that cannot be read is kept to correct, explained under the field, and never saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.plan_setup.reference_data import meetings
from app.queries.actions import action_rows, progress_history
from ui.common.widgets import parse_typed_date

FORMS = "28/11/2026, 28 Nov 2026 or 28-11-26"


def retype(edit, text: str, then=Qt.Key.Key_Tab) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, text)
    if then is not None:
        QTest.keyClick(edit, then)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("28 Nov 2026", date(2026, 11, 28)),
        ("28-11-26", date(2026, 11, 28)),
        ("Sat 28 November 2026", date(2026, 11, 28)),
        ("1st Sept 2026", date(2026, 9, 1)),
        ("31/02/2026", None),
        ("next blursday", None),
        ("28", None),  # not a guess at this month
        ("Nov 2026", None),
        ("11/28/2026", None),  # American order is refused, not swapped
    ],
)
def test_only_whole_uk_dates_are_read(typed, read):
    assert parse_typed_date(typed) == read


def test_an_unreadable_progress_date_is_kept_explained_and_not_saved(qtbot, main_window, small_plan):
    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    main_window.open_plan(small_plan)
    main_window.table.selectRow(0)
    panel = main_window.detail.progress
    uuid = panel.row.uuid
    shown_before = panel.date.date()

    retype(panel.date, "31/02/2026")
    assert panel.date.lineEdit().text() == "31/02/2026"  # kept as typed, to correct
    assert panel.date.message.isVisible()
    assert panel.date.message.text().startswith("⚠ '31/02/2026' is not a date that can be read.")
    assert FORMS in panel.date.message.text()
    assert panel.date.date() == shown_before

    QTest.keyClicks(panel.note, "Booked the venue.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert progress_history(main_window.ctx.db, uuid) == []  # never saved with the old date
    assert panel.date.hasFocus() and panel.date.lineEdit().text() == "31/02/2026"

    # Enter in the field does not take the old date either; correcting the text clears the message.
    QTest.keyClick(panel.date, Qt.Key.Key_Return)
    assert panel.date.lineEdit().text() == "31/02/2026" and panel.date.message.isVisible()
    retype(panel.date, "28-02-26", then=None)
    assert not panel.date.message.isVisible()
    QTest.keyClick(panel.date, Qt.Key.Key_Tab)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [update] = progress_history(main_window.ctx.db, uuid)
    assert (update.date, update.note) == (date(2026, 2, 28), "Booked the venue.")
    assert action_rows(main_window.ctx.db, small_plan)[0].uuid == uuid


def test_esc_puts_back_the_date_and_the_message_goes(qtbot, progress_date_edit):
    edit = progress_date_edit
    retype(edit, "next blursday", then=Qt.Key.Key_Return)
    assert edit.message.isVisible() and "'next blursday'" in edit.message.text()
    assert "Esc puts back 3 Dec 2026" in edit.message.text()
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.lineEdit().text() == "3 Dec 2026" and not edit.message.isVisible()


def test_a_meeting_with_an_unreadable_date_is_refused_and_kept(qtbot, ctx, small_plan, meetings_dialog):
    dialog = meetings_dialog
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.body.lineEdit(), "Safer Anytown Board")
    retype(dialog.date, "30 Febuary 2027")
    assert dialog.date.message.isVisible() and "'30 Febuary 2027'" in dialog.date.message.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert meetings(ctx.db, small_plan) == []
    assert dialog.date.lineEdit().text() == "30 Febuary 2027"
    retype(dialog.date, "27 Feb 2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [m.date for m in meetings(ctx.db, small_plan)] == [date(2027, 2, 27)]


def test_a_plan_period_can_be_emptied_but_not_guessed(qtbot, main_window, small_plan, monkeypatch):
    from ui.plans.plan_form import PlanForm

    form = PlanForm()
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    QTest.keyClicks(form.title, "A plan")
    form.period_start.set_value(date(2026, 4, 1))
    form.period_start.setFocus()
    form.period_start.lineEdit().selectAll()
    QTest.keyClick(form.period_start, Qt.Key.Key_Delete)
    QTest.keyClick(form.period_start, Qt.Key.Key_Tab)
    assert form.period_start.value() is None and not form.period_start.message.isVisible()
    retype(form.period_end, "end of March")
    assert form.period_end.message.isVisible()
    with pytest.raises(Exception, match="'end of March' is not a date"):
        form.values()


def test_the_report_is_not_produced_over_an_unreadable_meeting_date(qtbot, main_window, small_plan, monkeypatch):
    from ui.reporting.dialog import ReportDialog

    main_window.open_plan(small_plan)
    opened = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: opened.append(self) or self.result())
    main_window.actions["progress_report"].trigger()
    dialog = opened[0]
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    retype(dialog.meeting_date, "tbc")
    assert dialog.meeting_date.message.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != ReportDialog.DialogCode.Accepted and dialog.meeting_date.hasFocus()
    dialog.reject()


def test_the_changed_since_filter_keeps_its_date_while_the_typed_one_is_unreadable(qtbot, main_window, small_plan):
    with qtbot.waitActive(main_window):
        main_window.resize(1264, 672)
        main_window.show()
        main_window.activateWindow()
    main_window.open_plan(small_plan)
    bar = main_window.filter_bar
    qtbot.mouseClick(bar.changed, Qt.MouseButton.LeftButton)
    retype(bar.changed_date, "1 Jan 2020")
    assert bar.current().changed_since == date(2020, 1, 1)
    retype(bar.changed_date, "last tuesday")
    assert bar.changed_date.message.isVisible() and "'last tuesday'" in bar.changed_date.message.text()
    assert bar.current().changed_since == date(2020, 1, 1)  # the filter is not changed to a guess
    assert main_window.height() == 672  # the message takes room in the bar, not off the screen
