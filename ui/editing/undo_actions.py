"""Undo and Redo as actions, made before the command path is loaded: the window's Edit menu and every
editor dialog hold them, and the window's are made over start-up's first read, before SQLAlchemy
loads. What a step runs (``ui.editing.undo_steps``, over the command path) is imported when one is
taken, by which time the stack holds a step, so the command path is loaded already."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Y (what Word and Excel users press) plus the platform's own redo keys, each once.

    On Windows the platform's redo already is Ctrl+Y; listing it twice makes Qt treat the key
    as ambiguous and do nothing at all.
    """
    keys: list[QKeySequence] = []
    for key in [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]:
        if key not in keys:
            keys.append(key)
    return keys


def run_big_steps_off_the_ui_thread(
    action: QAction, stack: QUndoStack, forward: bool, parent: QWidget, tell: Callable[[str], None]
) -> None:
    """Point an Undo (or, ``forward``, Redo) action made by ``stack`` at ``undo_steps.step`` instead of
    the stack's own slot; its text and enabled state still follow the stack."""

    def take_step() -> None:
        from ui.editing.undo_steps import step

        step(stack, forward, parent, tell)

    action.triggered.disconnect()
    action.triggered.connect(lambda _checked=False: take_step())
