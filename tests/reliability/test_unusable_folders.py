"""A read-only data folder, a database emptied to 0 bytes, a table dropped by another tool: each told
plainly, in one line, with what still works and how to get the plans back; never a traceback."""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import main
from app.context import AppContext
from app.plans.listing import list_plans
from app.storage.backups import backup_before_change
from app.storage.database import DatabaseDamagedError
from app.storage.paths import AppPaths
from tests.sample_plans import bcp_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def _can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


def _read_only(folder: Path, argv: list[str]) -> subprocess.CompletedProcess:
    """Run ``argv`` (a Python command line) with ``folder`` read-only, as a read-only drive makes it.

    Tests run as root, which ignores permissions, so the folder is bind-mounted read-only in a private
    mount namespace; a non-root run uses permissions instead.
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
        finally:
            folder.chmod(0o755)
    if not _can_mount():
        pytest.skip("no way to make a folder read-only for root here (unshare -rm unavailable)")
    mount = shlex.quote(str(folder))
    script = f"mount --bind -o ro {mount} {mount} && exec {shlex.join(argv)}"
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def read_only_folder(tmp_path_factory):
    data = tmp_path_factory.mktemp("ro") / "data"
    assert main.main(["--data-dir", str(data), "demo"]) == 0
    ctx = AppContext.open(data)
    backup_before_change(ctx, "manual")
    ctx.close()
    return data


def _cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args]


@pytest.mark.parametrize(
    "args", [["plans"], ["backups"], ["export", "-o", "{out}.csv"], ["export", "-o", "{out}.xlsx"]]
)
def test_reading_commands_work_on_a_read_only_folder(read_only_folder, tmp_path, args):
    done = _read_only(read_only_folder, _cli(read_only_folder, *(a.format(out=tmp_path / "plan") for a in args)))
    assert done.returncode == 0, done.stderr
    assert "(67 actions)" in done.stdout or "Wrote" in done.stdout or "manual" in done.stdout


@pytest.mark.parametrize("args", [["import", "{csv}"], ["demo"], ["restore", "latest", "--yes"]])
def test_writing_commands_on_a_read_only_folder_say_so_in_one_line(read_only_folder, tmp_path, args):
    csv = write_csv(tmp_path / "plan.csv", bcp_rows())
    done = _read_only(read_only_folder, _cli(read_only_folder, *(a.format(csv=csv) for a in args)))
    assert done.returncode == 1
    err = done.stderr.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert "is read-only" in err and "moved, deleted or disconnected" not in err
    assert "`plans`" in err  # what still works


def test_the_window_on_a_read_only_folder_says_read_only(read_only_folder):
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from ui.common import prompts
        prompts.error = lambda parent, title, text, details=None: print(text)
        from ui.window.startup_checks import take_instance_lock
        from app.storage.paths import AppPaths
        assert take_instance_lock(AppPaths(Path({str(read_only_folder)!r}))) is None
        """
    )
    done = _read_only(read_only_folder, [sys.executable, "-c", script])
    assert done.returncode == 0, done.stderr
    assert "is read-only" in done.stdout and "can still be listed and exported" in done.stdout


def test_a_database_emptied_beside_its_backups_is_damage_not_a_new_store(tmp_path, capsys):
    data = tmp_path / "data"
    assert main.main(["--data-dir", str(data), "demo"]) == 0
    ctx = AppContext.open(data)
    backup_before_change(ctx, "manual")
    ctx.close()
    AppPaths(data).database.write_bytes(b"")  # a sync tool or a failed copy left it empty
    with pytest.raises(DatabaseDamagedError, match="empty"):
        AppContext.open(data)
    assert AppPaths(data).database.stat().st_size == 0  # not made into a new store
    capsys.readouterr()
    assert main.main(["--data-dir", str(data), "plans"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty (0 bytes)" in err and "`restore latest`" in err
    assert main.main(["--data-dir", str(data), "restore", "latest", "--yes"]) == 0
    assert main.main(["--data-dir", str(data), "plans"]) == 0
    assert "(67 actions)" in capsys.readouterr().out


def test_an_empty_database_at_first_start_is_simply_a_new_one(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    AppPaths(data).database.write_bytes(b"")  # the first start was killed before it wrote anything
    ctx = AppContext.open(data)
    try:
        assert list_plans(ctx.db) == []
    finally:
        ctx.close()


def test_the_window_offers_the_backup_for_an_emptied_database(tmp_path, monkeypatch):
    from ui.common import prompts
    from ui.window import startup_checks

    data = tmp_path / "data"
    assert main.main(["--data-dir", str(data), "demo"]) == 0
    ctx = AppContext.open(data)
    backup_before_change(ctx, "manual")
    ctx.close()
    AppPaths(data).database.write_bytes(b"")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, title, text, ok_text="OK": asked.append(text) or True)
    monkeypatch.setattr(prompts, "info", lambda *args: None)
    reopened = startup_checks.open_context(AppPaths(data))
    try:
        assert asked and "empty (0 bytes)" in asked[0]
        assert [p.action_count for p in list_plans(reopened.db)] == [67]
    finally:
        reopened.close()


def test_a_dropped_table_is_named_in_one_line(tmp_path, capsys):
    data = tmp_path / "data"
    assert main.main(["--data-dir", str(data), "demo"]) == 0
    with sqlite3.connect(AppPaths(data).database) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE progress_update")
    capsys.readouterr()
    assert main.main(["--data-dir", str(data), "export", "-o", str(tmp_path / "plan.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tables missing: progress_update" in err and "Traceback" not in err
