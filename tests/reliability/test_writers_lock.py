"""Every process that writes takes the data-folder lock: a command never overlaps the window, a
restore or another writing command, and says "Imported" only once the plan is stored."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import main
from app.editing.commands import StorageError
from app.editing.service import CommandService
from app.storage.instance_lock import COMMAND_WAIT_SECONDS, WINDOW
from tests.sample_plans import bcp_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.storage.instance_lock import InstanceLock
    from app.storage.paths import AppPaths
    lock = InstanceLock(AppPaths(Path(sys.argv[1])), holder=sys.argv[2]).acquire()
    print("locked", flush=True)
    time.sleep(float(sys.argv[3]))
    lock.release()
    """
)


def _hold(data_dir: Path, holder: str, seconds: float) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), holder, str(seconds)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.fixture
def demo_folder(tmp_path, capsys):
    data = tmp_path / "data"
    assert main.main(["--data-dir", str(data), "demo"]) == 0
    capsys.readouterr()
    return data


def _plan_count(data: Path, capsys) -> int:
    assert main.main(["--data-dir", str(data), "plans"]) == 0
    return len(capsys.readouterr().out.strip().splitlines())


WRITING = [
    ["import", "{csv}"],
    ["demo"],
    ["export", "--plan", "BCP", "-o", "{out}.dplan"],
    ["report", "--plan", "BCP", "-o", "{out}.docx"],
    ["restore", "latest", "--yes"],
]
READING = [
    ["plans"],
    ["backups"],
    ["import", "{csv}", "--dry-run"],
    ["export", "--plan", "BCP", "-o", "{out}.csv"],
]


def _args(template: list[str], csv: Path, out: Path) -> list[str]:
    return [part.format(csv=csv, out=out) for part in template]


@pytest.mark.parametrize("command", WRITING, ids=lambda c: " ".join(c[:1] + c[-1:]))
def test_a_writing_command_is_refused_while_the_window_has_the_folder(demo_folder, tmp_path, capsys, command):
    csv = write_csv(tmp_path / "plan.csv", bcp_rows())
    holder = _hold(demo_folder, WINDOW, 60)
    try:
        assert main.main(["--data-dir", str(demo_folder), *_args(command, csv, tmp_path / "out")]) == 1
        err = capsys.readouterr().err.strip()
        assert "\n" not in err and f"process {holder.pid}" in err and "nothing was changed" in err
    finally:
        holder.terminate()
        holder.wait()
    assert _plan_count(demo_folder, capsys) == 1


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:1] + c[-1:]))
def test_reading_commands_work_beside_the_open_window(demo_folder, tmp_path, capsys, command):
    csv = write_csv(tmp_path / "plan.csv", bcp_rows())
    holder = _hold(demo_folder, WINDOW, 60)
    try:
        assert main.main(["--data-dir", str(demo_folder), *_args(command, csv, tmp_path / "out")]) == 0
    finally:
        holder.terminate()
        holder.wait()


def test_a_command_waits_for_another_command_to_finish(demo_folder, tmp_path, capsys):
    csv = write_csv(tmp_path / "plan.csv", bcp_rows())
    started = time.monotonic()
    holder = _hold(demo_folder, "the command `restore`", 1.5)
    try:
        assert main.main(["--data-dir", str(demo_folder), "import", str(csv)]) == 0
    finally:
        holder.wait()
    assert time.monotonic() - started >= 1.4
    assert "Imported as a new plan" in capsys.readouterr().out
    assert _plan_count(demo_folder, capsys) == 2
    assert COMMAND_WAIT_SECONDS >= 60  # long enough for a real import or restore


def test_imported_is_said_only_after_the_plan_is_stored(demo_folder, tmp_path, capsys, monkeypatch):
    csv = write_csv(tmp_path / "plan.csv", bcp_rows())

    def full_disk(self, command, label=None):
        raise StorageError("The disk holding the data folder is full, so the change was not saved.")

    monkeypatch.setattr(CommandService, "execute", full_disk)
    assert main.main(["--data-dir", str(demo_folder), "import", str(csv)]) == 1
    said = capsys.readouterr()
    assert "Imported" not in said.out
    assert said.err.strip().count("\n") == 0 and "disk holding the data folder is full" in said.err
    monkeypatch.undo()
    assert _plan_count(demo_folder, capsys) == 1
