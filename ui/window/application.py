"""Starting the Qt application: the window on screen first, its data opened behind it."""

from __future__ import annotations

import atexit
import gc
import sys
import time

GC_OFF_AT_MOST_MS = 30_000


def run_gui(data_dir: str | None, exit_when_shown: bool = False, database_url: str | None = None) -> int:
    """Open the window on the data folder and run the event loop; with ``exit_when_shown``, quit with 0
    as soon as the window is fully interactive: on screen, its plan shown, the data open with the
    menus and features installed, and the events its opening posted handled.

    The window shows first, as a shell importing only Qt; then the plan's rows, read over plain
    ``sqlite3`` when the data folder's file allows it; the database code, the command path and the
    data itself load on the thread pool meanwhile (``ui.window.data_opening``). The log says when
    each came ("Window on screen after …, its rows shown after …, its menus live after …, fully
    interactive after …")."""
    started = time.perf_counter()
    # Start-up makes a few hundred thousand objects that live as long as the window (modules,
    # SQLAlchemy's mappers, Qt's wrappers, the plan's rows): the cyclic collector would walk them all
    # several times over before the plan is shown, a sixth or so of start-up. Back on once it is.
    gc.disable()
    # And when the process ends, after the data and the lock are closed: Python's last collection
    # would walk every object still alive (half a second on a 2-core laptop) for memory the system
    # takes back anyway; frozen, they are left to it.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    _skip_pyside_source_scan()
    from app.storage.paths import resolve_paths
    from ui.storage.team_url import remembered_team_url
    from ui.window.data_opening import DataOpening
    from ui.window.errors import install_excepthook, log, start_logging
    from ui.window.main_window import MainWindow
    from ui.window.settings import APPLICATION, ORGANISATION
    from ui.window.startup_checks import take_instance_lock

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APPLICATION)
    paths = resolve_paths(data_dir)
    lock = take_instance_lock(paths)
    if lock is None:
        gc.enable()
        return 1
    log_path = start_logging(paths.logs)
    install_excepthook(log_path)
    log.info("Started with data folder %s", paths.data_dir)
    window = MainWindow()
    window.show()
    gave_up: list[bool] = []

    def give_up() -> None:
        gave_up.append(True)
        window.close()
        app.quit()

    remembered = remembered_team_url() if database_url is None else None
    opening = DataOpening(window, paths, database_url, remembered, give_up)
    _log_when_shown(window, opening, started)
    # Should this window go before its plan is shown (replaced by a team database's, say), the
    # collector comes back on all the same.
    QTimer.singleShot(GC_OFF_AT_MOST_MS, gc.enable)
    if exit_when_shown:
        # A zero timer fires only once the queue holds nothing older: the first paint and the
        # deferred start-up work (dock sizing, the plan's first load) have all run by then.
        QTimer.singleShot(0, lambda: _quit_when_exposed(app, window))
    else:
        # First start: who is using it, asked once the window is built.
        opening.attached.append(lambda: QTimer.singleShot(0, lambda: _ask_profile_once(window)))
    try:
        code = app.exec()
        return 1 if gave_up else code
    finally:
        QThreadPool.globalInstance().waitForDone()  # the data still opening, or a plan being read
        if opening.ctx is not None:
            opening.ctx.close()
        lock.release()
        gc.enable()


def _ask_profile_once(window) -> None:
    from ui.window.profile_dialog import ask_once  # loaded with the features, off the UI thread

    ask_once(window)


def _skip_pyside_source_scan() -> None:
    """PySide6 reads the whole source of every module imported after it, looking for "PySide6", to
    know where its ``from __feature__ import`` switches may apply, and linecache keeps the lines:
    about 0.1 s and 10-20 MiB at start. Delivery Desk uses no such feature, so modules go unread
    (``tests/window/test_startup.py`` notices if a PySide6 release moves the hook)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "feature_imported"):
        feature.feature_imported = lambda _module: None


def _quit_when_exposed(app, window) -> None:
    from PySide6.QtCore import QTimer

    handle = window.windowHandle()
    if handle is not None and handle.isExposed() and not window.opening:
        app.processEvents()
        app.quit()
    else:
        QTimer.singleShot(10, window, lambda: _quit_when_exposed(app, window))


def _log_when_shown(window, opening, started: float) -> None:
    """How long the window took to come up, then its plan's rows (painted, from a first read), then
    its menus live (every feature's entry installed; what needs the data waits for it), then to be
    fully interactive (the data open behind them): the figures a slow laptop is judged by; then the
    cyclic garbage collector is turned back on."""
    from PySide6.QtCore import QTimer

    from ui.window.errors import log

    on_screen: list[float] = []
    rows: list[float] = []
    menus: list[float] = []

    def check() -> None:
        handle = window.windowHandle()
        now = time.perf_counter() - started
        if not on_screen and handle is not None and handle.isExposed():
            on_screen.append(now)
        painted = opening.rows_painted_at
        if on_screen and not rows and window.rows_shown and (opening.first_read is None or painted is not None):
            rows.append(now if painted is None else painted - started)
        installed = opening.commands_installed_at
        if rows and not menus and window.commands_installed:
            menus.append(now if installed is None else installed - started)
        if menus and not window.opening:
            log.info(
                "Window on screen after %.2f s, its rows shown after %.2f s, its menus live after %.2f s, "
                "fully interactive after %.2f s",
                on_screen[0],
                rows[0],
                menus[0],
                now,
            )
            # What start-up made lives as long as the window: frozen, a full collection walks only
            # what came after (10 ms, not the 80-200 ms that dropped a frame while zooming the timeline).
            gc.freeze()
            gc.enable()
        else:
            QTimer.singleShot(10, window, check)  # with the window as context: never called once it is gone

    QTimer.singleShot(0, window, check)
