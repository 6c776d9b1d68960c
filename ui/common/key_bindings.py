"""Keys a widget acts on while it has focus, as an event filter: Qt only, so the workspace's panes
can use it before the database code has loaded (start-up's first read on screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget


class KeyBindings(QObject):
    """Keys a list or tree acts on while it has focus (Del deletes, Ctrl+Up moves up…).

    An event filter rather than QShortcut: it needs no active window, so it behaves the same
    in a dialog, in a docked panel and under test.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._bindings: list[tuple[QKeySequence, Callable[[], object]]] = []
        widget.installEventFilter(self)

    def bind(self, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]) -> KeyBindings:
        sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
        self._bindings.append((sequence, slot))
        return self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        pressed = QKeySequence(event.keyCombination())
        for sequence, slot in self._bindings:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                slot()
                return True
        return False


def on_delete_key(widget: QWidget, slot: Callable[[], object]) -> KeyBindings:
    """Del (and the platform's other delete key) in a list deletes its current item."""
    bindings = KeyBindings(widget)
    for sequence in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete):
        bindings.bind(sequence, slot)
    return bindings
