"""SIGKILL during edits and imports loses nothing acknowledged and leaves nothing half-applied.

The long run (200+ kills) is ``python bench/crash_harness.py``; figures in docs/reliability.md.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "bench" / "crash_harness.py"


def _harness():
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("crash_harness", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_fifteen_kills_lose_nothing(tmp_path):
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--kills", "15", "--seed", "7", "--json", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["kills"] == 15
    assert figures["commands_acknowledged"] > 30 and figures["imports_acknowledged"] > 0
    assert figures["checks"] > 200
    assert (figures["losses"], figures["half_applied"], figures["integrity_failures"]) == (0, 0, 0)


def _snapshot(harness, evidence="", comments="", notes=(), plans=None):
    actions = [(evidence, comments)] * harness.BASE_ACTIONS
    return {"integrity": [("ok",)], "actions": actions, "notes": set(notes), "plans": plans or {}, "audited": set()}


def test_the_checker_notices_a_lost_edit_a_half_import_and_a_half_bulk_edit():
    """The harness would be worthless if its check could not fail."""
    harness = _harness()
    seed = 7
    kinds = {}
    for index in range(200):
        kinds.setdefault(harness._op(seed, index)[0], index)
    model, figures = harness.Model(), harness.Figures()
    model.acknowledge(seed, kinds["progress"])
    harness.check(model, figures, seed, None, _snapshot(harness), lambda _m: None)
    assert figures.losses == 1

    figures = harness.Figures()
    half_import = {f"Import {kinds['import']}": harness.IMPORT_ACTIONS - 1}
    snap = _snapshot(harness, plans=half_import)
    harness.check(harness.Model(), figures, seed, kinds["import"], snap, lambda _m: None)
    assert figures.half_applied == 1

    figures = harness.Figures()
    batch = kinds["batch"]
    first_target = harness._op(seed, batch)[1][0]
    snap = _snapshot(harness)
    snap["actions"][first_target] = ("", f"b{batch}")
    harness.check(harness.Model(), figures, seed, batch, snap, lambda _m: None)
    assert figures.half_applied == 1

    figures = harness.Figures()
    snap = _snapshot(harness)
    snap["integrity"] = [("*** in database main ***",)]
    harness.check(harness.Model(), figures, seed, None, snap, lambda _m: None)
    assert figures.integrity_failures == 1


def _run_harness(tmp_path, *args) -> tuple[int, dict]:
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--seed", "3", "--json", "--data-dir", str(tmp_path), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1])


needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="the power-loss mode traces with strace")


@needs_strace
def test_power_loss_loses_nothing_acknowledged(tmp_path):
    code, figures = _run_harness(tmp_path, "--kills", "4", "--power-loss")
    assert code == 0, figures
    assert figures["commands_acknowledged"] > 10
    assert (figures["losses"], figures["half_applied"], figures["integrity_failures"], figures["audit_failures"]) == (
        0,
        0,
        0,
        0,
    )


@needs_strace
def test_the_power_loss_mode_catches_a_build_that_does_not_sync(tmp_path):
    """SIGKILL alone keeps the page cache, so synchronous=OFF would pass the kill test; power loss does not."""
    code, figures = _run_harness(tmp_path, "--kills", "2", "--power-loss", "--synchronous", "OFF")
    assert code == 1
    assert figures["losses"] > 0 and figures["audit_failures"] > 0 and figures["bytes_lost_to_power_loss"] > 0


def test_the_checker_notices_a_missing_or_phantom_audit_entry():
    harness = _harness()
    seed = 7
    edit = next(index for index in range(200) if harness._op(seed, index)[0] == "edit")
    target = harness._op(seed, edit)[1][0]
    model = harness.Model()
    model.acknowledge(seed, edit)
    snap = _snapshot(harness)
    snap["actions"][target] = (f"e{edit}", "")
    figures = harness.Figures()
    harness.check(model, figures, seed, None, snap, lambda _m: None)
    assert figures.audit_failures == 1 and figures.losses == 0  # the edit is there, its audit entry is not

    snap["audited"] = {edit, edit + 1}
    figures = harness.Figures()
    harness.check(model, figures, seed, None, snap, lambda _m: None)
    assert figures.audit_failures == 1  # an entry for a command that never happened
