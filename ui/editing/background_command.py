"""Running a long command (an import, returns, a merge) off the UI thread, then onto the undo stack.

The command (and the backup a BackedUp command takes first) runs in its own transaction on the
thread pool behind a window-modal progress dialog, so the window keeps painting and the user
cannot edit the plan underneath it; Cancel stops it at its next checkpoint and the transaction
rolls back. Once applied it goes on the undo stack as it is (not run again), so Undo takes it
back like any other command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.editing.commands import Applied, Command, CommandError
from ui.common.background import BackgroundJob, Progress, run_with_progress
from ui.editing.undo import CommandOutcome, push_applied

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def run_command_in_background(
    window: MainWindow,
    command: Command,
    title: str,
    on_finished: Callable[[CommandOutcome], None],
    parent: QWidget | None = None,
) -> BackgroundJob:
    """Apply ``command`` off the UI thread (with the backup a BackedUp command asks for);
    ``on_finished`` gets the outcome (a refusal or a cancellation is shown beside the window's
    other refusals and changes nothing)."""
    service = window.ctx.commands

    def work(progress: Progress) -> Applied:
        return service.execute(command, cancelled=progress.cancelled)

    def applied(result: object) -> None:
        assert isinstance(result, Applied)
        push_applied(window.undo_stack, service, command, result)
        window.save_label.setText(f"All changes saved at {datetime.now():%H:%M}")
        on_finished(CommandOutcome())

    def refused(message: str) -> None:
        window.show_refusal(message)
        on_finished(CommandOutcome(message))

    def describe(exc: Exception) -> str:
        if isinstance(exc, CommandError):
            return str(exc)
        return f"{command.label} could not be applied; nothing was changed ({type(exc).__name__}: {exc})."

    return run_with_progress(parent or window, title, work, applied, refused, describe)
