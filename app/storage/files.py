"""The data folder's files as files: opening SQLite read-only (even on a read-only folder) and
removing what killed processes leave behind."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from app.storage.paths import AppPaths

# Left by a backup or restore that was killed: the half copy and its rollback journal. Never a
# backup's own name (``*.sqlite3``), so removing them cannot remove a backup.
_BACKUP_LEFTOVERS = ("*.partial", "*.partial-journal", "*.partial-wal", "*.partial-shm")
RESTORING = ".restoring"
_RESTORE_LEFTOVERS = (RESTORING, RESTORING + "-journal", RESTORING + "-wal", RESTORING + "-shm")


# The first 16 bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def folder_is_read_only(folder: Path) -> bool:
    """True when the folder exists and this process cannot create files in it."""
    return folder.is_dir() and not os.access(folder, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The URI opening ``path`` without writing anything.

    On a writable folder that is SQLite's ``mode=ro``. A WAL database in a read-only folder
    cannot be opened that way (its shared-memory file cannot be created), so there it is
    opened ``immutable``: nobody can be writing to a file in a folder nobody can write to.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    return uri + "&immutable=1" if folder_is_read_only(path.parent) else uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def restoring_path(database: Path) -> Path:
    """Where a restore over a damaged database builds its copy before renaming it in."""
    return database.with_name(database.name + RESTORING)


def _complete_copy(path: Path) -> bool:
    if path.with_name(path.name + "-journal").exists():
        return False  # a hot journal: the copy was cut short
    try:
        with closing(connect_read_only(path)) as conn:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False


def finish_interrupted_restore(paths: AppPaths) -> bool:
    """Rename in the complete copy of a restore killed after it set the damaged database aside.

    That copy is the only moment the database is missing beside a restore's copy: without this
    the next open would start an empty store while the restored plans sat beside it.
    """
    database, copy = paths.database, restoring_path(paths.database)
    if database.exists() or not copy.exists() or not _complete_copy(copy):
        return False
    os.replace(copy, database)
    return True


def remove_leftovers(paths: AppPaths) -> list[Path]:
    """Finish a restore killed just before its last rename, then delete the half-written copies a
    killed backup or restore left; return what was removed.

    Only the holder of the data-folder lock may call this: another process's backup in progress
    looks exactly like a leftover.
    """
    finish_interrupted_restore(paths)
    found: list[Path] = []
    if paths.backups.is_dir():
        for pattern in _BACKUP_LEFTOVERS:
            found.extend(paths.backups.glob(pattern))
    database = paths.database
    found.extend(database.with_name(database.name + suffix) for suffix in _RESTORE_LEFTOVERS)
    removed = []
    for leftover in found:
        try:
            leftover.unlink()
        except FileNotFoundError:
            continue
        removed.append(leftover)
    return removed


__all__ = [
    "connect_read_only",
    "finish_interrupted_restore",
    "folder_is_read_only",
    "read_only_uri",
    "remove_leftovers",
    "restoring_path",
]
