"""Re-create the README screenshots: `python docs/screenshots/take_screenshots.py [out_dir]`.

Uses a throw-away data folder and settings, the demo plan, and a fixed "today" so the
overdue flags match the plan's own period.
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


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    scratch = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication([])
    from app.context import AppContext
    from ui.window.main_window import MainWindow

    ctx = AppContext.open(scratch / "data", user="Secretariat Officer")
    window = MainWindow(ctx, today=lambda: date(2022, 6, 1))
    window.resize(1400, 850)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(out / "getting-started.png"))
    window.open_demo_plan()
    window.select_actions([window.model.rows[7].uuid])
    app.processEvents()
    window.grab().save(str(out / "main-window.png"))
    bar = window.filter_bar
    bar.status.setCurrentIndex(bar.status.findText("Red or amber"))
    bar.due.setCurrentIndex(bar.due.findText("Overdue"))
    window.select_actions(window.visible_action_uuids()[:1])
    app.processEvents()
    window.grab().save(str(out / "filtered.png"))
    if os.environ.get("SCREENSHOT_DARK"):
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        dark = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#eeeeee"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#262626"),
            (QPalette.ColorRole.Text, "#eeeeee"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#eeeeee"),
            (QPalette.ColorRole.Highlight, "#2f65ca"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#9e9e9e"),  # as dark desktop themes set it
        ):
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
        app.processEvents()
        window.grab().save(str(out / "dark-palette.png"))
    ctx.close()


if __name__ == "__main__":
    main()
