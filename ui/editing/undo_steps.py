"""Undo and Redo of a big step (an import, a merge, returns, a change to thousands of actions) on
the thread pool, behind the progress dialog with Cancel; a small step runs at once, as before.

The database work runs off the UI thread and only then does the stack move, on the UI thread:
the step's AppUndoCommand is handed the outcome (``ran``) and QUndoStack.undo()/redo() records
it as if it had just run it, so the stack's index, texts and clean state stay QUndoStack's own
and a refused step is dropped exactly as on the UI thread. The progress dialog is window-modal
and the stack is marked busy meanwhile, so nothing else moves it; Cancel stops the command at
its next checkpoint, the transaction rolls back and the stack stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.editing.commands import CommandCancelled, CommandError, command_size
from app.editing.service import Applied
from ui.common import prompts
from ui.common.background import BackgroundJob, Progress, run_with_progress
from ui.editing.undo import AppUndoCommand

# A step writing more records than this runs on the thread pool. Each audited field change takes
# about 1.5 ms on the development machine (bench/README.md, "Undo and redo"): 50 records stay
# under the 100 ms the window may be held without a progress indicator.
UI_THREAD_RECORDS = 50
_BUSY = "steppingInBackground"  # a dynamic property on the stack while its step runs


def step(stack: QUndoStack, forward: bool, parent: QWidget, tell: Callable[[str], None]) -> BackgroundJob | None:
    """Undo (or redo) the stack's next step; a big one runs off the UI thread and returns its job.
    ``tell`` shows "Cancelled: nothing was changed." where the window shows its refusals."""
    if stack.property(_BUSY):
        return None
    index = stack.index() if forward else stack.index() - 1
    command = stack.command(index) if 0 <= index < stack.count() else None
    pending = command.next_run(forward) if isinstance(command, AppUndoCommand) else None
    move = stack.redo if forward else stack.undo
    if pending is None or command_size(pending[0]) <= UI_THREAD_RECORDS:
        move()
        return None
    db_command, label = pending
    service, text = command.service, command.text()
    verb = "Redo" if forward else "Undo"

    def work(progress: Progress) -> Applied | CommandError:
        try:
            return service.execute(db_command, label=label, cancelled=progress.cancelled)
        except CommandError as exc:  # handed to the stack, which drops the step and says why
            return exc

    def done(outcome: object) -> None:
        stack.setProperty(_BUSY, False)
        if isinstance(outcome, CommandCancelled):
            tell(str(outcome))
            return
        assert isinstance(outcome, Applied | CommandError)
        command.ran(outcome)
        move()

    def failed(message: str) -> None:
        stack.setProperty(_BUSY, False)
        prompts.error(parent, f"{verb} failed", message)

    def describe(exc: Exception) -> str:
        return f'{verb} of "{text}" could not be applied; nothing was changed ({type(exc).__name__}: {exc}).'

    stack.setProperty(_BUSY, True)
    title = f"{'Redoing' if forward else 'Undoing'} {text}"
    return run_with_progress(parent, title, work, done, failed, describe)
