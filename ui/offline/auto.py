"""The window follows the team database: onto the laptop copy when the server drops, back when it returns.

On a team database, once the live-refresh listener has been reconnecting for
``OFFLINE_AFTER_SECONDS`` (a short blip is not worth a switch) and this laptop holds a copy of
the open plan, a window on the laptop copy takes the place of this one. Its status bar says
"Offline — working on your laptop copy, N changes waiting" and its edits are queued
(``app.offline.queue``). A listener keeps trying the server; when it answers, the queued commands
are replayed on the thread pool (``ui.common.background``) while the status bar counts them
("Reconnecting — k of N sent…") and the officer goes on working (a clash opens the usual conflict
dialog, field by field, the replay waiting for the answer); then the laptop copy is refreshed and a
window on the team database takes over again. If the officer puts a clash aside, or the server
drops again meanwhile, the window stays on the laptop copy with everything still queued; File ▸
Send the waiting changes tries again.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.editing.commands import EditConflict
from app.editing.live import CONNECTED, RECONNECTING, ChangeListener
from app.offline.queue import open_laptop_copy, waiting_count
from app.storage.database import DatabaseError, DatabaseTooNewError
from app.storage.team_database import with_stored_password
from ui.common.background import BackgroundJob
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
        """On the thread pool: a clash waits for the officer's answer in the usual dialog."""
        from ui.common.background import run_task

        window = self.window
        if not window.ctx.paths.database.exists():
            return  # this laptop never kept a copy: nothing can be waiting
        asker = ClashAsker(window)
        team, data_dir, user = window.ctx, window.ctx.paths.data_dir, window.ctx.user

        def work(_progress):
            from app.offline.sync import send_waiting

            return send_waiting(data_dir, user, team, asker.ask)

        def done(outcome) -> None:
            if outcome is None or not shiboken6.isValid(window):
                return
            if outcome.stopped:
                message = "A clash was put aside: the changes made offline are still waiting on this laptop."
            else:
                message = f"Changes made offline sent to the team database: {changes(outcome.sent)} sent."
            window.statusBar().showMessage(message, 30000)

        # The server dropped again: the changes stay queued for the next time.
        self.leftovers = run_task(work, done, lambda _message: None)

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
        successor = replace_window(self.window, laptop, keep_history=True)
        if plan_uuid is not None:
            successor.open_plan(plan_uuid, keep_undo=True)
        return successor


class ClashAsker(QObject):
    """Lets a replay on the thread pool ask the officer about a clash, in a dialog on the UI thread.

    The worker waits for the answer; a window closed meanwhile answers None (stop: all stays queued).
    """

    _asked = Signal(object, object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: set[Future] = set()
        self._asked.connect(self._ask_here, Qt.ConnectionType.QueuedConnection)
        window.destroyed.connect(lambda *_: self._give_up())

    def ask(self, clash: EditConflict) -> set[str] | None:
        answer: Future = Future()
        self._pending.add(answer)
        self._asked.emit(clash, answer)
        return answer.result()

    def _ask_here(self, clash: EditConflict, answer: Future) -> None:
        try:
            answer.set_result(ask_about_clash(self.window, clash) if shiboken6.isValid(self.window) else None)
        except Exception as exc:  # noqa: BLE001 - the waiting worker must hear back
            answer.set_exception(exc)
        finally:
            self._pending.discard(answer)

    def _give_up(self) -> None:
        for answer in list(self._pending):
            if not answer.done():
                answer.set_result(None)
        self._pending.clear()


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
    progressed = Signal(str)  # what the label says while the queue is sent

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setAccessibleName("Team database connection")
        window.statusBar().addPermanentWidget(self.label)
        self.listener: ChangeListener | None = None
        self.job: BackgroundJob | None = None
        self.state_changed.connect(self._on_state)
        self._unsubscribe = window.ctx.bus.subscribe(lambda _change: self.show_offline())
        window.destroyed.connect(lambda *_: self.stop())
        self.show_offline()
        self.watch()

    def waiting(self) -> int:
        return waiting_count(self.window.ctx.db)

    def show_offline(self) -> None:
        if self.job is not None:
            return  # the label counts the changes being sent
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

    def go_online(self) -> BackgroundJob | None:
        """Replay the queue on the team database on the thread pool, then hand over to a window on it.

        The window stays usable meanwhile: an edit made during the replay is queued and sent after
        the others (the replay runs until the queue is empty). The label counts the changes sent."""
        if self.job is not None:
            return self.job  # already sending
        from ui.common.background import run_task

        window = self.window
        laptop = window.ctx
        self.stop()
        self._show(RECONNECTING_TEXT.format(changes=changes(self.waiting())))
        asker = ClashAsker(window)
        data_dir, user, url = laptop.paths.data_dir, laptop.user, laptop.standing_in_for
        plans = [window.plan_uuid] if window.plan_uuid else []

        def work(progress):
            from app.offline.sync import replay_then_refresh

            return replay_then_refresh(data_dir, user, url, asker.ask, plans, progress.report)

        def sent(count: int, waiting: int, _text: str) -> None:
            self._show(SENDING_TEXT.format(sent=count, total=count + waiting))

        self.job = run_task(work, self._replayed, self._replay_failed, on_progress=sent)
        return self.job

    def _replayed(self, result) -> MainWindow | None:
        from ui.storage.team_dialog import replace_window

        self.job = None
        outcome, team = result
        window = self.window
        if not shiboken6.isValid(window):
            if team is not None:
                team.close()
            return None
        if team is None:
            self.show_offline()
            window.statusBar().showMessage(
                "A clash was put aside: it and the changes after it are still waiting on this laptop. "
                "File ▸ Send the waiting changes tries again.",
                30000,
            )
            return None
        plan_uuid = window.plan_uuid
        self._unsubscribe()
        successor = replace_window(window, team, keep_history=True)
        if plan_uuid is not None:
            successor.open_plan(plan_uuid, keep_undo=True)
        message = f"Back on the team database: {changes(outcome.sent)} sent."
        if outcome.refused:
            message += " Refused by the server and kept on this laptop: " + "; ".join(outcome.refused)
        successor.statusBar().showMessage(message, 30000)
        return successor

    def _replay_failed(self, message: str) -> None:
        self.job = None
        if shiboken6.isValid(self.window):
            self._stay_offline(message)

    def _show(self, text: str) -> None:
        self.label.setText(text)
        self.progressed.emit(text)

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
