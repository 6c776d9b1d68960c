"""A plan imported by mistake, found after a restart: File ▸ Delete plan (or Archive plan) takes a
backup, removes it, and Undo brings it back while the session lasts."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from sample_plans import write_csv
from test_import_corrections import ROWS
from test_import_wizard import choose_file, click, finish, open_wizard

from app.context import AppContext
from app.plans.listing import list_plans
from app.storage.backups import list_backups
from ui.common import prompts
from ui.window.main_window import MainWindow


def imported_then_restarted(qtbot, main_window, ctx, tmp_path) -> MainWindow:
    main_window.show()
    wizard = open_wizard(main_window)
    choose_file(qtbot, wizard, write_csv(tmp_path / "wrong plan.csv", ROWS))
    for _page in range(3):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    finish(qtbot, wizard)
    assert [p.action_count for p in list_plans(ctx.db)] == [3]
    main_window.close()
    ctx.close()
    again = AppContext.open(tmp_path / "data", user="test-officer")
    window = MainWindow(again)
    qtbot.addWidget(window)
    window.show()
    window.plan_loading.open_first(keep_undo=False)
    qtbot.waitUntil(lambda: window.plan_uuid is not None)
    assert not window.undo_stack.canUndo()  # a new session: the import itself cannot be undone now
    return window


def test_a_plan_imported_by_mistake_is_deleted_after_a_restart_and_undo_brings_it_back(
    qtbot, monkeypatch, main_window, ctx, tmp_path
):
    window = imported_then_restarted(qtbot, main_window, ctx, tmp_path)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, ok_text="OK": asked.append(text) or True)
    window.actions["delete_plan"].trigger()
    assert "and its 3 actions?" in asked[0] and "A backup is taken first." in asked[0]
    assert list_plans(window.ctx.db, include_archived=True) == []
    assert [b.reason for b in list_backups(window.ctx)].count("before-delete-plan") == 1
    qtbot.waitUntil(lambda: window.plan_uuid is None)
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: window.plan_uuid is not None)
    assert [p.action_count for p in list_plans(window.ctx.db)] == [3]
    window.close()
    window.ctx.close()


def test_a_plan_imported_by_mistake_is_archived_after_a_restart(qtbot, monkeypatch, main_window, ctx, tmp_path):
    window = imported_then_restarted(qtbot, main_window, ctx, tmp_path)
    monkeypatch.setattr(prompts, "confirm", lambda *_args, **_kwargs: True)
    window.actions["archive_plan"].trigger()
    assert list_plans(window.ctx.db) == []
    assert [p.archived for p in list_plans(window.ctx.db, include_archived=True)] == [True]
    assert "before-archive-plan" in [b.reason for b in list_backups(window.ctx)]
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: window.plan_uuid is not None)
    assert [p.archived for p in list_plans(window.ctx.db, include_archived=True)] == [False]
    window.close()
    window.ctx.close()
