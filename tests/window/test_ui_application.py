"""Starting the app: the window is on screen before its data is open, then opens on the data folder;
errors go to the log; a bad folder or a damaged database is explained."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.storage.paths import DATABASE_FILENAME
from ui.common import prompts
from ui.window import errors
from ui.window.application import run_gui
from ui.window.loading_page import LoadingPage
from ui.window.main_window import MainWindow


def _run_events_until(done: Callable[[], bool], seconds: float = 20) -> None:
    """What the event loop would do meanwhile: the data opens on the thread pool, reports on this one."""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, "start-up never finished opening the data"
        QApplication.processEvents()
        time.sleep(0.005)


def _shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def logging_kept_apart(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(errors.log, "handlers", [])


def test_run_gui_opens_the_window_and_logs_to_the_data_folder(qapp, tmp_path, monkeypatch, logging_kept_apart):
    seen = []
    on_screen_before_its_data = []

    def instead_of_the_event_loop() -> int:
        seen.extend(_shown_windows())
        on_screen_before_its_data.extend(
            w.ctx is None and isinstance(w.centralWidget(), LoadingPage) and not w.menuBar().actions() for w in seen
        )
        _run_events_until(lambda: not seen[0].opening)
        _run_events_until(gc.isenabled)  # off while starting, back on once the plan is shown
        return 0

    # A real nested exec() here leaves later tests' cell editors unable to commit on Enter.
    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(tmp_path / "data")) == 0
    assert gc.isenabled()
    assert on_screen_before_its_data == [True]
    assert seen[0].plan_uuid is None  # a new data folder starts on the getting-started page
    assert seen[0].centre.currentWidget() is seen[0].empty_page
    assert seen[0].actions["new_plan"].isEnabled()
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


def test_a_damaged_database_at_start_up_is_explained_and_the_window_closes(
    qapp, tmp_path, monkeypatch, logging_kept_apart
):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda _parent, title, text, details=None: shown.append((title, text)))
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_FILENAME).write_bytes(b"garbage" * 1000)
    windows = []

    def instead_of_the_event_loop() -> int:
        windows.extend(_shown_windows())
        _run_events_until(lambda: bool(shown))
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(data)) == 1
    assert gc.isenabled()
    assert [title for title, _text in shown] == ["The database is damaged"]
    assert "no good backup" in shown[0][1]
    assert windows and not windows[0].isVisible()
    assert (data / DATABASE_FILENAME).read_bytes() == b"garbage" * 1000


def test_a_window_closed_while_its_data_opens_closes_the_database(qapp, tmp_path, monkeypatch, logging_kept_apart):
    closed, opened = [], []
    real_close, real_open = AppContext.close, AppContext.open
    monkeypatch.setattr(AppContext, "close", lambda ctx: closed.append(ctx) or real_close(ctx))
    monkeypatch.setattr(AppContext, "open", lambda *args, **kwargs: opened.append(1) or real_open(*args, **kwargs))

    def instead_of_the_event_loop() -> int:
        _run_events_until(lambda: bool(opened))  # the data is opening, off the UI thread
        for window in _shown_windows():
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(tmp_path / "data")) == 0
    assert len(closed) == 1
    QApplication.processEvents()  # the late "opened" report finds no window to build


def test_a_window_the_desktop_does_not_show_yet_still_opens_its_data(qapp, tmp_path, monkeypatch, logging_kept_apart):
    from PySide6.QtGui import QWindow

    monkeypatch.setattr(QWindow, "isExposed", lambda _window: False)  # on another workspace, say
    seen = []

    def instead_of_the_event_loop() -> int:
        seen.extend(_shown_windows())
        _run_events_until(lambda: not seen[0].opening)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(tmp_path / "data")) == 0
    assert seen[0].ctx is not None and seen[0].centre.currentWidget() is seen[0].empty_page
    for window in seen:
        window.close()
        window.deleteLater()


def test_a_window_closed_with_its_first_read_on_screen_ends_cleanly(
    qapp, tmp_path, _template_databases, monkeypatch, logging_kept_apart
):
    import shutil

    from app.storage.instance_lock import InstanceLock
    from app.storage.paths import AppPaths

    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(_template_databases["demo"], paths.database)
    before = paths.database.read_bytes()
    closed, opened = [], []
    real_close, real_open = AppContext.close, AppContext.open
    monkeypatch.setattr(AppContext, "close", lambda ctx: closed.append(ctx) or real_close(ctx))
    monkeypatch.setattr(AppContext, "open", lambda *args, **kwargs: opened.append(1) or real_open(*args, **kwargs))
    shown_rows = []

    def instead_of_the_event_loop() -> int:
        windows = _shown_windows()
        _run_events_until(lambda: windows[0].rows_shown)
        shown_rows.append(windows[0].ctx is None and windows[0].model.rowCount() > 0)
        windows[0].close()  # the rows on screen, the data still to open (or opening)
        windows[0].deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(instead_of_the_event_loop))
    assert run_gui(str(paths.data_dir)) == 0
    QApplication.processEvents()  # the late reports find no window to build on
    assert shown_rows == [True]
    assert len(closed) == len(opened) <= 1
    assert not InstanceLock(paths).owner_file.exists()  # the lock released
    assert paths.database.read_bytes() == before
    log_file = paths.logs / errors.LOG_NAME
    for handler in errors.log.handlers:
        handler.close()
    assert "Traceback" not in log_file.read_text(encoding="utf-8")
