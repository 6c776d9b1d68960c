"""Start-up's slow part, off the UI thread while the window's shell is on screen: loading the
database code and the rest of the window's modules, then opening the data (a migration with its
backup, a team database's connection). The window is built on the data once it is open.

A failure is met on the UI thread by ``ui.window.startup_checks``, with the same dialogs as ever
(the latest good backup offered over a damaged file, the laptop's copy when the team database is
out of reach); when there is nothing to open the window closes and start-up gives up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from shiboken6 import isValid

from ui.common.background import run_in_background
from ui.window.errors import log
from ui.window.startup_checks import CANNOT_OPEN, open_context, open_remembered_team

if TYPE_CHECKING:
    from app.context import AppContext
    from app.storage.paths import AppPaths
    from ui.window.main_window import MainWindow


POLL_MS = 5
MAX_WAIT_FOR_SCREEN_MS = 250


class DataOpening:
    """Opens the data for ``window`` and attaches it; ``gave_up`` runs when there is none to open."""

    def __init__(
        self,
        window: MainWindow,
        paths: AppPaths,
        database_url: str | None,
        remembered_team: str | None,
        gave_up: Callable[[], None],
    ) -> None:
        self.window = window
        self.paths = paths
        self.database_url = database_url
        self.remembered_team = remembered_team
        self.gave_up = gave_up
        # Set as soon as the data is open, on whichever thread opened it, so whoever ends start-up
        # closes it even when the window was closed before it could be attached.
        self.ctx: AppContext | None = None
        self.attached: list[Callable[[], None]] = []
        self._waited_ms = 0
        self._when_on_screen()

    def _when_on_screen(self) -> None:
        """Start once the window is on screen: started any sooner, the imports would hold Python's lock
        while the first paint waits for it at every widget drawn in Python. A window the desktop does
        not show yet (on another workspace, say) waits a quarter of a second at most."""
        handle = self.window.windowHandle()
        if (handle is not None and handle.isExposed()) or self._waited_ms >= MAX_WAIT_FOR_SCREEN_MS:
            run_in_background(self._open, self._opened, self._failed)
        else:
            self._waited_ms += POLL_MS
            QTimer.singleShot(POLL_MS, self.window, self._when_on_screen)  # never called once the window is gone

    def _open(self) -> AppContext | Exception:
        import ui.window.features  # noqa: F401 - loaded here so the UI thread never waits for it
        import ui.window.workspace_build  # noqa: F401
        from app.context import AppContext

        try:
            self.ctx = AppContext.open(self.paths.data_dir, database_url=self.remembered_team or self.database_url)
        except Exception as exc:  # noqa: BLE001 - met on the UI thread, where its dialog can be shown
            return exc
        return self.ctx

    def _opened(self, result: AppContext | Exception) -> None:
        if isinstance(result, Exception):
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
        self.window.attach(self.ctx, load_in_background=True)
        for then in self.attached:
            then()

    def _failed(self, message: str) -> None:
        from ui.common import prompts

        log.error("Loading the window's modules failed: %s", message)
        prompts.error(None, CANNOT_OPEN, message)
        self.gave_up()
