"""A backup is taken before every import of returns and every lead merge made in the window."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.editing.commands import CreateRecord
from app.plan_setup.leads import lead_rows
from app.returns import issue_requests
from app.storage.backups import list_backups
from exports.returns.workbook import UPDATES_SHEET
from ui.common import prompts
from ui.plan_setup.leads import LeadsDialog


def test_importing_returns_backs_up_first(qtbot, ctx, small_plan, main_window, tmp_path, monkeypatch):
    lead = lead_rows(ctx.db, small_plan)[0]
    path = issue_requests(ctx, small_plan, [lead.uuid], tmp_path).issued[0].workbook
    workbook = openpyxl.load_workbook(path)
    workbook[UPDATES_SHEET]["F2"] = "Complete"
    workbook.save(path)
    main_window.open_plan(small_plan)
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [path])
    main_window.actions["import_returns"].trigger()
    dialog = main_window.dialogs["returns"]
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)  # the workbook is read off the UI thread
    with qtbot.waitSignal(dialog.finished, timeout=10000):  # applied off the UI thread
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [backup] = list_backups(ctx)
    assert backup.reason == "before-returns-import" and backup.plans[0].action_count == 3


def test_merging_leads_backs_up_first(qtbot, ctx, small_plan, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    ctx.commands.execute(CreateRecord("lead", {"plan_uuid": small_plan, "name": "Police"}))
    dialog = LeadsDialog(ctx, small_plan, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectAll()
    dialog.table.setCurrentCell(0, 0, dialog.table.selectionModel().SelectionFlag.NoUpdate)
    qtbot.mouseClick(dialog.merge_selected_button, Qt.MouseButton.LeftButton)
    assert len(lead_rows(ctx.db, small_plan)) == 1
    assert [b.reason for b in list_backups(ctx)] == ["before-lead-merge"]


def test_a_backed_up_command_backs_the_database_up_before_it_runs_and_a_plain_one_does_not(ctx, small_plan):
    from app.editing.commands import BackedUp, SetFields
    from app.queries.actions import action_rows

    action = next(r for r in action_rows(ctx.db, small_plan) if r.ref == "1.1.1")
    ctx.commands.execute(SetFields("action", action.uuid, {"status": "At risk"}))
    assert list_backups(ctx) == []
    applied = ctx.commands.execute(BackedUp(SetFields("action", action.uuid, {"status": "Off track"}), "before-test"))
    backups = list_backups(ctx)
    assert [b.reason for b in backups] == ["before-test"]
    # The backup is a copy of the database holding the plan.
    assert backups[0].plans[0].action_count == 3
    ctx.commands.execute(applied.inverse)  # undo is not risky: no second backup
    assert len(list_backups(ctx)) == 1
