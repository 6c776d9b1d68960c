"""Time building, scrolling and zooming the timeline at 500 and 5,000 actions.

Run by hand: `python bench/bench_timeline.py [counts...]`; record the figures in bench/README.md.
Rendering is offscreen (no window manager), into a 1400 x 800 viewport.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_table_rows import big_draft  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.timeline.rows import GroupBy, load_timeline  # noqa: E402
from ui.timeline.canvas import TimelineCanvas  # noqa: E402

TODAY = date(2022, 6, 1)


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def paint(canvas: TimelineCanvas) -> None:
    canvas.viewport().grab()  # renders what is visible, synchronously


def run(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(folder, user="bench")
        plan_uuid = ctx.commands.execute(CreatePlan(big_draft(count))).inverse.uuid
        data = {}
        gc.freeze()  # as the window does once its plan is shown (ui/window/application.py)

        def build_rows() -> None:
            data["t"] = load_timeline(ctx.db, plan_uuid, GroupBy.LEAD, TODAY)

        build = min(timed(build_rows) for _ in range(3))
        canvas = TimelineCanvas()
        canvas.resize(1400, 800)
        canvas.show()
        layout = timed(lambda: canvas.set_data(data["t"]))
        first_paint = timed(lambda: paint(canvas))
        bar = canvas.verticalScrollBar()
        steps = [round(bar.maximum() * n / 20) for n in range(21)]
        scroll = [timed(lambda v=v: (bar.setValue(v), paint(canvas))) for v in steps]
        zoom = [timed(lambda: (canvas.zoom_in(), paint(canvas))) for _ in range(8)]
        zoom += [timed(lambda: (canvas.zoom_out(), paint(canvas))) for _ in range(8)]
        regroup = timed(
            lambda: (canvas.set_data(load_timeline(ctx.db, plan_uuid, GroupBy.STATUS, TODAY)), paint(canvas))
        )
        ctx.close()
    print(f"actions: {count} (chart {canvas.layout_.width:.0f} x {canvas.layout_.height:.0f} px at whole-plan zoom)")
    print(f"  build timeline rows (db read + placement): {build:.0f} ms")
    print(f"  lay out lanes and rows: {layout:.0f} ms; first paint: {first_paint:.1f} ms")
    print(f"  scroll + paint, 21 steps top to bottom: median {sorted(scroll)[10]:.1f} ms, worst {max(scroll):.1f} ms")
    print(f"  zoom step (relayout + paint), 16 steps: median {sorted(zoom)[8]:.1f} ms, worst {max(zoom):.1f} ms")
    print(f"  regroup by status (read + layout + paint): {regroup:.0f} ms")


def main() -> None:
    QApplication.instance() or QApplication([])
    for count in [int(arg) for arg in sys.argv[1:]] or [500, 5000]:
        run(count)


if __name__ == "__main__":
    main()
