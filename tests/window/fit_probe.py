"""Opens every window and dialog a menu reaches and prints their sizes as JSON (run as a script).

Run in a fresh process per screen (test_fits_small_screens.py does), because the screen's size
and QT_SCALE_FACTOR are fixed when Qt starts:

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/window/fit_probe.py [SHOTS_DIR]

With SHOTS_DIR, each window is also saved there as a PNG, to look at.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget, QWizard

# Actions that change the plan rather than open a window, or end the program.
SKIPPED = {"add_action", "duplicate", "undo", "redo", "quit", "open_demo"}


def measure(name: str, widget: QWidget, shots: Path | None) -> dict:
    QApplication.processEvents()
    hint, size = widget.minimumSizeHint(), widget.size()
    minimum = widget.minimumSize()
    if shots is not None:
        widget.grab().save(str(shots / f"{re.sub(r'[^A-Za-z0-9]+', '_', name).strip('_')}.png"))
    return {
        "name": name,
        "min": [max(hint.width(), minimum.width()), max(hint.height(), minimum.height())],
        "size": [size.width(), size.height()],
    }


def open_dialogs(window, shots: Path | None) -> list[dict]:
    found: list[dict] = []
    keys = {action: key for key, action in window.actions.items()}

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {action.text().replace('&', '')}")
                continue
            if action.isSeparator() or not action.isEnabled() or keys.get(action) in SKIPPED:
                continue
            label = f"{path} > {action.text().replace('&', '')}"
            before = set(QApplication.topLevelWidgets())
            poll = QTimer()
            poll.setInterval(5)

            def close_new(label=label, before=before, poll=poll) -> None:
                for widget in QApplication.topLevelWidgets():
                    if widget not in before and isinstance(widget, QDialog) and widget.isVisible():
                        poll.stop()
                        found.append(measure(f"{label} ({type(widget).__name__})", widget, shots))
                        widget.reject()
                        return

            poll.timeout.connect(close_new)
            poll.start()
            action.trigger()
            QApplication.processEvents()
            if poll.isActive():  # a dialog that is shown rather than run modally
                close_new()
            poll.stop()

    for key, menu in window.menus.items():
        walk(menu, key)
    return found


def wizard_columns_page(window, folder: Path, shots: Path | None) -> dict:
    """The import wizard on its Columns page with a real Word plan, where it used to widen itself."""
    from sample_plans import bcp_docx

    from ui.importing.wizard import ImportWizard

    window.actions["import_plan"].trigger()
    wizard = window.findChild(ImportWizard)
    wizard.file_page.path_edit.setText(str(bcp_docx(folder / "bcp.docx")))
    wizard.button(QWizard.WizardButton.NextButton).click()
    for _ in range(500):
        QApplication.processEvents()
        if wizard.currentPage() is wizard.tables_page:
            break
        time.sleep(0.01)
    wizard.button(QWizard.WizardButton.NextButton).click()
    result = measure("Import plan wizard, Columns page", wizard, shots)
    wizard.reject()
    return result


def main() -> None:
    shots = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    from app.context import AppContext
    from app.plans.demo import ensure_demo_plan
    from ui.common import prompts
    from ui.window.main_window import MainWindow

    for name in ("open_path", "save_path", "open_folder"):
        setattr(prompts, name, lambda *args, **kwargs: None)
    prompts.open_paths = lambda *args, **kwargs: []
    ctx = AppContext.open(folder / "data", user="probe")
    ensure_demo_plan(ctx)
    window = MainWindow(ctx)
    window.show()
    QApplication.processEvents()  # the panes are sized once the first layout pass has run
    screen = app.primaryScreen().availableGeometry()
    windows = [measure("Main window", window, shots)]
    window.table.selectRow(0)  # so the Edit menu's dialogs (set status, move…) open too
    windows.append(wizard_columns_page(window, folder, shots))
    windows.extend(open_dialogs(window, shots))
    print(json.dumps({"screen": [screen.width(), screen.height()], "windows": windows}))
    sys.stdout.flush()
    window.close()
    ctx.close()
    # Tearing down Qt after a run of nested dialogs can crash on the way out; the results are printed.
    os._exit(0)


if __name__ == "__main__":
    main()
