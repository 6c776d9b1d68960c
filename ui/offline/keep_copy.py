"""The offline copy kept without asking: every team plan opened is copied to this laptop's own database.

On a team database, each time a plan opens, its copy in the laptop's database is taken or refreshed
on the thread pool (``app.offline.sync.keep_laptop_copy``), so when the server drops the window can
move onto the copy (``ui.offline.auto``) without the officer having thought of it. File ▸ Keep
offline copies of team plans (ticked unless the officer unticked it; remembered) turns this off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from ui.common.background import BackgroundJob, run_task
from ui.window.feature_api import ActionSpec
from ui.window.settings import app_settings

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

KEEP_COPIES_KEY = "team_database/keep_offline_copies"
KEEPING_TEXT = "Keeping an offline copy of this plan on this laptop…"
KEPT_TEXT = "This plan's offline copy on this laptop is up to date."
WAITING_TEXT = "The offline copy is refreshed once the changes made offline have been sent."


def keeping_copies() -> bool:
    """On unless the officer turned it off (INI settings give the value back as text)."""
    value = app_settings().value(KEEP_COPIES_KEY, True)
    return value not in (False, "false", "0", 0)


class KeepCopy(QObject):
    """One copy at a time; a plan opened meanwhile is copied when the one running has finished."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: BackgroundJob | None = None
        self._next: str | None = None
        window.plan_changed.connect(self.plan_opened)
        window.destroyed.connect(lambda *_: self.cancel())

    def plan_opened(self, plan_uuid: str | None) -> None:
        if plan_uuid is not None and keeping_copies():
            self.keep(plan_uuid)

    def keep(self, plan_uuid: str) -> None:
        from app.offline.sync import keep_laptop_copy

        if self.job is not None:
            self._next = plan_uuid
            return
        team = self.window.ctx
        self.window.statusBar().showMessage(KEEPING_TEXT, 10000)
        self.job = run_task(
            lambda progress: keep_laptop_copy(team, plan_uuid, progress.cancelled),
            lambda kept: self._finished(KEPT_TEXT if kept else WAITING_TEXT),
            lambda message: self._finished(f"The offline copy of this plan was not refreshed: {message}"),
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _finished(self, message: str) -> None:
        self.job = None
        if not shiboken6.isValid(self.window):
            return  # the window was replaced meanwhile (the server dropped, say)
        self.window.statusBar().showMessage(message, 10000)
        following, self._next = self._next, None
        if following is not None:
            self.keep(following)


def set_keeping(window: MainWindow, keep: bool) -> None:
    """The officer's choice, remembered; turning it on copies the open plan at once."""
    app_settings().setValue(KEEP_COPIES_KEY, keep)
    if keep and window.plan_uuid is not None:
        window.panels["keep_copy"].keep(window.plan_uuid)


def install(window: MainWindow) -> None:
    if not window.ctx.db.is_server:
        return
    window.panels["keep_copy"] = KeepCopy(window)
    action = window.declare(
        ActionSpec(
            "keep_offline_copies",
            "Keep &offline copies of team plans",
            lambda: set_keeping(window, window.actions["keep_offline_copies"].isChecked()),
            "file",
            "team",
            tip="Copy each team plan you open into this laptop's own database, to go on working without the network",
        )
    )
    action.setCheckable(True)
    action.setChecked(keeping_copies())
