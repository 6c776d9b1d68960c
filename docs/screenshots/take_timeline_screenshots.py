"""Re-create the timeline screenshots: `python docs/screenshots/take_timeline_screenshots.py [out_dir]`.

The demo plan in the main window's Timeline tab, by lead, priority and status, at the whole-plan
zoom and zoomed in to weeks, with "today" fixed inside the plan period.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TODAY = date(2022, 2, 14)
ZOOMED_FROM = date(2021, 11, 1)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    scratch = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication([])
    from app.context import AppContext
    from app.plans.demo import ensure_demo_plan
    from app.timeline.rows import GroupBy
    from ui.timeline.install import show_timeline
    from ui.window.main_window import MainWindow

    ctx = AppContext.open(scratch / "data", user="Secretariat Officer")
    ensure_demo_plan(ctx)
    window = MainWindow(ctx, today=lambda: TODAY)
    window.resize(1600, 950)
    window.show()
    panel = show_timeline(window)
    canvas = panel.canvas

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    def zoom_in_on_winter() -> None:
        canvas.set_zoom(canvas.fit_per_day() * 1.5**4)
        canvas.horizontalScrollBar().setValue(round(canvas.layout_.scale.x(ZOOMED_FROM)))

    for group_by in (GroupBy.LEAD, GroupBy.PRIORITY):
        panel.set_group_by(group_by)
        canvas.zoom_to_fit()
        shot(f"timeline-{group_by.value}")
        zoom_in_on_winter()
        shot(f"timeline-{group_by.value}-zoomed")
    panel.set_group_by(GroupBy.STATUS)
    canvas.zoom_to_fit()
    window.select_actions([panel.data.lanes[-1].bars[1].uuid])  # a TBC action, selected from the table side
    shot("timeline-status-unscheduled")
    ctx.close()


if __name__ == "__main__":
    main()
