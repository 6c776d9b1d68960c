"""Disk full, read-only folder, file deleted under us: a clear message, no crash, nothing lost.

Tests run as root, which ignores chmod, so "read-only" is produced with SQLite's own
``PRAGMA query_only`` (the same SQLITE_READONLY error a read-only folder or mount gives) and
"disk full" with ``PRAGMA max_page_count`` (SQLITE_FULL, as from a full disk).
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from app.context import AppContext
from app.editing.commands import Batch, CreateRecord, SetFields, StorageError
from app.plans.listing import list_plans
from app.queries.actions import action_rows
from app.storage.database import DatabaseError
from app.storage.errors import describe_storage_error


def _on_every_connection(ctx, pragma):
    event.listen(ctx.db.engine, "connect", lambda conn, _record: conn.execute(pragma))
    ctx.db.engine.dispose()


def test_read_only_database_gives_a_clear_message_and_keeps_earlier_work(ctx, small_plan):
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Saved before"}))
    _on_every_connection(ctx, "PRAGMA query_only = ON")
    with pytest.raises(StorageError, match="read-only.*--data-dir"):
        ctx.commands.execute(SetFields("plan", small_plan, {"title": "Not saved"}))
    assert [p.title for p in list_plans(ctx.db)] == ["Saved before"]


def test_full_disk_gives_a_clear_message_and_rolls_back_the_whole_command(ctx, small_plan):
    before = len(action_rows(ctx.db, small_plan))
    with ctx.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _on_every_connection(ctx, f"PRAGMA max_page_count = {pages + 1}")
    values = {"plan_uuid": small_plan, "activity": "x" * 3000}
    big = [CreateRecord("action", {**values, "ref": f"9.{n}"}) for n in range(50)]
    with pytest.raises(StorageError, match="disk .* is full"):
        ctx.commands.execute(Batch("Paste many", tuple(big)))
    assert len(action_rows(ctx.db, small_plan)) == before


def test_database_deleted_while_open_is_put_back_with_everything_saved(ctx, small_plan):
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Saved before deletion"}))
    for suffix in ("", "-wal", "-shm"):
        ctx.paths.database.with_name(ctx.paths.database.name + suffix).unlink(missing_ok=True)
    ctx.commands.execute(SetFields("plan", small_plan, {"description": "Saved after deletion"}))
    assert ctx.paths.database.exists()
    reopened = AppContext.open(ctx.paths.data_dir)
    try:
        [plan] = list_plans(reopened.db)
        assert (plan.title, plan.description) == ("Saved before deletion", "Saved after deletion")
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("sqlite_message", "expected"),
    [
        ("disk I/O error", "reported an error"),
        ("database or disk is full", "is full"),
        ("attempt to write a readonly database", "read-only"),
        ("unable to open database file", "cannot reach its database"),
        ("database is locked", "Another program"),
    ],
)
def test_sqlite_failures_are_translated(tmp_path, sqlite_message, expected):
    message = describe_storage_error(sqlite3.OperationalError(sqlite_message), tmp_path / "db.sqlite3")
    assert expected in message and str(tmp_path) in message


def test_unrelated_errors_are_not_dressed_up(tmp_path):
    assert describe_storage_error(sqlite3.OperationalError("no such table: x"), tmp_path / "db") is None


def test_data_folder_that_cannot_be_created_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseError, match="cannot create its data folder"):
        AppContext.open(blocker / "data")
