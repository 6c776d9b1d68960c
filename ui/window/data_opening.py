"""Start-up's slow part, off the UI thread while the window's shell is on screen.

1. The first read: the plan the window opens on, read over plain ``sqlite3`` without loading
   SQLAlchemy (``app.queries.first_read``), with the modules that show it; on screen as soon as it
   is read (``MainWindow.show_first_read``). Only for the data folder's own file at the current
   schema: otherwise (a team database, a migration due, a damaged file…) there is none, and step 2
   reads the plan as it always has. Once its rows are painted, the menus, the command path's entry
   points and the features are installed on them (``MainWindow.install_commands``), their modules
   loaded off the UI thread and loading no database code.
2. Loading the database code, the command path and the features, then opening the data (a
   migration with its backup, a team database's connection); the window is attached to it
   (``MainWindow.attach``): the data behind the menus, edits and features from then on. An edit or a
   command chosen before then waits for this step (``wait``), so nothing typed or chosen is lost.

A failure is met on the UI thread by ``ui.window.startup_checks``, with the same dialogs as ever
(the latest good backup offered over a damaged file, the laptop's copy when the team database is
out of reach); when there is nothing to open the window closes and start-up gives up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ui.common.background import run_in_background
from ui.window.errors import log
from ui.window.settings import recent_plan_uuids
from ui.window.startup_checks import CANNOT_OPEN, open_context, open_remembered_team

if TYPE_CHECKING:
    from app.context import AppContext
    from app.queries.first_read import FirstRead
    from app.queries.saved_filters import SavedFilters
    from app.storage.paths import AppPaths
    from ui.window.main_window import MainWindow

# Opens the data: (data folder, database URL or None) -> context. Tests pass one they hold back.
OpenData = Callable[[Path, "str | None"], "AppContext"]

POLL_MS = 5
MAX_WAIT_FOR_SCREEN_MS = 250


def _import_commands() -> None:
    """What ``MainWindow.install_commands`` and ``attach`` import, loaded off the UI thread; none of it
    loads SQLAlchemy (``tests/window/test_startup.py``)."""
    import ui.editing.action_operations  # noqa: F401
    import ui.window.change_signal  # noqa: F401
    import ui.window.features  # noqa: F401
    import ui.window.menus  # noqa: F401


def _open_context(data_dir: Path, database_url: str | None) -> AppContext:
    from app.context import AppContext

    return AppContext.open(data_dir, database_url=database_url)


class DataOpening:
    """Opens the data for ``window`` and attaches it; ``gave_up`` runs when there is none to open."""

    def __init__(
        self,
        window: MainWindow,
        paths: AppPaths,
        database_url: str | None,
        remembered_team: str | None,
        gave_up: Callable[[], None],
        open_data: OpenData = _open_context,
    ) -> None:
        self.window = window
        self.paths = paths
        self.database_url = database_url
        self.remembered_team = remembered_team
        self.gave_up = gave_up
        self.open_data = open_data
        # Set as soon as the data is open, on whichever thread opened it, so whoever ends start-up
        # closes it even when the window was closed before it could be attached.
        self.ctx: AppContext | None = None
        self.attached: list[Callable[[], None]] = []
        self.first_read: FirstRead | None = None
        self.saved_filters: SavedFilters | None = None  # the first read's plan's, read with the data
        self.rows_painted_at: float | None = None  # perf_counter when the first read's rows were painted
        self.commands_installed_at: float | None = None  # ... and the menus and features installed on them
        self._waited_ms = 0
        self._opening_started = False
        # Step 2's outcome, to run once on the UI thread: when its signal arrives, or sooner for an
        # edit that waits for it.
        self._finish: Callable[[], None] | None = None
        self._opened_event = threading.Event()
        window.set_data_waiter(self.wait)
        self._when_on_screen()

    def _when_on_screen(self) -> None:
        """Start once the window is on screen: started any sooner, the imports would hold Python's lock
        while the first paint waits for it at every widget drawn in Python. A window the desktop does
        not show yet (on another workspace, say) waits a quarter of a second at most."""
        handle = self.window.windowHandle()
        if (handle is not None and handle.isExposed()) or self._waited_ms >= MAX_WAIT_FOR_SCREEN_MS:
            if self.remembered_team:
                self._start_opening()  # the team database's plan: only the ordinary open reads it
            else:
                recent, today = recent_plan_uuids(), self.window.today()
                run_in_background(lambda: self._read_first(recent, today), self._first_read_done, self._no_first_read)
        else:
            self._waited_ms += POLL_MS
            QTimer.singleShot(POLL_MS, self.window, self._when_on_screen)  # never called once the window is gone

    # --- 1. the first read ---------------------------------------------------------------------
    def _read_first(self, recent: list[str], today) -> FirstRead | None:
        import ui.window.workspace_build  # noqa: F401 - the view's modules, so the UI thread never waits for them
        from app.queries.first_read import read_first_plan

        return read_first_plan(self.paths, self.database_url, recent, today)

    def _first_read_done(self, first: FirstRead | None) -> None:
        if first is not None and isValid(self.window) and self.window.isVisible() and self.window.ctx is None:
            self.first_read = first
            self.window.show_first_read(first.view)
            # Behind what showing the rows posted (the panes' first sizing among it), not a frame later.
            QTimer.singleShot(0, self.window, self._paint_then_open)
        else:
            self._start_opening()

    def _paint_then_open(self) -> None:
        """Paint the rows now, then start step 2. Left to the event loop, the paint waits for the
        platform's next frame (about 16 ms) and step 2's imports, started meanwhile, hold Python's lock
        while the paint asks for it at every cell it draws."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the widgets at their places first
        self.window.repaint()
        self.rows_painted_at = time.perf_counter()
        run_in_background(_import_commands, lambda _none: self._install_commands(), self._no_commands_yet)

    # --- 1b. the menus and the features, before the database code --------------------------------
    def _install_commands(self) -> None:
        """The menus, the shortcuts and every feature's entries on the rows, before step 2 loads
        SQLAlchemy (about 0.3 s): from here a command chosen waits for the data (``wait``) instead of
        the user waiting for its menu. Installed here rather than beside step 2, whose imports would
        hold Python's lock at every widget the installers make."""
        if isValid(self.window) and self.window.isVisible() and not self.window.commands_installed:
            # Not when already done (an edit waited for the data meanwhile): they came with the data then.
            self.window.install_commands()
            self.commands_installed_at = time.perf_counter()
        self._start_opening()

    def _no_commands_yet(self, message: str) -> None:
        # Step 2 imports the same modules and says why on the UI thread, where start-up can end.
        log.warning("Loading the menus' modules failed: %s", message)
        self._start_opening()

    def _no_first_read(self, message: str) -> None:
        log.warning("Start-up's first read failed: %s", message)
        self._start_opening()

    # --- 2. the database code, the features and the data ---------------------------------------
    def _start_opening(self) -> None:
        if self._opening_started:
            return
        if not isValid(self.window) or not self.window.isVisible():
            # Closed first (File ▸ Quit while the rows came): nothing to load the database code for.
            log.info("The window closed before its data began to open: it is left unopened")
            return
        self._opening_started = True
        run_in_background(self._open, lambda _none: self._finish_once(), self._open_crashed)

    def _open(self) -> None:
        try:
            try:
                import ui.window.features  # noqa: F401 - loaded here so the UI thread never waits for it
                import ui.window.workspace_build  # noqa: F401
            except Exception as exc:  # noqa: BLE001 - said on the UI thread, and start-up ends
                self._finish = partial(self._failed, f"{type(exc).__name__}: {exc}")
                return
            try:
                self.ctx = self.open_data(self.paths.data_dir, self.remembered_team or self.database_url)
                result: AppContext | Exception = self.ctx
            except Exception as exc:  # noqa: BLE001 - met on the UI thread, where its dialog can be shown
                result = exc
            else:
                self.saved_filters = self._read_saved_filters(self.ctx)
            self._finish = partial(self._opened, result)
        finally:
            self._opened_event.set()

    def _read_saved_filters(self, ctx: AppContext) -> SavedFilters | None:
        """The shown plan's saved filters, for the attach: the data's first ORM query (the mappers
        configured, its statements compiled, 20-60 ms) made here rather than on the UI thread."""
        view = self.first_read.view if self.first_read is not None else None
        if view is None:
            return None
        from app.queries.saved_filters import SavedFilters, saved_filters

        try:
            return SavedFilters(view.plan.uuid, saved_filters(ctx.db, view.plan.uuid))
        except Exception:  # noqa: BLE001 - read again on the UI thread, where an error meets its dialog
            log.exception("Reading the saved filters with the data failed")
            return None

    def _open_crashed(self, message: str) -> None:
        if self._finish is None:
            self._finish = partial(self._failed, message)
        self._finish_once()

    def wait(self) -> None:
        """An edit (or a menu's command) before the data is attached: finish opening it now, the UI
        thread waiting (a fraction of a second, under a busy cursor), then attach it."""
        if self._finish is None and not self._opened_event.is_set():
            log.info("An edit made before the data was open waits for it")
            self._start_opening()
            if not self._opening_started:
                return  # the window is closed: there is nothing to wait for
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._opened_event.wait()
            finally:
                QApplication.restoreOverrideCursor()
        self._finish_once()

    def _finish_once(self) -> None:
        finish, self._finish = self._finish, None
        if finish is not None:
            finish()

    def _opened(self, result: AppContext | Exception) -> None:
        recovered = isinstance(result, Exception)
        if recovered:
            try:
                if self.remembered_team:
                    self.ctx = open_remembered_team(self.paths, self.remembered_team, failure=result)
                else:
                    self.ctx = open_context(self.paths, self.database_url, failure=result)
            except Exception as exc:  # noqa: BLE001 - not one the checks know: said, logged, and start-up ends
                from ui.common import prompts

                log.exception("Opening the data failed")
                prompts.error(None, CANNOT_OPEN, str(exc))
                self.ctx = None
            if self.ctx is None:
                self.gave_up()
                return
        if not isValid(self.window) or not self.window.isVisible():
            return  # closed while the data opened: run_gui closes the data
        self.window.attach(self.ctx, load_in_background=True, saved_filters=self.saved_filters)
        if recovered and self.first_read is not None:
            # What the first read showed may not be what was opened (a backup restored over a damaged file).
            self.window.plan_loading.open_first(background=True)
        for then in self.attached:
            then()

    def _failed(self, message: str) -> None:
        from ui.common import prompts

        log.error("Loading the window's modules failed: %s", message)
        prompts.error(None, CANNOT_OPEN, message)
        self.gave_up()
