"""Other officers' changes appear in this window within a second or two (team database only).

The listener thread (``app.editing.live``) hands each change to a Qt signal, so the change bus
and every view are only ever touched on the UI thread. The status bar names who changed what,
and says "Reconnecting…" while the server is out of reach.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel

from app.editing.events import Change
from app.editing.live import CONNECTED, ChangeListener

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

LIVE_TEXT = "Live: colleagues' changes appear here"
RECONNECTING_TEXT = "Reconnecting to the team database…"


class LiveRefresh(QObject):
    change_arrived = Signal(object)  # app.editing.events.Change
    state_changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(RECONNECTING_TEXT, window)
        self.label.setAccessibleName("Team database connection")
        window.statusBar().addPermanentWidget(self.label)
        self.change_arrived.connect(self._publish)
        self.state_changed.connect(self._show_state)
        ctx = window.ctx
        self.listener = ChangeListener(
            ctx.db.engine.url, ctx.commands.client_id, self.change_arrived.emit, self.state_changed.emit
        )
        self.listener.start()
        self._show_state(self.listener.state)
        window.destroyed.connect(lambda *_: self.listener.stop())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.listener.stop()
        return False

    def _publish(self, change: Change) -> None:
        self.window.ctx.bus.publish(change)
        if change.by:
            self.window.statusBar().showMessage(f"{change.by}: {change.reason}", 15000)

    def _show_state(self, state: str) -> None:
        self.label.setText(LIVE_TEXT if state == CONNECTED else RECONNECTING_TEXT)

    def stop(self) -> None:
        self.listener.stop()


def install(window: MainWindow) -> None:
    if window.ctx.db.is_server:
        window.live_refresh = LiveRefresh(window)
