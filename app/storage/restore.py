"""Putting a backup back, keeping a damaged database aside, and the backup retention setting."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from app.editing.events import Change
from app.storage.backups import (
    DEFAULT_RETENTION,
    RETENTION_KEY,
    BackupInfo,
    backup_before_change,
    clamp_retention,
    list_backups,
)
from app.storage.database import Database, DatabaseDamagedError, DatabaseError, open_database, quick_check
from app.storage.files import restoring_path
from app.storage.paths import AppPaths
from app.storage.settings import read_setting, write_setting

_COMPANIONS = ("-wal", "-shm", "-journal")


class RestoreError(RuntimeError):
    """The backup could not be restored; the current database was left as it was."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    previous_state_backup: Path | None
    damaged_file_kept_at: Path | None


def set_aside(database: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) with a timestamp; never delete it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    counter = 1
    while target.exists():
        target = database.with_name(f"{database.stem}.damaged-{stamp}-{counter}{database.suffix}")
        counter += 1
    for suffix in _COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    database.rename(target)
    return target


def latest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup that opens and passes the quick check."""
    for info in list_backups(paths):
        if not info.usable:
            continue
        try:
            quick_check(info.path)
        except DatabaseError:
            continue
        return info
    return None


def restore_backup(paths: AppPaths, backup: BackupInfo | Path) -> RestoreResult:
    """Replace the database with ``backup``, copying it with SQLite's backup API into the live file.

    The caller must hold the data-folder lock and have closed its own Database first. The current
    state is backed up before anything changes (or, when it is damaged, renamed aside), so a
    restore can itself be undone by restoring the ``before-restore`` backup.

    Crash safety: over a healthy database the copy is one SQLite transaction on the live file, so
    a kill at any point leaves either the old database or the restored one, never a mixture and
    never the old one without its last commits (SQLite checkpoints the WAL into the file; it is
    never deleted). Over a damaged one the copy is built aside and renamed in (see below).
    """
    source = backup.path if isinstance(backup, BackupInfo) else backup
    try:
        quick_check(source)
    except DatabaseError as exc:
        raise RestoreError(f"The backup {source.name} cannot be used: {exc}") from exc
    database = paths.database
    previous: Path | None = None
    damaged: Path | None = None
    try:
        if _is_damaged(database):
            # The copy is made beside the damaged file and renamed in once complete; killed after the
            # damaged file was set aside, the next open finds the complete copy and finishes the rename.
            partial = restoring_path(database)
            partial.unlink(missing_ok=True)
            copy_into(source, partial)
            damaged = set_aside(database)
            partial.replace(database)
        else:
            previous = backup_before_change(paths, "before-restore")
            copy_into(source, database)
    except sqlite3.Error as exc:
        raise RestoreError(f"Restoring {source.name} failed ({exc}); the current database was not changed.") from exc
    return RestoreResult(source, previous, damaged)


def _is_damaged(database: Path) -> bool:
    if not database.exists():
        return False
    if database.stat().st_size == 0:
        return True
    try:
        quick_check(database)
    except DatabaseDamagedError:
        return True
    return False


def copy_into(source: Path, database: Path) -> None:
    """Overwrite ``database`` (or create it) with ``source`` in one transaction on ``database``.

    The live file leaves WAL mode first: SQLite checkpoints every commit into the file and
    removes the -wal itself, and in rollback-journal mode the backup may also change the page
    size. The next open puts WAL back.
    """
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(database, timeout=5)) as dest,
    ):
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.execute("PRAGMA synchronous = FULL")
        src.backup(dest)


class HasDatabase(Protocol):
    paths: AppPaths
    db: Database
    commands: Any
    bus: Any


def restore_in_place(ctx: HasDatabase, backup: BackupInfo | Path) -> RestoreResult:
    """Restore under a running AppContext: close its database, restore, reopen, announce the change.

    The database is reopened even when the restore fails, so the window keeps working on the
    data it had. Views must drop any undo history: it refers to the replaced data.
    """
    ctx.db.close()
    try:
        result = restore_backup(ctx.paths, backup)
    finally:
        db = open_database(ctx.paths)
        ctx.db = db
        ctx.commands.db = db
    ctx.bus.publish(Change(plan_uuid=None, entities=frozenset({"plan"}), reason="Restore from backup"))
    return result


def backup_retention(db: Database) -> int:
    with db.read() as session:
        value = read_setting(session, None, RETENTION_KEY)
    try:
        return clamp_retention(int(value)) if value is not None else DEFAULT_RETENTION
    except ValueError:
        return DEFAULT_RETENTION


def set_backup_retention(db: Database, keep: int) -> int:
    """Store how many backups to keep (a preference, not plan data: no undo, no audit).

    Older backups go when the next backup is taken, not now: a slip of the spin box must not
    delete a month of backups on the spot.
    """
    keep = clamp_retention(keep)
    with db.transaction() as session:
        write_setting(session, None, RETENTION_KEY, str(keep))
    return keep


__all__ = [
    "RestoreError",
    "RestoreResult",
    "backup_retention",
    "latest_good_backup",
    "restore_backup",
    "restore_in_place",
    "set_aside",
    "set_backup_retention",
]
