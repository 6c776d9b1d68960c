"""Backups: online copies, rotation, listing with plan summaries, daily and before-change backups."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.context import AppContext
from app.editing.commands import SetFields
from app.plans.builder import CreatePlan
from app.storage.backups import backup_before_change, daily_backup, list_backups, rotate_backups
from app.storage.restore import backup_retention, set_backup_retention
from tests.conftest import small_draft


def test_backup_before_change_copies_the_plans_and_lists_them(ctx, small_plan):
    target = backup_before_change(ctx, "before import")
    assert target is not None and target.name.endswith("-before-import.sqlite3")
    assert not any(p.suffix == ".partial" for p in ctx.paths.backups.iterdir())
    [info] = [b for b in list_backups(ctx.paths) if b.path == target]
    assert info.reason == "before-import"
    assert (datetime.now() - info.taken_at).total_seconds() < 60
    assert [(p.title, p.action_count) for p in info.plans] == [("Small plan", 3)]
    assert info.summary() == "Small plan (3 actions)"


def test_backup_is_a_standalone_consistent_copy_while_the_live_database_is_open(ctx, small_plan):
    target = backup_before_change(ctx.paths, "snapshot")
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Renamed after backup"}))
    assert not target.with_name(target.name + "-wal").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT title FROM plan").fetchall() == [("Small plan",)]


def test_nothing_to_protect_in_an_empty_database(ctx):
    assert backup_before_change(ctx, "import") is None
    assert list_backups(ctx) == []


def test_rotation_keeps_the_newest_according_to_retention(ctx, small_plan):
    set_backup_retention(ctx.db, 4)
    assert backup_retention(ctx.db) == 4
    made = [backup_before_change(ctx, f"edit {n}") for n in range(7)]
    names = sorted(p.name for p in ctx.paths.backups.iterdir())
    assert names == sorted(p.name for p in made[-4:])
    set_backup_retention(ctx.db, 3)
    assert len(list(ctx.paths.backups.iterdir())) == 4  # nothing deleted by changing the setting
    backup_before_change(ctx, "next")
    assert len(list(ctx.paths.backups.iterdir())) == 3


def test_retention_is_clamped_so_a_slip_cannot_delete_every_backup(ctx, small_plan):
    assert set_backup_retention(ctx.db, 0) == 3
    assert rotate_backups(ctx.paths.backups, -5) == []


def test_first_open_of_the_day_takes_one_backup(tmp_path):
    data = tmp_path / "data"
    first = AppContext.open(data)
    first.commands.execute(CreatePlan(small_draft()))
    first.close()
    assert list_backups(first.paths) == []  # the database was empty when opened
    AppContext.open(data).close()
    AppContext.open(data).close()
    [daily] = list_backups(first.paths)
    assert daily.reason == "daily" and daily.plans[0].action_count == 3
    tomorrow = datetime(2099, 1, 2)
    assert daily_backup(first.paths, today=tomorrow) is not None


def test_a_damaged_backup_is_listed_with_its_problem(ctx, small_plan):
    good = backup_before_change(ctx, "good")
    bad = good.with_name("20000101-000000-000000-broken.sqlite3")
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    infos = {info.path: info for info in list_backups(ctx)}
    assert infos[good].usable
    assert not infos[bad].usable and infos[bad].summary().startswith("Cannot be read")
