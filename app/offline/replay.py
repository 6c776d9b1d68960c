"""Sending the laptop copy's queued commands to the team database, in order, once it is back.

Each queued command is replayed as one server transaction under the id it was queued with,
through the same optimistic-concurrency merge as any edit: the values the laptop started from
are the ``Seen`` values, so a field a colleague changed meanwhile is merged field by field and a
field both changed differently is an ``EditConflict`` for the officer (``resolve``). Revisions
are not compared, since the laptop copy numbers its own. Only after the server committed is the
command removed from the laptop's queue: if the replay stops half way (the server drops again,
the laptop is switched off) the next replay starts where it stopped, and a command that did
reach the server before the stop is recognised by its id in the server's audit trail and not
sent twice. A command the server refuses for good (the record was deleted, the login may not
change it) is kept in the queue marked with the reason, and the replay goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import delete, select, update
from sqlalchemy.exc import OperationalError

from app.context import AppContext
from app.editing.command_errors import SERVER_UNREACHABLE
from app.editing.commands import Batch, Command, CommandError, CreateRecord, EditConflict, SetFields, StorageError
from app.editing.concurrency import Seen
from app.offline.queue import QueuedChange, queued_changes
from models import AuditEntry, QueuedCommand

# Given the conflict, the fields to keep the laptop's value for; None stops the replay there.
Resolve = Callable[[EditConflict], set[str] | None]
# Any revision: the fields are compared with what the server holds now.
UNKNOWN_REVISION = -1


@dataclass
class ReplayOutcome:
    sent: int = 0
    conflicts: list[EditConflict] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    stopped: bool = False  # the officer put a conflict aside: the rest waits in the queue
    plan_uuids: set[str] = field(default_factory=set)


def as_command(change: QueuedChange) -> Command:
    if change.kind == "create":
        return CreateRecord(change.entity, dict(change.after), uuid=change.uuid, label=change.label)
    seen = Seen(UNKNOWN_REVISION, dict(change.before))
    return SetFields(change.entity, change.uuid, dict(change.after), label=change.label, seen=seen)


def _on_server(team: AppContext, command_id: str) -> bool:
    try:
        with team.db.read() as session:
            query = select(AuditEntry.id).where(AuditEntry.command_id == command_id).limit(1)
            return session.scalar(query) is not None
    except OperationalError as exc:
        raise StorageError(SERVER_UNREACHABLE.format(location=team.db.location)) from exc


def _remove(laptop: AppContext, command_id: str) -> None:
    with laptop.db.transaction() as session:
        session.execute(delete(QueuedCommand).where(QueuedCommand.command_id == command_id))


def _mark_refused(laptop: AppContext, command_id: str, problem: str) -> None:
    with laptop.db.transaction() as session:
        session.execute(update(QueuedCommand).where(QueuedCommand.command_id == command_id).values(problem=problem))


def _send(team: AppContext, command_id: str, label: str, commands: list[Command], resolve: Resolve, outcome) -> bool:
    """Apply one queued command on the server; False when the officer stopped at a conflict."""
    while commands:
        try:
            team.commands.execute(Batch(label, tuple(commands)), label=label, command_id=command_id)
            return True
        except EditConflict as exc:
            outcome.conflicts.append(exc)
            keep_mine = resolve(exc)
            if keep_mine is None:
                return False
            index = next(n for n, command in enumerate(commands) if command is exc.command)
            resolved = exc.resolved(keep_mine)
            commands = [*commands[:index], *([resolved] if resolved is not None else []), *commands[index + 1 :]]
    return True


def replay_queue(
    laptop: AppContext,
    team: AppContext,
    resolve: Resolve,
    on_sent: Callable[[int, int], None] | None = None,
) -> ReplayOutcome:
    """Send every queued command to ``team`` in order; see the module docstring.

    Commands queued while the replay runs (the officer kept working on the copy) are sent too,
    after the others: the replay ends when the queue is empty. StorageError (the server dropped
    again) propagates with what was not sent still queued. ``on_sent(sent, waiting)`` is told,
    after each command, how many have been sent so far and how many still wait.
    """
    outcome = ReplayOutcome()
    handled: set[str] = set()
    while True:
        waiting = [c for c in queued_changes(laptop.db) if c.command_id not in handled]
        if not waiting:
            return outcome
        groups = [(command_id, list(rows)) for command_id, rows in groupby(waiting, key=lambda c: c.command_id)]
        for index, (command_id, changes) in enumerate(groups):
            handled.add(command_id)
            outcome.plan_uuids.update(change.plan_uuid for change in changes)
            if not _on_server(team, command_id):
                try:
                    done = _send(team, command_id, changes[0].label, [as_command(c) for c in changes], resolve, outcome)
                except StorageError:
                    raise
                except CommandError as exc:
                    _mark_refused(laptop, command_id, str(exc))
                    outcome.refused.append(f"{changes[0].label}: {exc}")
                    continue
                if not done:
                    outcome.stopped = True
                    return outcome
            _remove(laptop, command_id)
            outcome.sent += 1
            if on_sent is not None:
                on_sent(outcome.sent, len(groups) - index - 1)


__all__ = ["ReplayOutcome", "Resolve", "as_command", "replay_queue"]
