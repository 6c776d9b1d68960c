"""A damaged database is never opened for writing; restoring a backup keeps the current state first."""

from __future__ import annotations

import sqlite3

import pytest

from app.context import AppContext
from app.editing.commands import SetFields
from app.plans.listing import list_plans
from app.storage.backups import backup_before_change, list_backups
from app.storage.database import DatabaseDamagedError, quick_check
from app.storage.restore import RestoreError, latest_good_backup, restore_backup, set_aside


def _damage(path):
    """Overwrite the middle of the file, as a failing disk or a half-synced copy would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 100 : offset + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))


@pytest.fixture
def data_with_backup(tmp_path):
    from app.plans.builder import CreatePlan
    from tests.conftest import small_draft

    ctx = AppContext.open(tmp_path / "data")
    plan_uuid = ctx.commands.execute(CreatePlan(small_draft())).inverse.uuid
    backup = backup_before_change(ctx, "manual")
    ctx.commands.execute(SetFields("plan", plan_uuid, {"title": "Edited after the backup"}))
    ctx.close()
    return ctx.paths, backup


def test_damaged_database_raises_and_is_left_untouched(data_with_backup):
    paths, _backup = data_with_backup
    _damage(paths.database)
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseDamagedError, match="damaged") as caught:
        AppContext.open(paths.data_dir)
    assert caught.value.path == paths.database
    assert paths.database.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_damaged(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "delivery-desk.sqlite3").write_bytes(b"this is a spreadsheet, not a database" * 10)
    with pytest.raises(DatabaseDamagedError, match="not an SQLite file"):
        AppContext.open(data)


def test_restore_latest_good_backup_over_a_damaged_database_keeps_the_damaged_file(data_with_backup):
    paths, backup = data_with_backup
    _damage(paths.database)
    damaged_bytes = paths.database.read_bytes()
    good = latest_good_backup(paths)
    assert good is not None and good.path == backup
    result = restore_backup(paths, good)
    assert result.damaged_file_kept_at is not None and result.previous_state_backup is None
    assert result.damaged_file_kept_at.read_bytes() == damaged_bytes
    assert ".damaged-" in result.damaged_file_kept_at.name
    ctx = AppContext.open(paths.data_dir)
    try:
        assert [p.title for p in list_plans(ctx.db)] == ["Small plan"]
    finally:
        ctx.close()


def test_restore_backs_up_the_current_state_first(data_with_backup):
    paths, backup = data_with_backup
    result = restore_backup(paths, backup)
    assert result.previous_state_backup is not None
    [previous] = [b for b in list_backups(paths) if b.path == result.previous_state_backup]
    assert previous.reason == "before-restore" and previous.plans[0].title == "Edited after the backup"
    ctx = AppContext.open(paths.data_dir)
    try:
        assert [p.title for p in list_plans(ctx.db)] == ["Small plan"]
    finally:
        ctx.close()
    restore_backup(paths, previous)  # a restore can itself be undone
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT title FROM plan").fetchall() == [("Edited after the backup",)]


def test_a_damaged_backup_is_refused_and_the_database_left_alone(data_with_backup):
    paths, backup = data_with_backup
    _damage(backup)
    before = paths.database.read_bytes()
    with pytest.raises(RestoreError, match="cannot be used"):
        restore_backup(paths, backup)
    assert paths.database.read_bytes() == before
    assert latest_good_backup(paths) is None or latest_good_backup(paths).path != backup


def test_set_aside_moves_companions_and_never_overwrites(tmp_path):
    db = tmp_path / "delivery-desk.sqlite3"
    db.write_bytes(b"one")
    (tmp_path / "delivery-desk.sqlite3-wal").write_bytes(b"wal")
    first = set_aside(db)
    db.write_bytes(b"two")
    second = set_aside(db)
    assert first != second and first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert not db.exists()


def test_quick_check_passes_a_healthy_database(ctx, small_plan):
    quick_check(ctx.paths.database)


def test_restore_in_place_swaps_the_database_under_a_running_context(ctx, small_plan):
    from app.storage.restore import restore_in_place

    backup = backup_before_change(ctx, "manual")
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Later title"}))
    seen = []
    ctx.bus.subscribe(seen.append)
    result = restore_in_place(ctx, backup)
    assert result.previous_state_backup is not None
    assert [p.title for p in list_plans(ctx.db)] == ["Small plan"]
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Edited after restore"}))
    assert [p.title for p in list_plans(ctx.db)] == ["Edited after restore"]
    assert seen[0].reason == "Restore from backup"
