"""Undo and Redo across a step that creates a plan (an import, File ▸ New plan, a plan file opened
as a new plan) or deletes the plan on screen.

The undo history belongs to the session, not to a plan: a step that creates a plan keeps the
steps before it (``MainWindow.open_plan(keep_undo=True)``). Undo of that step deletes the plan and
the window goes back to the plan the user was in, with the history kept, so Redo brings the same
plan back (its tombstone lifted: same uuids, same rows, audited "Redo: …") and opens it again, and
the edits made before the import can still be undone. Choosing another plan still clears it all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class PlanSteps:
    """Follows the window's undo stack: opens the plan a Redo brought back."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._index = window.undo_stack.index()
        self._undone = ""  # the text of the step the stack's last move undid, if it was an Undo
        window.undo_stack.indexChanged.connect(self._moved)
        # The stack clears itself (moving to 0) as it is destroyed with the window: not a step.
        window.destroyed.connect(lambda: window.undo_stack.indexChanged.disconnect(self._moved))

    def plan_gone(self) -> None:
        """The plan on screen was deleted by a step (Undo of its creation, or Delete plan): the plan
        used before it, keeping the history, so Redo or Undo can bring it back. Deferred: this runs
        inside QUndoStack.undo() or redo()."""
        QTimer.singleShot(0, self._back_to_first)

    def last_plan_back(self) -> None:
        """A step brought a plan back while none was open: show it (deferred, as ``plan_gone``)."""
        QTimer.singleShot(0, lambda: self.window.plan_uuid is None and self.window.plan_loading.open_first(True))

    def _back_to_first(self) -> None:
        window = self.window
        window.plan_loading.open_first(keep_undo=True)
        if self._undone:
            window.statusBar().showMessage(f"Undone: {self._undone}. Redo (Ctrl+Y) brings it back.", 15000)

    def _moved(self, index: int) -> None:
        from ui.editing.undo import AppUndoCommand

        window = self.window
        previous, self._index = self._index, index
        undone = window.undo_stack.command(index) if index == previous - 1 else None  # None too after clear()
        self._undone = undone.text() if undone is not None else ""
        if index != previous + 1:
            return
        step = window.undo_stack.command(index - 1)
        plan_uuid = step.created_plan if isinstance(step, AppUndoCommand) and step.redone else None
        if plan_uuid is not None and plan_uuid != window.plan_uuid:
            window.open_plan(plan_uuid, keep_undo=True)
            window.statusBar().showMessage(f"Redone: {step.text()}.", 15000)
