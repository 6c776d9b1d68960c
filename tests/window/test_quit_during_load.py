"""File ▸ Quit and Ctrl+Q work while start-up is still opening the data, through ``run_gui``: the
window closes, whatever opened is closed, the instance lock is released and the database is
untouched; quitting before the data began to open never opens it."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.storage.instance_lock import InstanceLock
from app.storage.paths import AppPaths
from tests.window.test_ui_application import _run_events_until, _shown_windows, logging_kept_apart  # noqa: F401 - the fixture, used by name
from ui.window import errors
from ui.window.application import run_gui


def _demo_folder(tmp_path, template) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(template, paths.database)
    return paths


def _ended_cleanly(paths: AppPaths, before: bytes) -> None:
    assert not InstanceLock(paths).owner_file.exists()  # the lock released
    assert paths.database.read_bytes() == before
    for handler in errors.log.handlers:
        handler.close()
    assert "Traceback" not in (paths.logs / errors.LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.usefixtures("logging_kept_apart")
def test_ctrl_q_on_the_opening_window_quits_without_opening_the_data(qtbot, tmp_path, _template_databases, monkeypatch):
    from app.queries import first_read

    paths = _demo_folder(tmp_path, _template_databases["demo"])
    before = paths.database.read_bytes()
    opened: list[int] = []
    real_open, real_read = AppContext.open, first_read.read_first_plan
    monkeypatch.setattr(AppContext, "open", lambda *args, **kwargs: opened.append(1) or real_open(*args, **kwargs))
    reading, gate = threading.Event(), threading.Event()

    def held_read(*args, **kwargs):
        reading.set()
        assert gate.wait(30), "the test never let the first read end"
        return real_read(*args, **kwargs)

    monkeypatch.setattr(first_read, "read_first_plan", held_read)
    seen = []

    def instead_of_the_event_loop() -> int:
        window = _shown_windows()[0]
        seen.append(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        _run_events_until(reading.is_set)  # the plan being read: the shell on screen, no rows, no menus
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        _run_events_until(lambda: not window.isVisible())  # the real loop ends with its last window
        gate.set()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(paths.data_dir)) == 0
    QApplication.processEvents()  # the first read's late report finds the window closed
    assert seen and not seen[0].isVisible()
    assert opened == []  # closed before its data began to open: SQLAlchemy never loaded for it
    _ended_cleanly(paths, before)


@pytest.mark.usefixtures("logging_kept_apart")
def test_file_quit_while_the_data_opens_behind_the_rows_closes_it_and_the_lock(
    qtbot, tmp_path, _template_databases, monkeypatch
):
    paths = _demo_folder(tmp_path, _template_databases["demo"])
    before = paths.database.read_bytes()
    opening, gate = threading.Event(), threading.Event()
    closed: list[AppContext] = []
    real_open, real_close = AppContext.open, AppContext.close

    def held_open(*args, **kwargs) -> AppContext:
        opening.set()
        assert gate.wait(30), "the test never let the data open"
        return real_open(*args, **kwargs)

    monkeypatch.setattr(AppContext, "open", held_open)
    monkeypatch.setattr(AppContext, "close", lambda ctx: closed.append(ctx) or real_close(ctx))
    states = []

    def instead_of_the_event_loop() -> int:
        window = _shown_windows()[0]
        _run_events_until(opening.is_set)  # the rows on screen, the data opening behind them
        file_menu, quit_action = window.menus["file"], window.actions["quit"]
        states.append(
            (window.rows_shown, window.ctx, file_menu.menuAction().isEnabled(), quit_action in file_menu.actions())
        )
        states.append((quit_action.isEnabled(), window.menus["edit"].menuAction().isEnabled()))
        quit_action.trigger()
        _run_events_until(lambda: not window.isVisible())
        gate.set()  # run_gui waits for the opening to end, then closes what it opened
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(paths.data_dir)) == 0
    QApplication.processEvents()  # the late "opened" report finds no window to attach to
    # The menus are live over the rows (their commands would wait for the data): Edit too, not greyed.
    assert states == [(True, None, True, True), (True, True)]
    assert len(closed) == 1
    _ended_cleanly(paths, before)
