"""The window follows the team database: onto the laptop copy when the server drops, back when it returns.

On a team database, once the live-refresh listener has been reconnecting for
``OFFLINE_AFTER_SECONDS`` (a short blip is not worth a switch) and this laptop holds a copy of
the open plan, a window on the laptop copy takes the place of this one. Its status bar says
"Offline — working on your laptop copy, N changes waiting" and its edits are queued
(``app.offline.queue``). A listener keeps trying the server; when it answers, the status bar
says "Reconnecting…", the queued commands are replayed (a clash opens the usual conflict dialog,
field by field), the laptop copy is refreshed, and a window on the team database takes over
again. If the officer puts a clash aside, or the server drops again meanwhile, the window stays
on the laptop copy with everything still queued; File ▸ Send the waiting changes tries again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from app.context import AppContext
from app.editing.commands import EditConflict, StorageError
from app.editing.live import CONNECTED, RECONNECTING, ChangeListener
from app.offline.queue import open_laptop_copy, waiting_count
from app.storage.database import DatabaseError, DatabaseTooNewError
from app.storage.team_database import with_stored_password
from ui.window.feature_api import ActionSpec

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

OFFLINE_AFTER_SECONDS = 5.0
OFFLINE_TEXT = "Offline — working on your laptop copy, {changes} waiting"
RECONNECTING_TEXT = "Reconnecting — sending {changes} to the team database…"
SENDING_TEXT = "Reconnecting — {sent} of {total} sent to the team database…"
NO_COPY_TEXT = (
    "The team database cannot be reached and this laptop has no copy of this plan: edits wait until it is "
    "back (next time, File ▸ Keep an offline copy of this plan while connected)."
)


def changes(count: int) -> str:
    return f"{count} change{'' if count == 1 else 's'}" if count else "no changes"


class GoOffline(QObject):
    """On a team window: switches to the laptop copy once the server has been gone a while."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(OFFLINE_AFTER_SECONDS * 1000))
        self.timer.timeout.connect(self.switch)
        live = window.live_refresh
        live.state_changed.connect(self._on_state)
        self._on_state(live.listener.state)
        # Changes queued in a session that ended offline are sent as soon as a window is back on the server.
        QTimer.singleShot(0, self.send_leftovers)

    def send_leftovers(self) -> None:
        from app.offline.sync import catch_up

        if not self.window.ctx.paths.database.exists():
            return  # this laptop never kept a copy: nothing can be waiting
        try:
            laptop = AppContext.open(self.window.ctx.paths.data_dir, user=self.window.ctx.user, database_url="")
        except (DatabaseError, DatabaseTooNewError, OSError):
            return  # no laptop copy to speak of; nothing can be waiting in it
        try:
            if not waiting_count(laptop.db):
                return
            outcome = catch_up(laptop, self.window.ctx, lambda clash: ask_about_clash(self.window, clash))
        except StorageError:
            return  # the server dropped again: the changes stay queued for the next time
        finally:
            laptop.close()
        if outcome.stopped:
            message = "A clash was put aside: the changes made offline are still waiting on this laptop."
        else:
            message = f"Changes made offline sent to the team database: {changes(outcome.sent)} sent."
        self.window.statusBar().showMessage(message, 30000)

    def _on_state(self, state: str) -> None:
        if state == RECONNECTING:
            self.timer.start()
        else:
            self.timer.stop()

    def switch(self) -> MainWindow | None:
        from ui.storage.team_dialog import replace_window

        plan_uuid = self.window.plan_uuid
        try:
            laptop = open_laptop_copy(self.window.ctx, plan_uuid)
        except (DatabaseError, DatabaseTooNewError, OSError) as exc:
            self.window.statusBar().showMessage(f"The laptop copy cannot be opened: {exc}", 15000)
            return None
        if laptop is None:
            self.window.statusBar().showMessage(NO_COPY_TEXT, 30000)
            return None
        successor = replace_window(self.window, laptop)
        if plan_uuid is not None:
            successor.open_plan(plan_uuid)
        return successor


def ask_about_clash(window: MainWindow, clash: EditConflict) -> set[str] | None:
    """The conflict dialog for a replayed edit: the fields to keep the laptop's value for, or None."""
    from PySide6.QtWidgets import QDialog

    from ui.editing.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(clash, window)
    dialog.setWindowTitle("Changed by a colleague while you were offline")
    return dialog.keep_mine() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ComeBack(QObject):
    """On a window standing in for the team database: the offline state, and the way back."""

    state_changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setAccessibleName("Team database connection")
        window.statusBar().addPermanentWidget(self.label)
        self.listener: ChangeListener | None = None
        self.state_changed.connect(self._on_state)
        self._unsubscribe = window.ctx.bus.subscribe(lambda _change: self.show_offline())
        window.destroyed.connect(lambda *_: self.stop())
        self.show_offline()
        self.watch()

    def waiting(self) -> int:
        return waiting_count(self.window.ctx.db)

    def show_offline(self) -> None:
        self.label.setText(OFFLINE_TEXT.format(changes=changes(self.waiting())))

    def watch(self) -> None:
        """Keep trying the server (on the listener's thread); CONNECTED brings the window back."""
        self.stop()
        url = with_stored_password(self.window.ctx.standing_in_for)
        self.listener = ChangeListener(url, "", lambda _change: None, self.state_changed.emit)
        self.listener.start(wait_seconds=0)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def _on_state(self, state: str) -> None:
        if state == CONNECTED and self.listener is not None:
            self.stop()
            self.go_online()

    def go_online(self) -> MainWindow | None:
        """Replay the queue on the team database, then hand over to a window on it; None if still offline."""
        from app.offline.sync import catch_up
        from ui.storage.team_dialog import replace_window

        window = self.window
        laptop = window.ctx
        self.stop()
        total = self.waiting()
        self.label.setText(RECONNECTING_TEXT.format(changes=changes(total)))
        self._repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def sent(count: int) -> None:
            self.label.setText(SENDING_TEXT.format(sent=count, total=total))
            self._repaint()

        try:
            team = AppContext.open(laptop.paths.data_dir, database_url=laptop.standing_in_for)
        except (DatabaseError, DatabaseTooNewError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            return self._stay_offline(f"The team database is answering but cannot be used yet: {exc}")
        try:
            plans = [window.plan_uuid] if window.plan_uuid else []
            outcome = catch_up(laptop, team, lambda clash: ask_about_clash(window, clash), plans, sent)
        except StorageError as exc:
            team.close()
            return self._stay_offline(str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if outcome.stopped:
            team.close()
            self.show_offline()
            window.statusBar().showMessage(
                "A clash was put aside: it and the changes after it are still waiting on this laptop. "
                "File ▸ Send the waiting changes tries again.",
                30000,
            )
            return None
        plan_uuid = window.plan_uuid
        self._unsubscribe()
        successor = replace_window(window, team)
        if plan_uuid is not None:
            successor.open_plan(plan_uuid)
        message = f"Back on the team database: {changes(outcome.sent)} sent."
        if outcome.refused:
            message += " Refused by the server and kept on this laptop: " + "; ".join(outcome.refused)
        successor.statusBar().showMessage(message, 30000)
        return successor

    @staticmethod
    def _repaint() -> None:
        # The officer sees the progress; typing waits, so nothing is queued while the queue is sent.
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _stay_offline(self, why: str) -> None:
        self.show_offline()
        self.window.statusBar().showMessage(why, 15000)
        self.watch()
        return None


def install(window: MainWindow) -> None:
    if window.ctx.db.is_server and getattr(window, "live_refresh", None) is not None:
        window.panels["go_offline"] = GoOffline(window)
    elif window.ctx.standing_in_for is not None:
        come_back = window.panels["come_back"] = ComeBack(window)
        window.declare(
            ActionSpec(
                "send_waiting_changes",
                "Send the &waiting changes",
                come_back.go_online,
                "file",
                "team",
                tip="Try the team database now and send the changes made on this laptop copy",
            )
        )
