"""A plan's records as plain, JSON-ready dictionaries: what a plan file holds and a merge compares.

Every record is ``{"uuid", "revision", "created_at", "modified_at", <merge fields>}``. The merge
fields are the entity's editable fields (``app.editing.entities``), its parent links by UUID
(``plan_uuid``, ``lead_uuid``...), an action's ordered ``objective_uuids`` and the ``deleted``
tombstone. Dates are ISO strings, so records compare equal whichever copy they come from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from app.editing.entities import ENTITIES, spec_for
from models import (
    Action,
    GlossaryTerm,
    Lead,
    LeadAlias,
    Measure,
    MeasureValue,
    Meeting,
    Objective,
    Plan,
    Priority,
    ProgressUpdate,
    ReportNarrative,
    ReportTemplate,
    action_objectives,
)

# Parents before children: the order records are written in (and removed in reverse).
ENTITY_ORDER: tuple[str, ...] = (
    "plan",
    "priority",
    "objective",
    "lead",
    "lead_alias",
    "action",
    "progress",
    "meeting",
    "measure",
    "measure_value",
    "glossary",
    "report_template",
    "report_narrative",
)
STAMPS: tuple[str, ...] = ("uuid", "revision", "created_at", "modified_at")
DATE_FIELDS = frozenset({"period_start", "period_end", "start_date", "due_date", "date"})
# Changing a timescale re-derives these; a merge takes or leaves them together with the text.
TIMESCALE_UNIT: tuple[str, ...] = ("timescale_text", "timescale_kind", "start_date", "due_date", "recurrence")

PLURAL_LABELS = {
    "plan": "plan",
    "priority": "priorities",
    "objective": "objectives",
    "lead": "leads",
    "lead_alias": "lead aliases",
    "action": "actions",
    "progress": "progress updates",
    "meeting": "meetings",
    "measure": "measures",
    "measure_value": "measure values",
    "glossary": "glossary terms",
    "report_template": "report templates",
    "report_narrative": "report narratives",
}
# Fields a later minor version of the format added, with the value a record written before had.
ADDED_FIELDS: dict[str, dict[str, Any]] = {"meeting": {"agenda_item": ""}}

Record = dict[str, Any]


def merge_fields(entity: str) -> tuple[str, ...]:
    spec = spec_for(entity)
    names = [*spec.fields, *spec.parents]
    if entity == "action":
        names.append("objective_uuids")
    names.append("deleted")
    return tuple(names)


def merge_units(entity: str) -> tuple[tuple[str, ...], ...]:
    """Groups of fields merged as one: single fields, except an action's timescale."""
    units: list[tuple[str, ...]] = []
    for name in merge_fields(entity):
        if entity == "action" and name in TIMESCALE_UNIT:
            if name == TIMESCALE_UNIT[0]:
                units.append(TIMESCALE_UNIT)
            continue
        units.append((name,))
    return tuple(units)


def to_plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def from_plain(field: str, value: Any) -> Any:
    """The database value of a plan-file value; raises ValueError for a malformed date."""
    if field in DATE_FIELDS and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _plan_queries(plan_id: int) -> dict[str, Any]:
    return {
        "plan": select(Plan).where(Plan.id == plan_id),
        "priority": select(Priority).where(Priority.plan_id == plan_id),
        "objective": select(Objective).join(Priority).where(Priority.plan_id == plan_id),
        "lead": select(Lead).where(Lead.plan_id == plan_id),
        "lead_alias": select(LeadAlias).join(Lead).where(Lead.plan_id == plan_id),
        "action": select(Action).where(Action.plan_id == plan_id),
        "progress": select(ProgressUpdate).join(Action).where(Action.plan_id == plan_id),
        "meeting": select(Meeting).where(Meeting.plan_id == plan_id),
        "measure": select(Measure).where(Measure.plan_id == plan_id),
        "measure_value": select(MeasureValue).join(Measure).where(Measure.plan_id == plan_id),
        "glossary": select(GlossaryTerm).where(GlossaryTerm.plan_id == plan_id),
        "report_template": select(ReportTemplate).where(ReportTemplate.plan_id == plan_id),
        "report_narrative": select(ReportNarrative).join(Meeting).where(Meeting.plan_id == plan_id),
    }


def _objective_links(session: Session, plan_id: int) -> dict[int, list[str]]:
    # rowid (PostgreSQL: ctid) breaks ties between links stored without a position, keeping the
    # order they were made in.
    row_order = literal_column(
        "action_objective.ctid" if session.get_bind().dialect.name == "postgresql" else "action_objective.rowid"
    )
    query = (
        select(action_objectives.c.action_id, Objective.uuid)
        .join(Objective, Objective.id == action_objectives.c.objective_id)
        .join(Action, Action.id == action_objectives.c.action_id)
        .where(Action.plan_id == plan_id)
        .order_by(action_objectives.c.action_id, action_objectives.c.position, row_order)
    )
    links: dict[int, list[str]] = {}
    for action_id, objective_uuid in session.execute(query):
        links.setdefault(action_id, []).append(objective_uuid)
    return links


def gather_plan_records(session: Session, plan_id: int) -> dict[str, list[Record]]:
    """Every record of the plan, tombstones included, sorted by UUID within each entity."""
    loaded = {entity: list(session.scalars(query)) for entity, query in _plan_queries(plan_id).items()}
    uuid_of: dict[type, dict[int, str]] = {}
    for entity, objects in loaded.items():
        uuid_of[ENTITIES[entity].model] = {obj.id: obj.uuid for obj in objects}
    links = _objective_links(session, plan_id)
    result: dict[str, list[Record]] = {}
    for entity in ENTITY_ORDER:
        spec = spec_for(entity)
        records = []
        for obj in loaded[entity]:
            record: Record = {name: to_plain(getattr(obj, name)) for name in STAMPS}
            for name in spec.fields:
                record[name] = to_plain(getattr(obj, name))
            for name, (parent_model, column) in spec.parents.items():
                parent_id = getattr(obj, column)
                record[name] = None if parent_id is None else _parent_uuid(session, uuid_of, parent_model, parent_id)
            if entity == "action":
                record["objective_uuids"] = links.get(obj.id, [])
            record["deleted"] = obj.deleted
            records.append(record)
        result[entity] = sorted(records, key=lambda r: r["uuid"])
    return result


def _parent_uuid(session: Session, uuid_of: dict[type, dict[int, str]], model: type, parent_id: int) -> str:
    known = uuid_of.setdefault(model, {})
    if parent_id not in known:
        known[parent_id] = session.scalar(select(model.uuid).where(model.id == parent_id))
    return known[parent_id]


def fields_of(entity: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The merge fields of ``record``; a field it predates has the value records had before it."""
    added = ADDED_FIELDS.get(entity, {})
    return {name: record.get(name, added.get(name)) for name in merge_fields(entity)}


def index_records(records: Mapping[str, Iterable[Record]]) -> dict[str, tuple[str, Record]]:
    """uuid -> (entity, record) over every entity."""
    return {record["uuid"]: (entity, record) for entity, items in records.items() for record in items}


def record_label(entity: str, record: Mapping[str, Any], index: Mapping[str, tuple[str, Record]]) -> str:
    """How a person names the record: "Action 1.1.2", "Progress update 2023-04-01 on Action 1.1.2"."""
    kind = spec_for(entity).label
    if entity == "plan":
        return f"Plan “{record.get('title', '')}”"
    if entity == "priority":
        return f"Priority {record.get('code') or record.get('title', '')}".strip()
    if entity in ("objective", "action"):
        return f"{kind} {record.get('ref') or str(record.get('uuid', ''))[:8]}"
    if entity == "progress":
        parent = index.get(record.get("action_uuid") or "")
        on = f" on {record_label(*parent, index)}" if parent else ""
        return f"Progress update {record.get('date', '')}{on}"
    if entity == "lead":
        return f"Lead {record.get('name', '')}"
    if entity == "lead_alias":
        return f"Lead alias {record.get('alias', '')}"
    if entity == "meeting":
        return f"Meeting {record.get('body', '')} {record.get('date', '')}".replace("  ", " ")
    if entity == "measure":
        return f"Measure {record.get('name', '')}"
    if entity == "measure_value":
        return f"Measure value {record.get('period', '')}"
    if entity == "report_template":
        return "The report template"
    if entity == "report_narrative":
        meeting = index.get(record.get("meeting_uuid") or "")
        priority = index.get(record.get("priority_uuid") or "")
        part = record_label(*priority, index) if priority else "Executive summary"
        return f"Report narrative: {part}" + (f", for {record_label(*meeting, index)}" if meeting else "")
    return f"{kind} {record.get('term', '')}"
