"""Commands for the everyday action operations: add, duplicate, delete, move, bulk edit, progress updates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from app.editing.commands import Batch, Command, CreateRecord, SetFields
from app.editing.concurrency import Seen, seen_in
from models.snapshots.rows import ActionRow
from models.status import Status


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def next_ref(objective_ref: str, existing_refs: Iterable[str]) -> str:
    """The first free "<objective>.<n>" ref, counting on from the objective's existing actions."""
    taken = set(existing_refs)
    prefix = f"{objective_ref}." if objective_ref else ""
    number = sum(1 for ref in taken if ref.startswith(prefix) and ref[len(prefix) :].isdigit()) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def new_action_command(
    plan_uuid: str, objective_uuid: str | None, objective_ref: str, rows: Sequence[ActionRow]
) -> CreateRecord:
    values: dict[str, Any] = {
        "plan_uuid": plan_uuid,
        "ref": next_ref(objective_ref, (row.ref for row in rows)),
        "activity": "New action",
        "status": Status.NOT_STARTED.value,
        "position": max((row.position for row in rows), default=0) + 1,
    }
    if objective_uuid is not None:
        values["objective_uuids"] = [objective_uuid]
    return CreateRecord("action", values, label="Add action")


def duplicate_command(plan_uuid: str, originals: Sequence[ActionRow], all_rows: Sequence[ActionRow]) -> Batch:
    """Copies that keep every field, objectives and timescale dates; each gets the next free ref."""
    refs = [row.ref for row in all_rows]
    commands = []
    for row in originals:
        ref = next_ref(row.objective_refs[0] if row.objective_refs else "", refs)
        refs.append(ref)
        values = {
            "plan_uuid": plan_uuid,
            "ref": ref,
            "activity": row.activity,
            "lead_uuid": row.lead_uuid,
            "partners": row.partners,
            "timescale_text": row.timescale_text,
            "timescale_kind": row.timescale_kind,
            "start_date": row.start_date,
            "due_date": row.due_date,
            "recurrence": row.recurrence,
            "evidence": row.evidence,
            "resources": row.resources,
            "budget_pence": row.budget_pence,
            "outcomes": row.outcomes,
            "comments": row.comments,
            "status": row.status,
            "percent_complete": row.percent_complete,
            "confidential": row.confidential,
            "position": row.position,
            "objective_uuids": list(row.objective_uuids),
        }
        commands.append(CreateRecord("action", values, label="Duplicate action"))
    return Batch(f"Duplicate {_plural(len(originals), 'action')}", tuple(commands))


def delete_command(rows: Sequence[ActionRow]) -> Batch:
    commands = tuple(
        SetFields("action", row.uuid, {"deleted": True}, "Delete action", seen=Seen(row.revision, {"deleted": False}))
        for row in rows
    )
    return Batch(f"Delete {_plural(len(rows), 'action')}", commands)


def bulk_set_command(rows: Sequence[ActionRow], field: str, value: Any, what: str) -> Batch:
    """One undo step that sets ``field`` on every row (rows that already have the value are left alone)."""
    commands = tuple(
        SetFields("action", row.uuid, {field: value}, seen=seen_in(row, [field]))
        for row in rows
        if getattr(row, field) != value
    )
    return Batch(f"Set {what} of {_plural(len(rows), 'action')}", commands)


def move_command(rows: Sequence[ActionRow], objective_uuid: str, objective_ref: str) -> Batch:
    """Each action's first objective becomes ``objective_uuid``; any further links stay."""
    commands: list[Command] = []
    for row in rows:
        others = [u for u in row.objective_uuids[1:] if u != objective_uuid]
        values = {"objective_uuids": [objective_uuid, *others]}
        commands.append(SetFields("action", row.uuid, values, seen=seen_in(row, values)))
    return Batch(f"Move {_plural(len(rows), 'action')} to objective {objective_ref}", tuple(commands))


def progress_update_command(
    action: ActionRow, when: date, author: str, note: str, status: str | None, percent: int | None = None
) -> Batch:
    """A progress update; its status (and percent) also become the action's own, in the same undo step."""
    values: dict[str, Any] = {"action_uuid": action.uuid, "date": when, "author": author, "note": note}
    action_changes: dict[str, Any] = {}
    if status:
        values["status"] = status
        if status != action.status:
            action_changes["status"] = status
    if percent is not None:
        values["percent_complete"] = percent
        if percent != action.percent_complete:
            action_changes["percent_complete"] = percent
    commands: list[Command] = [CreateRecord("progress", values, label="Add progress update")]
    if action_changes:
        commands.append(SetFields("action", action.uuid, action_changes, seen=seen_in(action, action_changes)))
    return Batch(f"Add update to {action.ref or 'action'}", tuple(commands))
