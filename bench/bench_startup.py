"""Time starting the app until its window is shown, beside a bare PySide6 QMainWindow process, and their peak memory.

Run by hand: `python bench/bench_startup.py [actions ...] [--runs N]` (default 2000 10000, 7 runs);
record the figures in bench/README.md. Each figure is a whole process, from exec to exit, timed
here and measured by `/usr/bin/time -v` (apt package `time`) for its peak resident memory; the
app runs `python main.py --data-dir DIR --exit-when-shown` on a data folder holding one plan of
that many actions, offscreen, with throw-away settings. Runs alternate bare and app so a busy
spell on the shared machine lands on both.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIME_BINARY = "/usr/bin/time"

# The same steps the app's --exit-when-shown takes, on an empty window.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1400, 850)
window.show()
def quit_when_exposed():
    if window.windowHandle().isExposed():
        app.processEvents()
        app.quit()
    else:
        QTimer.singleShot(10, quit_when_exposed)
QTimer.singleShot(0, quit_when_exposed)
sys.exit(app.exec())
"""


def make_data_dir(folder: Path, actions: int) -> Path:
    """A data folder holding one benchmark plan, built in a child process so this one stays small."""
    data = folder / f"data-{actions}"
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from app.context import AppContext; from app.plans.builder import CreatePlan;"
        "from bench.bench_table_rows import big_draft;"
        "ctx = AppContext.open(sys.argv[2], user='bench'); ctx.commands.execute(CreatePlan(big_draft(int(sys.argv[3]))));"
        "ctx.close()"
    )
    subprocess.run([sys.executable, "-c", script, str(ROOT), str(data), str(actions)], check=True)
    return data


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from start to exit, and peak resident memory in MiB."""
    started = time.perf_counter()
    done = subprocess.run([TIME_BINARY, "-v", *argv], env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{argv} exited {done.returncode}:\n{done.stderr}")
    peak_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    return elapsed, peak_kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actions", nargs="*", type=int, default=[2000, 10_000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not Path(TIME_BINARY).exists():
        raise SystemExit(f"{TIME_BINARY} is missing: apt-get install time")
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "settings"))
    env.pop("DELIVERY_DESK_DATA_DIR", None)
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    print(f"runs: {args.runs} each (medians); load average at start {os.getloadavg()[0]:.1f}")
    for actions in args.actions:
        data = make_data_dir(folder, actions)
        app_argv = [sys.executable, "main.py", "--data-dir", str(data), "--exit-when-shown"]
        run_once(app_argv, env)  # the first open of the day takes the daily backup; later opens do not
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(run_once(bare_argv, env))
            app.append(run_once(app_argv, env))
        bare_s = statistics.median(t for t, _ in bare)
        app_s = statistics.median(t for t, _ in app)
        bare_mib = statistics.median(m for _, m in bare)
        app_mib = statistics.median(m for _, m in app)
        print(
            f"{actions:>6} actions: bare QMainWindow {bare_s:.2f} s, {bare_mib:.0f} MiB | "
            f"app to window shown {app_s:.2f} s ({app_s / bare_s:.1f}x), {app_mib:.0f} MiB "
            f"(+{app_mib - bare_mib:.0f} MiB) | app worst {max(t for t, _ in app):.2f} s"
        )


if __name__ == "__main__":
    main()
