"""The command line as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]


def _demo_action_count() -> int:
    data = json.loads((ROOT / "resources" / "demo_plan.json").read_text(encoding="utf-8"))
    return len(data["actions"])


def test_demo_then_plans_lists_every_demo_action(tmp_path, capsys):
    assert main.main(["--data-dir", str(tmp_path), "demo"]) == 0
    out = capsys.readouterr().out
    assert "BCP Community Safety Partnership" in out
    assert main.main(["plans", "--data-dir", str(tmp_path)]) == 0
    listing = capsys.readouterr().out.strip().splitlines()
    assert len(listing) == 1
    assert f"({_demo_action_count()} actions)" in listing[0]


def test_demo_twice_does_not_duplicate(tmp_path, capsys):
    main.main(["--data-dir", str(tmp_path), "demo"])
    main.main(["--data-dir", str(tmp_path), "demo"])
    capsys.readouterr()
    main.main(["--data-dir", str(tmp_path), "plans"])
    assert len(capsys.readouterr().out.strip().splitlines()) == 1


def test_bad_database_file_is_one_line_error_exit_1(tmp_path, capsys):
    (tmp_path / "delivery-desk.sqlite3").write_bytes(b"\x00garbage" * 10)
    assert main.main(["--data-dir", str(tmp_path), "plans"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not an SQLite file" in err


def test_usage_error_exits_2(tmp_path):
    with pytest.raises(SystemExit) as info:
        main.main(["--data-dir", str(tmp_path), "no-such-command"])
    assert info.value.code == 2


def test_cli_runs_as_a_real_process(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "demo"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "created with" in result.stdout
