"""Consistent copies of the live database, taken with SQLite's online backup API, and their rotation.

A backup is taken on the first open of each day, before every migration, import, merge and
restore. Backups are named ``<timestamp>-<reason>.sqlite3``; the newest ``retention`` are kept.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from app.storage.files import connect_read_only
from app.storage.paths import AppPaths

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>.+)\.sqlite3$")

RETENTION_KEY = "backups.retention"
DEFAULT_RETENTION = 30
MIN_RETENTION = 3
MAX_RETENTION = 500


class HasPaths(Protocol):
    paths: AppPaths


@dataclass(frozen=True, slots=True)
class BackupPlan:
    title: str
    action_count: int


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file as the restore dialog shows it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    plans: tuple[BackupPlan, ...]
    problem: str | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None

    def summary(self) -> str:
        if self.problem:
            return f"Cannot be read: {self.problem}"
        if not self.plans:
            return "No plans"
        return "; ".join(f"{plan.title} ({plan.action_count} actions)" for plan in self.plans)


def backup_database(database: Path, backup_dir: Path, reason: str) -> Path:
    """Copy ``database`` into ``backup_dir`` and return the copy's path.

    The backup API copies a consistent snapshot even while another connection writes,
    which a plain file copy of a WAL database does not.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime(_STAMP_FORMAT)
    target = backup_dir / f"{stamp}-{_UNSAFE.sub('-', reason).strip('-') or 'backup'}.sqlite3"
    partial = target.with_suffix(".partial")
    with closing(connect_read_only(database)) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
        # A backup must stand alone: one file, no -wal beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    partial.replace(target)
    return target


def _paths_of(ctx_or_paths: HasPaths | AppPaths) -> AppPaths:
    return ctx_or_paths if isinstance(ctx_or_paths, AppPaths) else ctx_or_paths.paths


def _has_plans(database: Path) -> bool:
    """True when the database holds something worth keeping (a brand-new one does not)."""
    if not database.exists() or database.stat().st_size == 0:
        return False
    try:
        with closing(connect_read_only(database)) as conn:
            return conn.execute("SELECT 1 FROM plan LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return True  # cannot tell: keeping a copy is the safe side


def read_retention(database: Path) -> int:
    """How many backups to keep, from the Setting table (the default when unset or unreadable)."""
    try:
        with closing(connect_read_only(database)) as conn:
            row = conn.execute(
                "SELECT value FROM setting WHERE plan_id IS NULL AND key = ? ORDER BY id DESC LIMIT 1",
                (RETENTION_KEY,),
            ).fetchone()
    except sqlite3.Error:
        return DEFAULT_RETENTION
    try:
        return clamp_retention(int(row[0])) if row else DEFAULT_RETENTION
    except ValueError:
        return DEFAULT_RETENTION


def clamp_retention(value: int) -> int:
    return max(MIN_RETENTION, min(MAX_RETENTION, value))


def backup_file(database: Path, backup_dir: Path, reason: str) -> Path | None:
    """Back up an SQLite file before a risky change, then rotate; None when there is nothing to
    protect yet (no database, or no plan in it)."""
    if not _has_plans(database):
        return None
    target = backup_database(database, backup_dir, reason)
    rotate_backups(backup_dir, read_retention(database), keep=target)
    return target


def backup_before_change(ctx_or_paths: HasPaths | AppPaths, reason: str) -> Path | None:
    """Back up the live database before a risky change (import, merge, restore).

    Call it before opening the transaction that makes the change. Given a context, its database
    takes the copy its own way (``Database.backup``: a file copy, or a pg_dump of a team
    database); given only the paths, the data folder's SQLite file is copied.
    """
    db = getattr(ctx_or_paths, "db", None)
    if db is not None:
        return db.backup(reason)
    paths = _paths_of(ctx_or_paths)
    return backup_file(paths.database, paths.backups, reason)


def daily_backup(ctx_or_paths: HasPaths | AppPaths, today: datetime | None = None) -> Path | None:
    """The first open of each day takes a backup; later opens that day do nothing."""
    paths = _paths_of(ctx_or_paths)
    day = (today or datetime.now()).strftime("%Y%m%d")
    if any(p.name.startswith(day) for p in _backup_files(paths.backups)):
        return None
    return backup_before_change(paths, "daily")


def has_backups(ctx_or_paths: HasPaths | AppPaths) -> bool:
    return bool(_backup_files(_paths_of(ctx_or_paths).backups))


def _backup_files(backup_dir: Path) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    return sorted((p for p in backup_dir.iterdir() if _NAME.match(p.name)), key=lambda p: p.name, reverse=True)


def rotate_backups(backup_dir: Path, retention: int, keep: Path | None = None) -> list[Path]:
    """Delete all but the newest ``retention`` backups (never ``keep``); return what was deleted."""
    retention = clamp_retention(retention)
    removed = []
    for path in _backup_files(backup_dir)[retention:]:
        if keep is not None and path == keep:
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    for partial in backup_dir.glob("*.partial") if backup_dir.is_dir() else ():
        partial.unlink(missing_ok=True)  # left by a backup interrupted by a crash
    return removed


def _taken_at(path: Path) -> tuple[datetime, str]:
    match = _NAME.match(path.name)
    assert match is not None
    try:
        return datetime.strptime(match["stamp"], _STAMP_FORMAT), match["reason"]
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime), match["reason"]


def describe_backup(path: Path) -> BackupInfo:
    """Open ``path`` read-only and summarise its plans; a damaged file is reported, not raised."""
    taken_at, reason = _taken_at(path)
    size = path.stat().st_size
    try:
        with closing(connect_read_only(path)) as conn:
            rows = conn.execute(
                "SELECT p.title, COUNT(a.id) FROM plan p "
                "LEFT JOIN action a ON a.plan_id = p.id AND a.deleted = 0 "
                "WHERE p.deleted = 0 GROUP BY p.id ORDER BY p.title, p.id"
            ).fetchall()
    except sqlite3.Error as exc:
        return BackupInfo(path, taken_at, reason, size, (), problem=str(exc))
    return BackupInfo(path, taken_at, reason, size, tuple(BackupPlan(title, count) for title, count in rows))


def list_backups(ctx_or_paths: HasPaths | AppPaths) -> list[BackupInfo]:
    """Every backup, newest first, with the plans (and action counts) it holds."""
    return [describe_backup(path) for path in _backup_files(_paths_of(ctx_or_paths).backups)]


__all__ = [
    "BackupInfo",
    "BackupPlan",
    "DEFAULT_RETENTION",
    "backup_before_change",
    "backup_file",
    "backup_database",
    "daily_backup",
    "describe_backup",
    "has_backups",
    "list_backups",
    "read_retention",
    "rotate_backups",
]
