"""The audit trail in words a secretary reads: when, who, which change, which field, from what to what."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.editing.commands import load_audit_value
from app.editing.entities import ValidationError, spec_for
from app.plan_setup.leads import lead_rows
from app.queries.actions import audit_trail
from app.queries.structure import priority_tree
from app.storage.database import Database

# Field names as the window labels them.
FIELD_LABELS = {
    "activity": "Action",
    "lead_uuid": "Lead",
    "objective_uuids": "Objectives",
    "timescale_text": "Timescale",
    "timescale_kind": "Timescale read as",
    "start_date": "Start",
    "due_date": "Due",
    "percent_complete": "% complete",
    "budget_pence": "Budget (pence)",
    "deleted": "Deleted",
}
MAX_VALUE = 200
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: datetime
    user: str
    change: str  # the command, as the Undo menu named it
    record: str  # "Action", "Progress update"...
    field: str
    old: str
    new: str


def change_history(db: Database, plan_uuid: str, entity_uuid: str | None = None, limit: int = 500) -> list[HistoryLine]:
    """Newest first; one record's changes when ``entity_uuid`` is given, else the whole plan's."""
    names = {lead.uuid: lead.name for lead in lead_rows(db, plan_uuid)}
    for priority in priority_tree(db, plan_uuid):
        names.update({o.uuid: f"{o.ref} {o.text}".strip() for o in priority.objectives})
    lines = []
    for row in audit_trail(db, plan_uuid, entity_uuid, limit):
        record = spec_for(row.entity).label if _known(row.entity) else row.entity
        old, new = load_audit_value(row.old_value), load_audit_value(row.new_value)
        if not row.field:  # a whole record created (new holds its values) or removed (old holds them)
            field, old_text, new_text = "", "", "created" if old is None else "removed"
        else:
            field = FIELD_LABELS.get(row.field, row.field.replace("_", " ").capitalize())
            old_text, new_text = _words(old, names), _words(new, names)
        lines.append(HistoryLine(row.at, row.user, row.command_label, record, field, old_text, new_text))
    return lines


def _known(entity: str) -> bool:
    try:
        spec_for(entity)
    except ValidationError:
        return False
    return True


def _words(value: Any, names: dict[str, str]) -> str:
    """A stored value as text, with record ids (a lead, objectives) given by name."""
    if value is None or value == "":
        return "(empty)"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, list):
        value = "; ".join(names.get(str(item), str(item)) for item in value)
    elif isinstance(value, str):
        value = names.get(value, value)
        if ISO_DATE.fullmatch(value):
            value = f"{date.fromisoformat(value):%-d %b %Y}"
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"
