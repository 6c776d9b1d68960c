"""Bridges the app's ChangeBus to a Qt signal so views refresh on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.editing.events import Change, ChangeBus


class ChangeSignal(QObject):
    changed = Signal(object)  # app.editing.events.Change

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._relay)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
