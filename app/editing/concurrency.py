"""Optimistic concurrency: an edit says what its officer saw, and a colleague's change since is never overwritten.

A ``Seen`` travels with a ``SetFields``: the record's revision and the values of the fields being
changed, as the officer's window showed them. The record is locked for the transaction; when its
revision is still the one seen, the edit applies as it is. Otherwise each field is merged by the
rule plan-file merges use (``app.editing.merge_rule.three_way``): a field the colleague did not
touch takes the edit; a field they changed to the same value needs nothing; a field they changed
differently is a conflict (``app.editing.commands.EditConflict``) showing both values, for the
officer to choose. Fields the edit does not name are never written, so a colleague's other
changes stay as they are.

Undo carries a ``Seen`` of the values it wrote and ``keep_theirs``: a colleague's later change to
a field is left in place rather than undone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.editing.entities import ValidationError, spec_for
from app.editing.merge_rule import CONFLICT, SAME, TAKE_THEIRS, display, three_way
from models import Action, AuditEntry


@dataclass(frozen=True)
class Seen:
    """What the officer's window showed when the edit was made."""

    revision: int
    values: Mapping[str, Any]


@dataclass(frozen=True)
class FieldConflict:
    entity: str
    uuid: str
    field: str
    record_label: str
    seen: Any
    mine: Any
    theirs: Any
    changed_by: str

    @property
    def label(self) -> str:
        return self.field.replace("_uuid", "").replace("_", " ")

    def describe(self) -> str:
        return (
            f"{self.changed_by} changed the {self.label} of {self.record_label} from {display(self.seen)!r} to "
            f"{display(self.theirs)!r} while you changed it to {display(self.mine)!r}."
        )


def seen_in(row: Any, fields: Mapping[str, Any] | list[str]) -> Seen:
    """A ``Seen`` from a snapshot row (``ActionRow``...) for the fields an edit changes."""
    return Seen(row.revision, {name: _comparable(getattr(row, name)) for name in fields})


def _comparable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple | list) else value


def current_value(session, entity: str, record: Any, name: str) -> Any:
    """A field as ``SetFields`` names it: parents by UUID, an action's objectives as a UUID list."""
    spec = spec_for(entity)
    if name == "objective_uuids" and isinstance(record, Action):
        return [objective.uuid for objective in record.objectives]
    if name in spec.parents:
        parent_model, column = spec.parents[name]
        parent_id = getattr(record, column)
        return None if parent_id is None else session.get(parent_model, parent_id).uuid
    return getattr(record, name)


def _checked(entity: str, name: str, value: Any) -> Any:
    """The value as it would be stored ("Delayed" is stored as "Off track"), to compare like with like."""
    spec = spec_for(entity)
    if name not in spec.fields:
        return value
    try:
        return spec.check(name, value)
    except ValidationError:
        return value  # refused later by the edit itself, with its own message


def _changed_by(session, uuid: str, field: str) -> str:
    query = (
        select(AuditEntry.user)
        .where(AuditEntry.entity_uuid == uuid, AuditEntry.field.in_((field, "")))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return session.scalars(query).first() or "Someone else"


def _record_label(entity: str, record: Any) -> str:
    name = getattr(record, "ref", "") or getattr(record, "name", "") or getattr(record, "title", "")
    return f"{spec_for(entity).label.lower()} {name}".strip()


def merge_with_colleagues(
    session, entity: str, record: Any, values: Mapping[str, Any], seen: Seen, keep_theirs: bool = False
) -> tuple[dict[str, Any], tuple[FieldConflict, ...]]:
    """The values still to write after a colleague's changes, and the conflicts left for the officer.

    With ``keep_theirs`` (an undo) a conflicting field is dropped: the colleague's value stays.
    """
    if record.revision == seen.revision:
        return dict(values), ()
    to_write: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, mine in values.items():
        if name not in seen.values:
            to_write[name] = mine
            continue
        base = seen.values[name]
        theirs = _comparable(current_value(session, entity, record, name))
        outcome = three_way(base, _comparable(_checked(entity, name, mine)), theirs)
        if outcome in (SAME, TAKE_THEIRS):
            continue
        if outcome == CONFLICT:
            if not keep_theirs:
                who = _changed_by(session, record.uuid, name)
                conflicts.append(
                    FieldConflict(entity, record.uuid, name, _record_label(entity, record), base, mine, theirs, who)
                )
            continue
        to_write[name] = mine
    return to_write, tuple(conflicts)


__all__ = ["FieldConflict", "Seen", "current_value", "merge_with_colleagues", "seen_in"]
