"""Time opening the main window on a 10,000-action plan and filtering it, beside an empty QMainWindow.

Run by hand: `python bench/bench_window.py [actions]`; record the figures in bench/README.md.
Uses the offscreen platform and throw-away data and settings folders.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.queries.filters import ActionFilter  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402


def timed(action) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = QApplication([])
    from ui.window.main_window import MainWindow

    def empty_window() -> None:
        window = QMainWindow()
        window.resize(1400, 850)
        window.show()
        window.close()

    bare = min(timed(empty_window) for _ in range(5))
    ctx = AppContext.open(folder / "data", user="bench")
    ctx.commands.execute(CreatePlan(big_draft(count)))
    windows: list[MainWindow] = []

    def open_window() -> None:
        window = MainWindow(ctx)
        window.resize(1400, 850)
        window.show()
        windows.append(window)

    opening = [timed(open_window) for _ in range(3)]
    window = windows[-1]
    bar = window.filter_bar
    typing = []
    for text in ("training", "activity number 42", "zzz-no-match", ""):
        typing.append(timed(lambda t=text: bar.search.setText(t)))
    status_only = timed(lambda: window.proxy.set_filter(ActionFilter(statuses=frozenset({"Off track"}))))
    shown = window.proxy.rowCount()
    for w in windows:
        w.close()
    ctx.close()
    app.quit()
    print(f"actions: {count}")
    print(f"empty QMainWindow create+show: {bare * 1000:.1f} ms (best of 5)")
    print(f"main window open with plan: best {min(opening) * 1000:.0f} ms, worst {max(opening) * 1000:.0f} ms (3 runs)")
    print(
        "text filter keystroke (training / 'activity number 42' / no match / cleared): "
        + ", ".join(f"{t * 1000:.0f} ms" for t in typing)
    )
    print(f"status filter: {status_only * 1000:.0f} ms, {shown} rows shown")


if __name__ == "__main__":
    main()
