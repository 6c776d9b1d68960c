"""The one path every user change takes: validate, apply in one transaction, audit, return the inverse.

A command applied returns the command that reverses it, so undo and redo are just further
commands through the same path (the UI's QUndoStack holds them). Deletion is a tombstone
(``deleted``), which is why undoing a creation and redoing it keep the record's UUID.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.editing.command_errors import (
    NOT_ALLOWED,
    NOT_WHILE_OFFLINE,
    CommandError,
    EditConflict,
    StorageError,
)
from app.editing.concurrency import Seen, current_value, merge_with_colleagues
from app.editing.entities import ValidationError, spec_for
from app.timescale import parse_timescale
from models import Action, AuditEntry, Plan, link_objectives, new_uuid

TIMESCALE_DERIVED = ("timescale_kind", "start_date", "due_date", "recurrence")


class CommandCancelled(CommandError):
    """The user cancelled a long command while it ran; its transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was changed.")


class Command(Protocol):
    label: str

    def apply(self, run: CommandRun) -> Command:
        """Apply inside ``run``'s transaction and return the inverse command."""
        ...


@dataclass
class CommandRun:
    """One transaction: the session, the audit writer and what was touched."""

    session: Session
    user: str
    command_id: str
    label: str
    touched_entities: set[str] = field(default_factory=set)
    touched_uuids: set[str] = field(default_factory=set)
    plan_ids: set[int] = field(default_factory=set)
    cancelled: Callable[[], bool] | None = None
    # Offline, what each record change was (a ``Journaled``), to queue for the team database.
    journal: list[Journaled] | None = None
    _journaling: int = 0

    @contextmanager
    def journaled(self) -> Iterator[None]:
        """Around a change the journal can describe: audit rows written outside one, while a
        journal is kept, mean a command that could not be replayed, so it is refused."""
        self._journaling += 1
        try:
            yield
        finally:
            self._journaling -= 1

    def record(self, entry: Journaled) -> None:
        if self.journal is not None:
            self.journal.append(entry)

    def checkpoint(self) -> None:
        """Where a long command may stop: raises CommandCancelled (so the transaction rolls back)
        once the user has asked to cancel."""
        if self.cancelled is not None and self.cancelled():
            raise CommandCancelled()

    def find(self, entity: str, uuid: str, lock: bool = False) -> Any:
        """The record; ``lock`` holds its row until the transaction ends (PostgreSQL: FOR UPDATE)."""
        model = spec_for(entity).model
        query = select(model).where(model.uuid == uuid)
        if lock and self.session.get_bind().dialect.name == "sqlite":
            # SQLite has no row locks and pysqlite begins a transaction only at the first write: a
            # no-op write takes the database's write lock first, so what is read next stays true.
            self.session.execute(update(model).where(model.uuid == uuid).values(revision=model.revision))
        elif lock:
            query = query.with_for_update()
        record = self.session.scalars(query).one_or_none()
        if record is None and lock and self.session.scalars(select(model.id).where(model.uuid == uuid)).first():
            # Row-level security hid it from FOR UPDATE: this login may read the record, not change it.
            raise CommandError(NOT_ALLOWED.format(user=self.user))
        if record is None:
            raise CommandError(f"{spec_for(entity).label} {uuid} no longer exists.")
        return record

    def audit(self, entity: str, record: Any, field_name: str, old: Any, new: Any) -> None:
        if self.journal is not None and not self._journaling:
            raise CommandError(NOT_WHILE_OFFLINE.format(label=self.label))
        plan_id = _plan_id_of(record)
        self.plan_ids.add(plan_id)
        self.touched_entities.add(entity)
        self.touched_uuids.add(record.uuid)
        self.session.add(
            AuditEntry(
                plan_id=plan_id,
                user=self.user,
                command_id=self.command_id,
                command_label=self.label,
                entity=entity,
                entity_uuid=record.uuid,
                field=field_name,
                old_value=_dump(old),
                new_value=_dump(new),
            )
        )


@dataclass(frozen=True)
class Journaled:
    """One record changed by a command: what an offline queue keeps to replay it on the server."""

    kind: str  # "edit" (SetFields) or "create" (CreateRecord)
    entity: str
    uuid: str
    plan_id: int
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    base_revision: int


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=str, ensure_ascii=False)


def load_audit_value(text: str | None) -> Any:
    """An audit entry's old or new value as it was stored (text that is not JSON comes back as it is)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _plan_id_of(record: Any) -> int:
    if isinstance(record, Plan):
        return record.id
    for path in (
        "plan_id",
        "priority.plan_id",
        "lead.plan_id",
        "action.plan_id",
        "measure.plan_id",
        "meeting.plan_id",
    ):
        target = record
        for part in path.split("."):
            target = getattr(target, part, None)
            if target is None:
                break
        if target is not None:
            return target
    raise CommandError(f"Cannot tell which plan {type(record).__name__} belongs to.")


def _with_parsed_timescale(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Typing a timescale re-parses it unless the caller set the dates explicitly (undo does)."""
    result = dict(values)
    if entity == "action" and "timescale_text" in result and not any(k in result for k in TIMESCALE_DERIVED):
        parsed = parse_timescale(result["timescale_text"] or "")
        result.update(
            timescale_kind=parsed.kind.value,
            start_date=parsed.start,
            due_date=parsed.due,
            recurrence=parsed.recurrence,
        )
    return result


def _objective_uuids(record: Action) -> list[str]:
    return [objective.uuid for objective in record.objectives]


def _set_objectives(run: CommandRun, record: Action, uuids: Sequence[str]) -> None:
    if isinstance(uuids, str) or not all(isinstance(u, str) for u in uuids):
        raise CommandError("Objectives must be a list of objective ids.", "objective_uuids")
    objectives = [run.find("objective", uuid) for uuid in uuids]
    for objective in objectives:
        if objective.priority.plan_id != record.plan_id:
            raise CommandError("An action can only be linked to objectives of its own plan.", "objective_uuids")
    link_objectives(run.session, record, objectives)


def _assign(run: CommandRun, entity: str, record: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set ``values`` on ``record`` and return the previous values of the fields that changed."""
    spec = spec_for(entity)
    previous: dict[str, Any] = {}
    for name, raw in values.items():
        if name == "objective_uuids" and entity == "action":
            old = _objective_uuids(record)
            if list(raw) != old:
                _set_objectives(run, record, raw)
                previous[name] = old
                run.audit(entity, record, name, old, list(raw))
            continue
        if name in spec.parents:
            parent_model, column = spec.parents[name]
            old_id = getattr(record, column)
            old = None
            if old_id is not None:
                old = run.session.get(parent_model, old_id).uuid
            if raw == old:
                continue
            new_id = None
            if raw is not None:
                parent = run.session.scalars(select(parent_model).where(parent_model.uuid == raw)).one_or_none()
                if parent is None:
                    raise CommandError(f"{name.removesuffix('_uuid').capitalize()} {raw} does not exist.", name)
                new_id = parent.id
            setattr(record, column, new_id)
            previous[name] = old
            run.audit(entity, record, name, old, raw)
            continue
        try:
            value = spec.check(name, raw)
        except ValidationError as exc:
            raise CommandError(str(exc), exc.field) from exc
        old = getattr(record, name)
        if old == value:
            continue
        setattr(record, name, value)
        previous[name] = old
        run.audit(entity, record, name, old, value)
    return previous


@dataclass(frozen=True)
class SetFields:
    """Change fields of one record (``deleted=True`` deletes it, ``False`` restores it).

    ``seen`` is what the officer's window showed (``app.editing.concurrency``): a colleague's
    change since is merged field by field, and a clash raises EditConflict. ``keep_theirs``
    (undo) leaves a colleague's later change in place instead.
    """

    entity: str
    uuid: str
    values: Mapping[str, Any]
    label: str = "Edit"
    seen: Seen | None = None
    keep_theirs: bool = False

    def apply(self, run: CommandRun) -> Command:
        record = run.find(self.entity, self.uuid, lock=self.seen is not None)
        values: Mapping[str, Any] = self.values
        if self.seen is not None:
            values, conflicts = merge_with_colleagues(
                run.session, self.entity, record, values, self.seen, self.keep_theirs
            )
            if conflicts:
                raise EditConflict(self, conflicts)
        base_revision = record.revision
        with run.journaled():
            previous = _assign(run, self.entity, record, _with_parsed_timescale(self.entity, values))
        run.touched_entities.add(self.entity)
        run.touched_uuids.add(self.uuid)
        plan_id = _plan_id_of(record)
        run.plan_ids.add(plan_id)
        written = {name: _written(run, self.entity, record, name) for name in previous}
        if previous:
            before = {name: _comparable_value(old) for name, old in previous.items()}
            run.record(Journaled("edit", self.entity, self.uuid, plan_id, before, written, base_revision))
        # The undo knows what this edit wrote, so it never takes back a colleague's later change.
        seen = Seen(record.revision + 1 if previous else record.revision, written)
        return SetFields(self.entity, self.uuid, previous, label=self.label, seen=seen, keep_theirs=True)


def _comparable_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple | list) else value


def _written(run: CommandRun, entity: str, record: Any, name: str) -> Any:
    return _comparable_value(current_value(run.session, entity, record, name))


@dataclass(frozen=True)
class CreateRecord:
    """Create one record; its parents are named by ``<parent>_uuid`` values."""

    entity: str
    values: Mapping[str, Any]
    uuid: str = field(default_factory=new_uuid)
    label: str = "Add"

    def apply(self, run: CommandRun) -> Command:
        spec = spec_for(self.entity)
        values = _with_parsed_timescale(self.entity, self.values)
        record = spec.model(uuid=self.uuid)
        plain = {k: v for k, v in values.items() if k not in spec.parents and k != "objective_uuids"}
        for name, parent_key in ((k, v) for k, v in values.items() if k in spec.parents):
            model, column = spec.parents[name]
            if parent_key is None:
                continue
            parent = run.session.scalars(select(model).where(model.uuid == parent_key)).one_or_none()
            if parent is None:
                raise CommandError(f"{name.removesuffix('_uuid').capitalize()} {parent_key} does not exist.", name)
            setattr(record, column, parent.id)
        for name, raw in plain.items():
            try:
                setattr(record, name, spec.check(name, raw))
            except ValidationError as exc:
                raise CommandError(str(exc), exc.field) from exc
        run.session.add(record)
        run.session.flush()
        if "objective_uuids" in values:
            _set_objectives(run, record, values["objective_uuids"])
        with run.journaled():
            run.audit(self.entity, record, "", None, {k: v for k, v in values.items()})
        run.record(Journaled("create", self.entity, self.uuid, _plan_id_of(record), {}, dict(self.values), 0))
        return SetFields(self.entity, self.uuid, {"deleted": True}, label=self.label)


@dataclass(frozen=True)
class Batch:
    """Several commands as one undoable step, all or nothing."""

    label: str
    commands: tuple[Command, ...]

    @property
    def size(self) -> int:
        return sum(command_size(command) for command in self.commands)

    def apply(self, run: CommandRun) -> Command:
        inverses = []
        for command in self.commands:
            run.checkpoint()
            inverses.append(command.apply(run))
        return Batch(self.label, tuple(reversed(inverses)))


@dataclass(frozen=True)
class BackedUp:
    """A command risky enough (an import, a merge) that the database is backed up before it runs.

    The backup is a property of the command, so every caller (the window, the command line, a
    test) gets it without asking; ``CommandService.execute`` takes it before opening the transaction.
    """

    command: Command
    reason: str

    @property
    def label(self) -> str:
        return self.command.label

    @property
    def size(self) -> int:
        return command_size(self.command)

    def apply(self, run: CommandRun) -> Command:
        return self.command.apply(run)


def command_size(command: Command) -> int:
    """About how many records running ``command`` writes: a command writing many has a ``size``
    (a Batch, a merge's ReplaceRecords); any other writes one. The window runs the undo or redo of
    a big step on the thread pool (``ui.editing.undo_steps``)."""
    return getattr(command, "size", 1)


def does_nothing(command: Command) -> bool:
    """An empty batch (an import with nothing new to add), wrapped or not: running it changes nothing."""
    inner = command.command if isinstance(command, BackedUp) else command
    return isinstance(inner, Batch) and not inner.commands


__all__ = [
    "BackedUp",
    "Batch",
    "Command",
    "CommandCancelled",
    "CommandError",
    "CommandRun",
    "CreateRecord",
    "EditConflict",
    "Journaled",
    "SetFields",
    "StorageError",
    "command_size",
    "does_nothing",
]
