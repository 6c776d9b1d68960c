"""Editing actions through the detail pane, the lead editor and the Edit and Plan menus."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows
from ui.common import prompts
from ui.window.main_window import MainWindow
from ui.workspace.table.model import COL_LEAD

TODAY = date(2022, 6, 1)


@pytest.fixture
def window(qtbot, ctx, small_plan):
    window = MainWindow(ctx, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def rows(window):
    return action_rows(window.ctx.db, window.plan_uuid, TODAY)


def test_new_lead_typed_in_the_table_is_created_after_asking(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kw: asked.append(args[2]) or True)
    window.table.setCurrentIndex(window.proxy.index(0, COL_LEAD))
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.setCurrentIndex(editor.findText("New lead…"))
    editor.activated.emit(editor.currentIndex())
    assert editor.currentText() == ""
    qtbot.keyClicks(editor.lineEdit(), "Housing Options Team")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(window)[0].lead_name == "Housing Options Team", timeout=2000)
    assert "not a lead in this plan" in asked[0]
    assert "Housing Options Team" in [lead.name for lead in lead_rows(window.ctx.db, window.plan_uuid)]
    window.actions["undo"].trigger()
    assert rows(window)[0].lead_name == "Community Safety Team"
    assert "Housing Options Team" not in [lead.name for lead in lead_rows(window.ctx.db, window.plan_uuid)]


def test_detail_pane_saves_a_field_when_you_leave_it(qtbot, window):
    target = rows(window)[1]
    window.select_actions([target.uuid])
    pane = window.detail
    pane.partners.setFocus()
    qtbot.keyClicks(pane.partners, "Dorset Police")
    pane.ref.setFocus()  # leaving the field saves it
    assert rows(window)[1].partners == "Dorset Police"
    pane.long_edits["evidence"].setFocus()
    qtbot.keyClicks(pane.long_edits["evidence"], "Minutes of the March board")
    pane.partners.setFocus()
    assert rows(window)[1].evidence == "Minutes of the March board"
    assert window.undo_stack.count() == 2


def test_detail_pane_refuses_an_unreadable_timescale_and_keeps_the_text(qtbot, window):
    target = rows(window)[0]
    window.select_actions([target.uuid])
    pane = window.detail
    pane.timescale.line.setFocus()
    pane.timescale.line.selectAll()
    qtbot.keyClicks(pane.timescale.line, "whenever")
    qtbot.keyClick(pane.timescale.line, Qt.Key.Key_Return)
    assert pane.message.isVisibleTo(pane) and "not a timescale" in pane.message.text()
    assert pane.timescale.text() == "whenever"
    assert rows(window)[0].timescale_text == target.timescale_text


def test_move_to_another_objective_and_renumber(window, monkeypatch):
    first = rows(window)[0]
    window.select_actions([first.uuid])
    monkeypatch.setattr(prompts, "choose", lambda _p, _t, _l, items, current=0: 1)  # objective 2.1
    window.actions["move"].trigger()
    moved = next(r for r in rows(window) if r.uuid == first.uuid)
    assert moved.objective_refs[0] == "2.1"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    window.actions["renumber"].trigger()
    assert next(r for r in rows(window) if r.uuid == first.uuid).ref == "2.1.1"
    assert sorted(r.ref for r in rows(window)) == ["1.1.1", "1.1.2", "2.1.1"]
    window.actions["undo"].trigger()
    assert next(r for r in rows(window) if r.uuid == first.uuid).ref == first.ref


def test_edit_actions_need_a_selection(window):
    window.table.clearSelection()
    assert not window.actions["delete"].isEnabled()
    window.select_actions([rows(window)[0].uuid])
    assert window.actions["delete"].isEnabled() and window.actions["set_status"].isEnabled()
