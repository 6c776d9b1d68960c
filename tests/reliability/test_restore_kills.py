"""A restore killed at any step leaves either the database as it was (with every commit, even those
still only in its -wal) or the restored backup, never a mixture; leftovers go at the next open."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.context import AppContext
from app.plans.builder import CreatePlan
from app.storage.backups import backup_before_change
from app.storage.database import DatabaseDamagedError
from app.storage.paths import AppPaths
from tests.conftest import small_draft

ROOT = Path(__file__).resolve().parents[2]

# Writes titles with the automatic checkpoint off, then dies by SIGKILL: the database is left
# with those commits only in its -wal, as after a crash of the window.
WRITER = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(20):
        conn.execute("UPDATE plan SET title = ?", (f"acknowledged {n}",))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)

# Restores the backup, dying by SIGKILL at one step: before or after the step named, or halfway
# through the page copy ("copy_into:half", the same backup API call done in small steps).
RESTORER = textwrap.dedent(
    """
    import os, signal, sqlite3, sys
    from contextlib import closing
    from pathlib import Path
    import app.storage.restore as restore
    from app.storage.paths import AppPaths

    paths, backup, point = AppPaths(Path(sys.argv[1])), Path(sys.argv[2]), sys.argv[3]
    name, _, when = point.partition(":")
    real = getattr(restore, name)

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def halfway(source, database):
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(database)) as dest:
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute("PRAGMA synchronous = FULL")
            src.backup(dest, pages=1, progress=lambda status, left, total: die() if left < total // 2 else None)

    def step(*args, **kwargs):
        if when == "before":
            die()
        if when == "half":
            return halfway(*args)
        result = real(*args, **kwargs)
        die()

    setattr(restore, name, step)
    restore.restore_backup(paths, backup)
    """
)

HEALTHY_POINTS = [
    "backup_before_change:before",
    "backup_before_change:after",
    "copy_into:before",
    "copy_into:half",
    "copy_into:after",
]
# Over a damaged database the copy is built aside, the damaged file renamed, the copy renamed in.
DAMAGED_POINTS = ["copy_into:before", "copy_into:half", "copy_into:after", "set_aside:after"]


def _title(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT title FROM plan").fetchone()[0]


@pytest.fixture
def live_with_wal(tmp_path):
    """A database whose last commits sit in its -wal, and an older backup holding another title."""
    paths = AppPaths(tmp_path / "data")
    ctx = AppContext.open(paths.data_dir)
    ctx.commands.execute(CreatePlan(small_draft(actions=300)))
    backup = backup_before_change(ctx, "manual")
    ctx.close()
    subprocess.run([sys.executable, "-c", WRITER, str(paths.database)], cwd=ROOT, check=False)
    assert paths.database.with_name(paths.database.name + "-wal").stat().st_size > 0
    return paths, backup


def _restore_killed_at(paths: AppPaths, backup: Path, point: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RESTORER, str(paths.data_dir), str(backup), point], cwd=ROOT, capture_output=True
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


def _check_whole(paths: AppPaths) -> str:
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM action").fetchone()[0] == 300
    assert not list(paths.data_dir.glob("*.restoring*")) and not list(paths.backups.glob("*.partial*"))
    return _title(paths.database)


@pytest.mark.parametrize("point", HEALTHY_POINTS)
def test_a_restore_killed_at_any_step_keeps_the_old_database_or_the_backup_whole(live_with_wal, point):
    paths, backup = live_with_wal
    _restore_killed_at(paths, backup, point)
    AppContext.open(paths.data_dir).close()  # the normal open: integrity check, leftovers removed
    title = _check_whole(paths)
    if title == "Small plan":  # restored: the state it replaced, -wal commits included, is in a backup
        kept = sorted(paths.backups.glob("*-before-restore.sqlite3"))
        assert kept and _title(kept[-1]) == "acknowledged 19"
    else:  # not restored: nothing committed before the restore is lost
        assert title == "acknowledged 19"
    assert title == ("Small plan" if point == "copy_into:after" else "acknowledged 19")


@pytest.mark.parametrize("point", DAMAGED_POINTS)
def test_a_restore_over_a_damaged_database_killed_at_any_step_never_starts_an_empty_store(live_with_wal, point):
    paths, backup = live_with_wal
    AppContext.open(paths.data_dir).close()  # checkpointed, so the damage below is in the file itself
    data = bytearray(paths.database.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xa5" * (4096 * 3)
    paths.database.write_bytes(bytes(data))
    _restore_killed_at(paths, backup, point)
    try:
        AppContext.open(paths.data_dir).close()
    except DatabaseDamagedError:  # killed before the damaged file was set aside: the backup is offered again
        assert point != "set_aside:after"
        assert paths.database.read_bytes() == bytes(data)
        return
    assert point == "set_aside:after"
    assert _check_whole(paths) == "Small plan"


def test_leftovers_of_killed_backups_and_restores_are_removed_at_open(tmp_path):
    paths = AppPaths(tmp_path / "data")
    AppContext.open(paths.data_dir).close()
    leftovers = [
        paths.backups / "20261101-101010-000000-daily.partial",
        paths.backups / "20261101-101010-000000-daily.partial-journal",
        paths.data_dir / "delivery-desk.sqlite3.restoring",
        paths.data_dir / "delivery-desk.sqlite3.restoring-journal",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"\x00" * 1024)
    keep = paths.backups / "20261101-101010-000000-daily.sqlite3"
    keep.write_bytes(b"not touched")
    AppContext.open(paths.data_dir).close()
    assert not any(leftover.exists() for leftover in leftovers)
    assert keep.read_bytes() == b"not touched"
