"""File ▸ Restore from backup…, the retention spin box, the synced-folder warning, start-up guards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.context import AppContext
from app.editing.commands import SetFields
from app.plans.listing import list_plans
from app.storage.backups import backup_before_change, list_backups
from app.storage.instance_lock import InstanceLock
from app.storage.paths import AppPaths
from app.storage.restore import backup_retention
from ui.common import prompts
from ui.storage import backup_dialogs
from ui.window import startup_checks


@pytest.fixture
def answers(monkeypatch):
    """Record every prompt; confirm() answers from the list ``answers.confirm`` (default yes)."""

    class Answers:
        confirm = [True]
        shown: list[tuple[str, str, str]] = []

    record = Answers()
    record.shown = []
    monkeypatch.setattr(
        prompts,
        "confirm",
        lambda _p, title, text, ok_text="OK": record.shown.append(("confirm", title, text)) or record.confirm.pop(0),
    )
    monkeypatch.setattr(
        prompts, "error", lambda _p, title, text, details=None: record.shown.append(("error", title, text))
    )
    monkeypatch.setattr(prompts, "info", lambda _p, title, text: record.shown.append(("info", title, text)))
    return record


def _open_dialog(qtbot, window):
    window.actions["restore_backup"].trigger()
    dialog = window.findChild(backup_dialogs.RestoreBackupDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_restore_from_backup_menu_lists_restores_and_reopens(qtbot, ctx, small_plan, main_window, answers):
    assert main_window.actions["restore_backup"] in main_window.menus["file"].actions()
    backup_before_change(ctx, "before import")
    main_window.open_plan(small_plan)
    assert main_window.run_command(SetFields("plan", small_plan, {"title": "Changed since the backup"}))
    assert main_window.undo_stack.count() == 1
    dialog = _open_dialog(qtbot, main_window)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Before import"
    assert dialog.table.item(0, 2).text() == "Small plan (3 actions)"
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert answers.shown[0][0] == "confirm" and "Small plan (3 actions)" in answers.shown[0][2]
    assert [p.title for p in list_plans(main_window.ctx.db)] == ["Small plan"]
    assert main_window.plan_uuid == small_plan and main_window.undo_stack.count() == 0
    assert main_window.model.rowCount() == 3
    reasons = sorted(info.reason for info in list_backups(ctx))
    assert reasons == ["before-import", "before-restore"]


def test_declining_the_confirmation_changes_nothing(qtbot, ctx, small_plan, main_window, answers):
    backup_before_change(ctx, "manual")
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Keep me"}))
    answers.confirm = [False]
    dialog = _open_dialog(qtbot, main_window)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [p.title for p in list_plans(ctx.db)] == ["Keep me"]
    assert len(list_backups(ctx)) == 1


def test_retention_spin_box_is_stored_and_back_up_now_adds_a_row(qtbot, ctx, small_plan, main_window, answers):
    dialog = _open_dialog(qtbot, main_window)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Made by hand"
    dialog.retention.setFocus()
    dialog.retention.selectAll()
    qtbot.keyClicks(dialog.retention, "12")
    assert backup_retention(ctx.db) == 12
    dialog.grab().save(str(ctx.paths.data_dir / "restore-dialog.png"))


def test_synced_folder_warning_shown_over_the_window(qtbot, tmp_path, answers):
    from ui.window.main_window import MainWindow

    synced = AppContext.open(tmp_path / "Dropbox" / "Delivery Desk")
    try:
        window = MainWindow(synced)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in answers.shown))
        [(_kind, title, text)] = answers.shown
        assert "synced" in title and "--data-dir" in text
    finally:
        synced.close()


def test_no_synced_warning_for_an_ordinary_folder(qtbot, main_window, answers):
    qtbot.wait(20)
    assert answers.shown == []


def test_second_instance_is_told_and_not_opened(tmp_path, answers):
    paths = AppPaths(tmp_path / "data")
    with InstanceLock(paths):
        assert startup_checks.take_instance_lock(paths) is None
    assert answers.shown[0][1] == "Delivery Desk is already open"
    lock = startup_checks.take_instance_lock(paths)
    assert lock is not None
    lock.release()


def test_damaged_database_at_start_up_offers_the_latest_good_backup(tmp_path, answers):
    from app.plans.builder import CreatePlan
    from tests.conftest import small_draft

    ctx = AppContext.open(tmp_path / "data")
    ctx.commands.execute(CreatePlan(small_draft()))
    backup_before_change(ctx, "manual")
    ctx.close()
    ctx.paths.database.write_bytes(b"garbage" * 1000)
    reopened = startup_checks.open_context(ctx.paths)
    try:
        assert reopened is not None and [p.title for p in list_plans(reopened.db)] == ["Small plan"]
    finally:
        reopened.close()
    assert answers.shown[0][0] == "confirm" and "damaged" in answers.shown[0][2]
    kept = [p for p in ctx.paths.data_dir.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 1000


def test_damaged_database_without_a_backup_is_left_alone(tmp_path, answers):
    data = tmp_path / "data"
    data.mkdir()
    (data / "delivery-desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert startup_checks.open_context(AppPaths(data)) is None
    assert answers.shown[0][0] == "error" and "no good backup" in answers.shown[0][2]
    assert (data / "delivery-desk.sqlite3").read_bytes() == b"garbage" * 1000
