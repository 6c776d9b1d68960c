"""Starting the app: the window opens on the data folder, errors go to the log, a bad folder is explained."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.common import prompts
from ui.window import errors
from ui.window.application import run_gui
from ui.window.main_window import MainWindow


def test_run_gui_opens_the_window_and_logs_to_the_data_folder(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(errors.log, "handlers", [])
    seen = []

    def instead_of_the_event_loop() -> int:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    # A real nested exec() here leaves later tests' cell editors unable to commit on Enter.
    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(tmp_path / "data")) == 0
    assert seen and seen[0].plan_uuid is None  # a new data folder starts on the getting-started page
    for window in seen:
        window.close()
        window.deleteLater()
    assert sys.excepthook is not sys.__excepthook__
    log_file = tmp_path / "data" / "logs" / errors.LOG_NAME
    for handler in errors.log.handlers:
        handler.close()
    assert "Started with data folder" in log_file.read_text(encoding="utf-8")


def test_a_data_folder_that_cannot_be_opened_is_explained(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda _parent, title, text, details=None: shown.append(title))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assert run_gui(str(blocker)) == 1
    assert shown == ["Delivery Desk cannot open its data"]
