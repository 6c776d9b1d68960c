"""Issue 3's "done when", in one sitting: a new user's first day, with the mouse and the keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.queries.actions import action_rows, progress_history

KEYS = Qt.KeyboardModifier


def pick(qtbot, combo, text: str) -> None:
    """Choose an entry the way a keyboard user does: focus the box and type the start of it."""
    position = combo.findText(text)
    assert position >= 0, f"{text!r} not offered"
    combo.setFocus()
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def shown(window):
    return [window.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 1) for n in range(window.proxy.rowCount())]


def test_first_day_find_mark_at_risk_undo_redo_filter_and_copy(qtbot, main_window):
    window = main_window
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.show()
        window.activateWindow()

    # Getting started: open the demo plan.
    qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert window.count_label.text() == "67 of 67 actions shown"

    # Every action led by the Community Safety Team, whichever way the plan spelt it.
    pick(qtbot, window.filter_bar.lead, "Community Safety Team")
    team = shown(window)
    assert len(team) >= 10 and {row.lead_name for row in team} == {"Community Safety Team"}

    # Mark one "At risk" with a dated note, through the detail pane's Add update.
    target = team[0]
    index = window.proxy.index(0, 0)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.table.visualRect(index).center())
    panel = window.detail.progress
    assert panel.row.uuid == target.uuid
    panel.date.setDate(QDate(2026, 11, 20))
    pick(qtbot, panel.status, "At risk (Amber)")
    qtbot.keyClicks(panel.note, "Venue for the training fell through; new date being sought.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    def current():
        return next(r for r in action_rows(window.ctx.db, window.plan_uuid) if r.uuid == target.uuid)

    assert current().status == "At risk"
    [update, *_] = progress_history(window.ctx.db, target.uuid)
    assert (update.date, update.status, update.note[:5]) == (date(2026, 11, 20), "At risk", "Venue")

    # Undo and redo from the keyboard.
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, KEYS.ControlModifier)
    assert current().status == target.status
    assert all(u.note[:5] != "Venue" for u in progress_history(window.ctx.db, target.uuid))
    qtbot.keyClick(window, Qt.Key.Key_Y, KEYS.ControlModifier)
    assert current().status == "At risk"

    # Red and overdue, across all leads.
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    pick(qtbot, window.filter_bar.status, "Off track (Red)")
    pick(qtbot, window.filter_bar.due, "Overdue")
    red = shown(window)
    assert red and all(row.status == "Off track" and row.overdue for row in red)

    # Copy them into a spreadsheet: select all, copy, and the clipboard holds a table.
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, KEYS.ControlModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_C, KEYS.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].startswith("Ref\t") and len(lines) == len(red) + 1
    assert {line.split("\t")[0] for line in lines[1:]} == {row.ref for row in red}
    assert mime.html().count("<tr>") == len(red) + 1
    QApplication.clipboard().clear()  # mime data left on the offscreen clipboard crashes the interpreter at exit


def test_redo_keys_are_listed_once_each(main_window):
    """Qt ignores a key bound twice to one action (ambiguous): on Windows, Redo already is Ctrl+Y."""
    keys = [key.toString() for key in main_window.actions["redo"].shortcuts()]
    assert "Ctrl+Y" in keys and len(keys) == len(set(keys))


def test_help_lists_every_shortcut_from_the_menus(qtbot, main_window):
    main_window.actions["shortcuts"].trigger()
    dialog = main_window.dialogs["shortcuts"]
    assert dialog.isVisible()
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    by_action = {what: keys for _where, keys, what in rows}
    assert by_action["Undo"] == "Ctrl+Z" and "Ctrl+Y" in by_action["Redo"]
    assert by_action["Change history"] == "Ctrl+H" and by_action["Find"] == "Ctrl+F"
    assert ("Timeline", "+ / −", "Zoom in and out") in rows
    dialog.reject()
