"""Driving the workspace as a secretariat officer would, on the demo plan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows, progress_history
from ui.common import prompts
from ui.window.main_window import MainWindow
from ui.workspace.table.model import COL_LEAD, COL_STATUS, COL_TIMESCALE

TODAY = date(2022, 6, 1)


@pytest.fixture
def window(qtbot, ctx, demo_plan):
    window = MainWindow(ctx, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    assert window.plan_uuid == demo_plan.uuid
    return window


def visible_rows(window):
    return [window.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 1) for n in range(window.proxy.rowCount())]


def pick(combo: QComboBox, text: str) -> None:
    position = combo.findText(text)
    assert position >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(position)


def db_row(window, uuid):
    return next(r for r in action_rows(window.ctx.db, window.plan_uuid, TODAY) if r.uuid == uuid)


def edit_cell(qtbot, window, row: int, column: int):
    """Click the cell and press F2, as a user would; returns the editor that opens."""
    index = window.proxy.index(row, column)
    window.table.scrollTo(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.table.visualRect(index).center())
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and window.table.isAncestorOf(editor)
    return editor


def press_enter(qtbot, window, editor) -> None:
    """Enter commits a cell editor (Qt does it on the next turn of the event loop)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.table.state() != window.table.State.EditingState, timeout=2000)


def test_filter_by_lead_finds_actions_written_under_any_alias(window):
    pick(window.filter_bar.lead, "Community Safety Team")
    cst = next(lead for lead in lead_rows(window.ctx.db, window.plan_uuid) if lead.name == "Community Safety Team")
    shown = visible_rows(window)
    assert len(shown) == cst.action_count >= 10
    assert {row.lead_name for row in shown} == {"Community Safety Team"}
    assert window.count_label.text() == f"{len(shown)} of 67 actions shown"
    assert window.current_filter().lead_uuids == {cst.uuid}


def test_search_box_and_red_overdue_filter(qtbot, window):
    filters = []
    window.filter_changed.connect(filters.append)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "MARAC")
    assert 0 < window.proxy.rowCount() < 67
    assert filters[-1].text == "MARAC"
    window.filter_bar.clear_button.click()
    pick(window.filter_bar.status, "Off track (Red)")
    pick(window.filter_bar.due, "Overdue")
    shown = visible_rows(window)
    assert shown and all(r.status == "Off track" and r.due_date < TODAY for r in shown)
    assert set(window.visible_action_uuids()) == {r.uuid for r in shown}


def test_several_statuses_can_be_picked_together_and_saved(qtbot, window, monkeypatch):
    status = window.filter_bar.status
    labels = [status.itemText(n) for n in range(status.count())]
    asked = []

    def tick(_parent, _title, _label, items, checked):
        asked.append((items, checked))
        return {items.index("At risk (Amber)"), items.index("Not started (Grey)")}

    monkeypatch.setattr(prompts, "choose_several", tick)
    status.activated.emit(labels.index("Several statuses…"))
    shown = visible_rows(window)
    assert shown and {r.status for r in shown} == {"At risk", "Not started"}
    assert window.current_filter().statuses == {"At risk", "Not started"}
    assert status.currentText() == "Not started, At risk"

    monkeypatch.setattr(prompts, "ask_text", lambda *_args, **_kw: "Stalled")
    window.filter_bar.save_button.click()
    window.filter_bar.clear_button.click()
    assert window.proxy.rowCount() == 67
    saved = window.filter_bar.saved
    saved.setCurrentIndex(saved.findText("Stalled"))
    saved.activated.emit(saved.findText("Stalled"))
    assert {r.status for r in visible_rows(window)} == {"At risk", "Not started"}

    # Cancelling the checklist keeps the filter as it was.
    monkeypatch.setattr(prompts, "choose_several", lambda *_args: None)
    status.setCurrentIndex(labels.index("Several statuses…"))
    status.activated.emit(labels.index("Several statuses…"))
    assert window.current_filter().statuses == {"At risk", "Not started"}


def test_search_box_finds_actions_by_a_lead_alias(qtbot, window):
    qtbot.keyClicks(window.filter_bar.search, "DA Ops Group")
    shown = visible_rows(window)
    assert shown and {r.lead_name for r in shown} == {"DA Operational Group"}


def test_inline_status_edit_to_at_risk_then_undo_and_redo(qtbot, window):
    target = visible_rows(window)[0]
    editor = edit_cell(qtbot, window, 0, COL_STATUS)
    assert isinstance(editor, QComboBox)
    pick(editor, "At risk (Amber)")
    press_enter(qtbot, window, editor)
    assert db_row(window, target.uuid).status == "At risk"
    assert window.proxy.index(0, COL_STATUS).data() == "At risk"
    assert window.save_label.text().startswith("All changes saved")
    window.actions["undo"].trigger()
    assert db_row(window, target.uuid).status == target.status
    window.actions["redo"].trigger()
    assert db_row(window, target.uuid).status == "At risk"


def test_unreadable_timescale_is_refused_beside_the_cell(qtbot, window):
    target = visible_rows(window)[0]
    editor = edit_cell(qtbot, window, 0, COL_TIMESCALE)
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "when funding allows")
    press_enter(qtbot, window, line)
    assert "not a timescale" in window.table.last_message
    assert db_row(window, target.uuid).timescale_text == target.timescale_text
    assert window.undo_stack.count() == 0


def test_fuzzy_timescale_typed_inline_sets_the_due_date(qtbot, window):
    target = visible_rows(window)[0]
    editor = edit_cell(qtbot, window, 0, COL_TIMESCALE)
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Sept 2022")
    press_enter(qtbot, window, line)
    stored = db_row(window, target.uuid)
    assert (stored.timescale_text, stored.due_date) == ("Sept 2022", date(2022, 9, 30))


def test_lead_typed_as_an_alias_picks_the_existing_lead(qtbot, window, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: pytest.fail("no new lead should be proposed"))
    target = next(r for r in visible_rows(window) if r.lead_name != "Community Safety Team")
    row = visible_rows(window).index(target)
    editor = edit_cell(qtbot, window, row, COL_LEAD)
    editor.setEditText("Community Safety team BCP")
    press_enter(qtbot, window, editor)
    assert db_row(window, target.uuid).lead_name == "Community Safety Team"


def test_add_progress_update_with_status_is_one_undo_step(qtbot, window):
    target = visible_rows(window)[2]
    window.select_actions([target.uuid])
    panel = window.detail.progress
    assert panel.row.uuid == target.uuid
    before = progress_history(window.ctx.db, target.uuid)
    panel.date.setDate(QDate(2022, 5, 20))
    pick(panel.status, "At risk (Amber)")
    qtbot.keyClicks(panel.note, "Funding for the second year not yet agreed.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    history = progress_history(window.ctx.db, target.uuid)
    assert len(history) == len(before) + 1
    newest = next(u for u in history if u.note.startswith("Funding"))
    assert (newest.date, newest.status, newest.author) == (date(2022, 5, 20), "At risk", "test-officer")
    assert db_row(window, target.uuid).status == "At risk"
    assert panel.history.count() == len(history)
    window.actions["undo"].trigger()
    assert len(progress_history(window.ctx.db, target.uuid)) == len(before)
    assert db_row(window, target.uuid).status == target.status
    window.actions["redo"].trigger()
    assert len(progress_history(window.ctx.db, target.uuid)) == len(before) + 1
    assert db_row(window, target.uuid).status == "At risk"


def test_bulk_set_status_is_one_undo_step(window, monkeypatch):
    rows = visible_rows(window)[:5]
    window.select_actions([r.uuid for r in rows])
    assert window.table.selected_uuids() == [r.uuid for r in rows]
    monkeypatch.setattr(
        prompts, "choose", lambda parent, title, label, items, current=0: items.index("Deferred (Purple)")
    )
    window.actions["set_status"].trigger()
    assert all(db_row(window, r.uuid).status == "Deferred" for r in rows)
    assert window.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert [db_row(window, r.uuid).status for r in rows] == [r.status for r in rows]


def test_bulk_set_lead(window, monkeypatch):
    rows = visible_rows(window)[:3]
    window.select_actions([r.uuid for r in rows])
    monkeypatch.setattr(prompts, "choose", lambda _p, _t, _l, items, current=0: items.index("Community Rep"))
    window.actions["set_lead"].trigger()
    assert all(db_row(window, r.uuid).lead_name == "Community Rep" for r in rows)


def test_delete_asks_first_and_undo_brings_the_action_back(qtbot, window, monkeypatch):
    target = visible_rows(window)[1]
    window.select_actions([target.uuid])
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 67
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 66
    assert target.uuid not in window.visible_action_uuids()
    window.actions["undo"].trigger()
    assert window.model.rowCount() == 67
    assert target.uuid in window.visible_action_uuids()


def test_add_and_duplicate_actions(qtbot, window):
    window.actions["add_action"].trigger()
    assert window.model.rowCount() == 68
    new = window.table.current_row()
    assert new.activity == "New action" and new.objective_refs
    QApplication.focusWidget().clearFocus()
    window.actions["duplicate"].trigger()
    assert window.model.rowCount() == 69
    copy = window.table.current_row()
    assert copy.uuid != new.uuid and copy.activity == new.activity and copy.ref != new.ref


def test_copy_rows_puts_text_and_html_on_the_clipboard(window):
    rows = visible_rows(window)[:3]
    window.select_actions([r.uuid for r in rows])
    window.actions["copy"].trigger()
    mime = QApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:2] == ["Ref", "Objective"]
    assert len(lines) == 4 and lines[1].startswith(rows[0].ref + "\t")
    assert mime.html().count("<tr>") == 4 and rows[2].lead_name in mime.html()
    # Mime data left on the offscreen clipboard crashes the interpreter at exit.
    QApplication.clipboard().clear()


def test_picking_an_objective_in_the_tree_filters_the_table(window):
    tree = window.plan_tree
    priority = tree.topLevelItem(1)
    objective = priority.child(0)
    tree.setCurrentItem(objective)
    shown = visible_rows(window)
    assert shown and all(objective.data(0, Qt.ItemDataRole.UserRole + 1) in r.objective_uuids for r in shown)
    assert window.filter_bar.objective_chip.isVisible()
    window.filter_bar.objective_chip.click()
    assert window.proxy.rowCount() == 67


def test_saved_filter_comes_back_by_name(window, monkeypatch):
    pick(window.filter_bar.status, "Off track (Red)")
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Red actions")
    window.filter_bar.save_button.click()
    window.filter_bar.clear_button.click()
    assert window.proxy.rowCount() == 67
    combo = window.filter_bar.saved
    position = combo.findText("Red actions")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert window.current_filter().statuses == {"Off track"}


def test_refused_command_changes_nothing_and_says_why(window):
    from app.editing.commands import SetFields

    target = visible_rows(window)[0]
    outcome = window.run_command(SetFields("action", target.uuid, {"percent_complete": 150}))
    assert not outcome
    assert "0 to 100" in outcome.refusal
    assert "0 to 100" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_plan_tree_breakdown_puts_red_and_amber_first_and_explains_its_codes(window):
    from ui.workspace.plan_tree import breakdown_text

    assert breakdown_text((("Not started", 5), ("On track", 15), ("Off track", 2), ("Deferred", 1))) == "2R 15G 5NS 1D"
    tree = window.plan_tree
    first = tree.topLevelItem(1)
    assert first.text(2).startswith(("1R", "2R", "3R")) and "NS" in first.text(2)
    assert "Off track (Red): " in first.toolTip(2)
    assert "R off track" in tree.headerItem().toolTip(2) and "NS not started" in tree.headerItem().toolTip(2)


def test_a_narrow_plan_tree_keeps_the_names_and_moves_the_breakdown_to_the_tooltip(qtbot, window):
    tree = window.plan_tree
    window.resizeDocks([window.tree_dock], [tree.minimumWidth()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))
    assert "Off track (Red): " in tree.topLevelItem(1).toolTip(0)
    window.resizeDocks([window.tree_dock], [tree.fontMetrics().averageCharWidth() * 60], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not tree.isColumnHidden(2))
