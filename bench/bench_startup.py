"""Time starting the app to rows visible, menus live and fully interactive, beside a bare QMainWindow process.

Run by hand: `python bench/bench_startup.py [actions ...] [--runs N] [--before CHECKOUT]` (default
2000 10000, 7 runs); record the figures in bench/README.md. Each figure is a whole process, from exec
to exit, timed here and measured by `/usr/bin/time -v` (apt package `time`) for its peak resident
memory; the app runs `python main.py --data-dir DIR --exit-when-shown` on a data folder holding one
plan of that many actions, offscreen, with throw-away settings, and exits once it is fully
interactive (the data open, menus and features installed, the plan shown). "On screen" is when the
window's shell was exposed, "rows visible" when the plan's rows were drawn from start-up's first
read (before SQLAlchemy loads), "menus live" when the menus, toolbar, shortcuts and every feature's
entries were installed over them, enabled and triggerable (a command needing the data then waits for
it): each is the whole process less what the app's log says came after.
`--before` also runs another checkout's main.py (an export of an earlier commit, same schema) on the
same data; its log may have no "menus live" or "rows shown" (they came with the data, and count as
fully interactive). Runs alternate bare, before and app so a busy spell on the shared machine lands
on each.

Modules run from compiled bytecode, as an installed app's do (pip compiles them on install): the
bytecode goes to a throw-away folder (PYTHONPYCACHEPREFIX), written by a first run that is not
counted, even where the environment sets PYTHONDONTWRITEBYTECODE for the checkout.
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
from typing import NamedTuple

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
        "ctx = AppContext.open(sys.argv[2], user='bench');"
        "ctx.commands.execute(CreatePlan(big_draft(int(sys.argv[3]))));"
        "ctx.close()"
    )
    subprocess.run([sys.executable, "-c", script, str(ROOT), str(data), str(actions)], check=True)
    return data


# What the app logs once fully interactive. Older checkouts (``--before``) log less: before the menus
# were installed over the first read there is no "menus live" (they came with the data), and before
# the first read no "rows shown" either ("its plan shown": everything came at once).
SHOWN = re.compile(
    r"Window on screen after ([0-9.]+) s, (?:its rows shown after ([0-9.]+) s, )?"
    r"(?:its menus live after ([0-9.]+) s, )?(?:fully interactive|its plan shown) after ([0-9.]+) s"
)


class Run(NamedTuple):
    interactive: float  # the whole process: it exits once fully interactive
    mib: float
    on_screen: float
    rows: float
    menus: float  # the menus enabled and their actions triggerable (what needs the data waits for it)


def run_once(argv: list[str], env: dict[str, str], cwd: Path = ROOT, log: Path | None = None) -> Run:
    """Seconds from start to exit, peak resident memory in MiB, and seconds until the window was on
    screen, until its rows were visible and until its menus were live (the whole run, unless ``log``
    says what came after)."""
    started = time.perf_counter()
    done = subprocess.run([TIME_BINARY, "-v", *argv], env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{argv} exited {done.returncode}:\n{done.stderr}")
    peak_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    on_screen = rows = menus = elapsed
    if log is not None and log.exists():
        found = SHOWN.findall(log.read_text(encoding="utf-8"))
        if found:
            window, shown, live, interactive = found[-1]
            # Each figure is the whole process less what the log says came after it.
            after = float(interactive)
            on_screen = elapsed - (after - float(window))
            rows = elapsed - (after - float(shown or interactive))
            menus = elapsed - (after - float(live or interactive))
        log.unlink()
    return Run(elapsed, peak_kib / 1024, on_screen, rows, menus)


def _summary(name: str, runs: list[Run], bare_s: float, bare_mib: float) -> str:
    def median(figure: str) -> float:
        return statistics.median(getattr(run, figure) for run in runs)

    on_screen, rows, menus = median("on_screen"), median("rows"), median("menus")
    interactive, mib = median("interactive"), median("mib")
    return (
        f"  {name}: on screen {on_screen:.2f} s ({on_screen / bare_s:.1f}x), rows visible {rows:.2f} s "
        f"({rows / bare_s:.1f}x), menus live {menus:.2f} s ({menus / bare_s:.1f}x), fully interactive "
        f"{interactive:.2f} s ({interactive / bare_s:.1f}x), {mib:.0f} MiB (+{mib - bare_mib:.0f} MiB), "
        f"worst rows {max(r.rows for r in runs):.2f} s, worst menus {max(r.menus for r in runs):.2f} s, "
        f"worst interactive {max(r.interactive for r in runs):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actions", nargs="*", type=int, default=[2000, 10_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, help="another checkout to run beside this one (same schema)")
    args = parser.parse_args()
    if not Path(TIME_BINARY).exists():
        raise SystemExit(f"{TIME_BINARY} is missing: apt-get install time")
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "settings"))
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    for name in ("DELIVERY_DESK_DATA_DIR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    bare_argv = [sys.executable, "-c", BARE_WINDOW]
    print(f"runs: {args.runs} each (medians); load average at start {os.getloadavg()[0]:.1f}")
    for actions in args.actions:
        data = make_data_dir(folder, actions)
        log = data / "logs" / "delivery-desk.log"
        app_argv = [sys.executable, "main.py", "--data-dir", str(data), "--exit-when-shown"]
        checkouts = {"app": ROOT} | ({"before": args.before.resolve()} if args.before else {})
        # Not counted: the first open of the day takes the daily backup, and bytecode is written.
        run_once(bare_argv, env)
        for root in checkouts.values():
            run_once(app_argv, env, root, log)
        bare: list[Run] = []
        runs: dict[str, list[Run]] = {name: [] for name in checkouts}
        for _ in range(args.runs):
            bare.append(run_once(bare_argv, env))
            for name, root in checkouts.items():
                runs[name].append(run_once(app_argv, env, root, log))
        bare_s = statistics.median(run.interactive for run in bare)
        bare_mib = statistics.median(run.mib for run in bare)
        load = os.getloadavg()[0]
        print(f"{actions:>6} actions: bare QMainWindow {bare_s:.2f} s, {bare_mib:.0f} MiB (load {load:.1f})")
        for name in sorted(runs):
            print(_summary(name, runs[name], bare_s, bare_mib))


if __name__ == "__main__":
    main()
