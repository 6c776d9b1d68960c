"""Every user change in the window: an app command wrapped for Qt's undo stack."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.editing.commands import Command, CommandError
from app.editing.service import Applied, CommandService
from app.plans.lifecycle import plan_created_by


class AppUndoCommand(QUndoCommand):
    """Holds the command to run next and, once run, the command that reverses it.

    QUndoStack.push() calls redo() at once; an error there is kept in ``error`` and the
    push is taken back by the caller (see ``push_command``). Each later redo() is audited as
    "Redo: …", as each undo() is as "Undo: …". A big step's undo or redo may have
    been run off the UI thread first (``ui.editing.undo_steps``): ``ran`` hands its outcome to
    the stack's next undo() or redo(), which records it instead of running it again.
    """

    def __init__(
        self, service: CommandService, command: Command, text: str | None = None, applied: Applied | None = None
    ) -> None:
        super().__init__(text or command.label)
        self._service = service
        self._forward: Command = command
        self._backward: Command | None = None
        self.error: CommandError | None = None
        self._pushed = False
        self._applied = applied  # already run (off the UI thread): the push only records it
        self._ran: Applied | CommandError | None = None
        self.redone = False  # the last redo() was a Redo, not the push that first ran the command

    @property
    def service(self) -> CommandService:
        return self._service

    def move_to(self, service: CommandService) -> None:
        self._service = service

    @property
    def created_plan(self) -> str | None:
        """The plan this step, as it stands done, created (an import, a new plan), else None."""
        return None if self._backward is None else plan_created_by(self._backward)

    def next_run(self, forward: bool) -> tuple[Command, str] | None:
        """The command the database runs on the stack's next redo (``forward``) or undo of this
        step, with its audit label; None when that runs nothing."""
        if forward:
            return None if self._applied is not None else (self._forward, self._redo_label())
        return None if self._backward is None else (self._backward, f"Undo: {self.text()}")

    def _redo_label(self) -> str:
        return f"Redo: {self.text()}" if self._pushed else self.text()

    def ran(self, outcome: Applied | CommandError) -> None:
        """``next_run`` already ran (off the UI thread) and came to ``outcome``."""
        self._ran = outcome

    def _execute(self, command: Command, label: str) -> Applied:
        outcome, self._ran = self._ran, None
        if outcome is None:
            return self._service.execute(command, label=label)
        if isinstance(outcome, CommandError):
            raise outcome
        return outcome

    def redo(self) -> None:
        self.redone = self._pushed
        if self._applied is not None:
            self._backward, self._applied = self._applied.inverse, None
            self._pushed = True
            return
        try:
            applied = self._execute(self._forward, self._redo_label())
        except CommandError as exc:
            self.error = exc
            self.setObsolete(True)
            if self._pushed:
                _report_failure("Redo", self.text(), exc)
            return
        finally:
            self._pushed = True
        self._backward = applied.inverse

    def undo(self) -> None:
        if self._backward is None:
            return
        try:
            applied = self._execute(self._backward, f"Undo: {self.text()}")
        except CommandError as exc:
            # The failed step was rolled back as a whole; made obsolete, QUndoStack drops it, so the
            # stack stays true to the data instead of claiming an undo that did not happen.
            self.error = exc
            self.setObsolete(True)
            _report_failure("Undo", self.text(), exc)
            return
        self._forward = applied.inverse
        self._backward = None


def carry_history(stack: QUndoStack, service: CommandService) -> None:
    """Point every step of ``stack`` at ``service`` (the same plan on another database), so undo and
    redo go on there after a switch between the team database and the laptop copy."""
    for index in range(stack.count()):
        step = stack.command(index)
        if isinstance(step, AppUndoCommand):
            step.move_to(service)


def _report_failure(verb: str, text: str, exc: CommandError) -> None:
    from ui.common import prompts

    prompts.error(
        None,
        f"{verb} failed",
        f'{verb} of "{text}" could not be applied: {exc}\n\nNothing was changed by the attempt; '
        "the step has been taken off the undo history.",
    )


def push_command(stack: QUndoStack, service: CommandService, command: Command, text: str | None = None) -> None:
    """Run ``command`` through the undo stack; raise CommandError (nothing changed) if it is refused."""
    undo_command = AppUndoCommand(service, command, text)
    stack.push(undo_command)
    if undo_command.error is not None:
        raise undo_command.error


def push_applied(stack: QUndoStack, service: CommandService, command: Command, applied: Applied) -> None:
    """Put a command already applied (by a background job) on the undo stack, undoable as any other."""
    stack.push(AppUndoCommand(service, command, applied=applied))


@dataclass(frozen=True)
class CommandOutcome:
    """What running a command in the window came to: true when applied, else the refusal to show."""

    refusal: str | None = None

    def __bool__(self) -> bool:
        return self.refusal is None
