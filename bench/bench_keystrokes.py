"""Time every keystroke in the search box and every filter change on a 10,000-action plan, in-process.

Run by hand: `python bench/bench_keystrokes.py [actions] [--repeat N]` (default 10,000 actions);
record the figures in bench/README.md. Offscreen, 1400x850, throw-away data and settings folders.
Each figure is from the widget change (a key event sent to the search box, a combo box index
set, a check box toggled) until the events it posted have been processed, so it covers the
filter, the table's relayout and the repaint of what is visible. The baseline, from the same
run, is the same keystrokes typed into a bare QLineEdit in an otherwise empty window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402

TYPED = ["training", "activity 42", "zzz"]  # many matches narrowing; a few; none


def timed(action) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - started) * 1000


def type_and_erase(line: QLineEdit, text: str) -> list[float]:
    """One figure per key: each character typed, then each backspace back to empty."""
    figures = [timed(lambda c=c: QTest.keyClick(line, c)) for c in text]
    figures += [timed(lambda: QTest.keyClick(line, Qt.Key.Key_Backspace)) for _ in text]
    return figures


def describe(name: str, figures: list[float]) -> str:
    middle, worst = statistics.median(figures), max(figures)
    return f"{name:<34} median {middle:6.1f} ms, worst {worst:6.1f} ms ({len(figures)} changes)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actions", nargs="?", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-keys-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = QApplication([])  # noqa: F841 - kept alive for the whole run
    from ui.window.main_window import MainWindow

    bare = QMainWindow()
    bare_line = QLineEdit(bare)
    bare.setCentralWidget(bare_line)
    bare.resize(1400, 850)
    bare.show()
    QApplication.processEvents()

    ctx = AppContext.open(folder / "data", user="bench")
    ctx.commands.execute(CreatePlan(big_draft(args.actions)))
    window = MainWindow(ctx)
    window.resize(1400, 850)
    window.show()
    QApplication.processEvents()
    bar = window.filter_bar

    baseline, typing, choices = [], [], []
    for _ in range(args.repeat):
        for text in TYPED:
            baseline += type_and_erase(bare_line, text)
            typing += type_and_erase(bar.search, text)
        for combo in (bar.lead, bar.priority, bar.status, bar.due):
            for position in (1, 2, 0):
                choices.append(timed(lambda c=combo, p=position: c.setCurrentIndex(p)))
        choices.append(timed(lambda: bar.changed.setChecked(True)))
        choices.append(timed(lambda: bar.changed.setChecked(False)))
        bar.search.setText("training")
        QApplication.processEvents()
        choices.append(timed(bar.clear))
    shown = window.proxy.rowCount()
    window.close()
    ctx.close()
    print(f"actions: {args.actions}, {shown} shown at the end; load average {os.getloadavg()[0]:.1f}")
    print(describe("bare QLineEdit keystroke", baseline))
    print(describe("search box keystroke", typing))
    print(describe("filter change (combos, date, clear)", choices))
    print(describe("all changes", typing + choices))


if __name__ == "__main__":
    main()
