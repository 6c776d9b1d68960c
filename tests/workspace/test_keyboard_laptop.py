"""Issue 14's keyboard points, driven with keys as a keyboard user would on a council laptop."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.editing.commands import SetFields
from app.queries.actions import action_rows, progress_history
from ui.common.widgets import TypedDateEdit, parse_typed_date

KEYS = Qt.KeyboardModifier


def active_window(qtbot, window, plan_uuid):
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.show()
        window.activateWindow()
    window.open_plan(plan_uuid)
    return window


def row_of(window, ref: str):
    return next(r for r in action_rows(window.ctx.db, window.plan_uuid) if r.ref == ref)


def press_enter_in_the_dialog_that_opens() -> list[str]:
    seen: list[str] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    return seen


def test_set_status_opens_on_the_current_status_so_enter_changes_nothing(qtbot, main_window, ctx, demo_plan):
    window = active_window(qtbot, main_window, demo_plan.uuid)
    ctx.commands.execute(SetFields("action", row_of(window, "1.1.1").uuid, {"status": "At risk"}))
    window.table.setFocus()
    window.table.selectRow(0)
    seen = press_enter_in_the_dialog_that_opens()
    QTest.keyClick(window.table, Qt.Key.Key_S, KEYS.ControlModifier | KEYS.ShiftModifier)
    assert seen == ["Set status"]
    assert row_of(window, "1.1.1").status == "At risk"


def test_down_or_enter_in_search_goes_to_the_first_result(qtbot, main_window, demo_plan):
    window = active_window(qtbot, main_window, demo_plan.uuid)
    QTest.keyClick(window, Qt.Key.Key_F, KEYS.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    QTest.keyClicks(window.filter_bar.search, "MARAC")
    QTest.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    first = window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert "MARAC" in first.activity and window.detail.row.uuid == first.uuid
    QTest.keyClick(window.table, Qt.Key.Key_Down)  # on through the results
    assert window.detail.row.uuid == window.proxy.index(1, 0).data(Qt.ItemDataRole.UserRole + 1).uuid

    window.filter_bar.search.setFocus()
    QTest.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert window.table.hasFocus()


def test_shortcut_to_the_progress_note_and_ctrl_enter_adds_the_update(qtbot, main_window, demo_plan):
    window = active_window(qtbot, main_window, demo_plan.uuid)
    window.table.setFocus()
    window.table.selectRow(0)
    uuid = window.detail.row.uuid
    before = len(progress_history(window.ctx.db, uuid))
    QTest.keyClick(window.table, Qt.Key.Key_U, KEYS.ControlModifier | KEYS.ShiftModifier)
    panel = window.detail.progress
    assert panel.note.hasFocus()
    QTest.keyClicks(panel.note, "Training booked for January.")
    QTest.keyClick(panel.note, Qt.Key.Key_Return, KEYS.ControlModifier)
    history = progress_history(window.ctx.db, uuid)
    assert len(history) == before + 1 and history[0].note == "Training booked for January."


def test_typed_uk_dates_read_as_typed_and_nonsense_is_refused(qtbot):
    edit = TypedDateEdit()
    edit.setDisplayFormat("d MMM yyyy")
    qtbot.addWidget(edit)
    edit.show()
    for typed, expected in (
        ("28 Nov 2026", date(2026, 11, 28)),
        ("28/11/2026", date(2026, 11, 28)),
        ("3-2-27", date(2027, 2, 3)),
        ("1 February 2027", date(2027, 2, 1)),
    ):
        edit.setFocus()
        edit.lineEdit().selectAll()
        QTest.keyClicks(edit, typed)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.date().toPython() == expected, typed
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, "next week-ish")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date().toPython() == date(2027, 2, 1)
    assert parse_typed_date("nonsense") is None and parse_typed_date("") is None


def test_progress_date_typed_in_full_is_the_date_of_the_update(qtbot, main_window, demo_plan):
    window = active_window(qtbot, main_window, demo_plan.uuid)
    window.table.selectRow(0)
    panel = window.detail.progress
    panel.date.setFocus()
    panel.date.lineEdit().selectAll()
    QTest.keyClicks(panel.date, "28 Nov 2026")
    QTest.keyClick(panel.date, Qt.Key.Key_Tab)
    assert panel.date.date().toPython() == date(2026, 11, 28)


def test_action_shown_in_details_but_not_selected_can_still_be_deleted_set_and_copied(qtbot, main_window, demo_plan):
    window = active_window(qtbot, main_window, demo_plan.uuid)
    window.table.setFocus()
    window.table.selectRow(2)
    shown = window.detail.row
    # Ctrl+Space on the current row takes it out of the selection; the details still show it.
    QTest.keyClick(window.table, Qt.Key.Key_Space, KEYS.ControlModifier)
    assert not window.table.selectionModel().hasSelection() and window.detail.row.uuid == shown.uuid
    for key in ("delete", "set_status", "copy"):
        assert window.actions[key].isEnabled(), key
    window.actions["copy"].trigger()
    assert shown.activity in QApplication.clipboard().text()
