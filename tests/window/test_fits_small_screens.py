"""Every window and dialog fits a council laptop: 1280×720 at 100%, 1366×768 at 150% and 200%.

Each screen needs its own Qt process (the screen and QT_SCALE_FACTOR are fixed at start-up), so
fit_probe.py opens every menu's dialog in a subprocess and reports sizes in logical pixels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Room a window frame and title bar take on Windows, in logical pixels (as ui/common/screen_fit).
FRAME = (16, 48)


def probe(tmp_path: Path, width: int, height: int, scale: float, script: str = "fit_probe.py") -> dict:
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "window" / script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1280, 720, 1.0), (1280, 720, 1.5), (1366, 768, 1.5), (1366, 768, 2.0)],
    ids=["1280x720 at 100%", "1280x720 at 150%", "1366x768 at 150%", "1366x768 at 200%"],
)
def test_every_window_and_dialog_fits_the_screen(tmp_path, width, height, scale):
    found = probe(tmp_path, width, height, scale)
    room_w, room_h = found["screen"][0] - FRAME[0], found["screen"][1] - FRAME[1]
    assert (room_w, room_h) == (round(width / scale) - FRAME[0], round(height / scale) - FRAME[1])
    names = [w["name"] for w in found["windows"]]
    # The probe reached the windows of a day's work, not just the main window.
    for expected in ("Main window", "Columns page", "ReportDialog", "ImportWizard", "PrioritiesDialog", "Set status"):
        assert any(expected in name for name in names), (expected, names)
    too_big = [
        w
        for w in found["windows"]
        if w["min"][0] > room_w or w["min"][1] > room_h or w["size"][0] > room_w or w["size"][1] > room_h
    ]
    assert too_big == []


def too_big_for(found: dict) -> list[dict]:
    room_w, room_h = found["screen"][0] - FRAME[0], found["screen"][1] - FRAME[1]
    return [
        w
        for w in found["windows"]
        if w["min"][0] > room_w or w["min"][1] > room_h or w["size"][0] > room_w or w["size"][1] > room_h
    ]


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1280, 720, 1.0), (1280, 720, 1.5), (1920, 1080, 1.5), (1366, 768, 1.5), (1366, 768, 2.0)],
    ids=["1280x720 at 100%", "1280x720 at 150%", "1920x1080 at 150%", "1366x768 at 150%", "1366x768 at 200%"],
)
def test_windows_filled_with_a_real_plans_content_still_fit(tmp_path, width, height, scale):
    """Long lead names, a 60-row import, a return of many rows and a long narrative widen nothing,
    and cut nothing from the status bar's count and save state or a return's line."""
    found = probe(tmp_path, width, height, scale, "fit_probe_filled.py")
    names = [w["name"] for w in found["windows"]]
    for expected in ("Main window", "Leads", "Request updates", "Import returns", "Report", "Rows page", "Review page"):
        assert any(expected in name for name in names), (expected, names)
    assert too_big_for(found) == []
    assert found["status_cut"] == []  # the count and save state are whole in the status bar
    assert found["returns_cut"] == []  # each return's line, its verdict included, is seen whole
    assert found["rows_seen"] >= 4  # the actions table keeps several rows (2 at 200% before)
    # No name takes more than about a quarter of the tree (an objective took nine lines at 200%).
    assert found["tree_tallest"] <= 0.3
    # The returns' changes show two rows of long text at once (one was taller than the table at
    # 200%), and "From" is wide enough to read a row number and the start of a name (4 letters before).
    assert found["changes_fit"]["rows_seen"] >= 2
    assert found["changes_fit"]["from_chars"] >= 12
