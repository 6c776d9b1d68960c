"""What the command path may change: each entity's editable fields, parent links and checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
    Status,
)


class ValidationError(ValueError):
    """A value a user typed cannot be stored; ``field`` names it and the message says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def _text(limit: int | None = None, required: bool = False) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be text.")
        if required and not value.strip():
            raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} cannot be empty.")
        if limit is not None and len(value) > limit:
            raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} is longer than {limit} characters.")
        return value

    return check


def _optional_date(name: str, value: Any) -> date | None:
    if value is None or isinstance(value, date):
        if value is not None and not (1900 <= value.year <= 2200):
            raise ValidationError(name, f"{value.isoformat()} is not a plausible date for a plan.")
        return value
    raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be a date.")


def _required_date(name: str, value: Any) -> date:
    checked = _optional_date(name, value)
    if checked is None:
        raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} is required.")
    return checked


def _status(name: str, value: Any) -> str:
    status = value if isinstance(value, Status) else Status.parse(value if isinstance(value, str) else None)
    if status is None:
        allowed = ", ".join(s.value for s in Status)
        raise ValidationError(name, f"'{value}' is not a status. Choose one of: {allowed}.")
    return status.value


def _optional_status(name: str, value: Any) -> str | None:
    return None if value in (None, "") else _status(name, value)


def _percent(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(name, "Percent complete must be a whole number from 0 to 100.")
    return value


def _optional_percent(name: str, value: Any) -> int | None:
    return None if value is None else _percent(name, value)


def _optional_int(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be a whole, non-negative number.")
    return value


def _optional_number(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be a number.")
    return float(value)


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be yes or no.")
    return value


def _integer(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be a whole number.")
    return value


def _choice(*options: str) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if value not in options:
            raise ValidationError(name, f"{name.replace('_', ' ').capitalize()} must be one of: {', '.join(options)}.")
        return value

    return check


def _optional_text(name: str, value: Any) -> str | None:
    return None if value is None else _text()(name, value)


@dataclass(frozen=True)
class EntitySpec:
    name: str
    model: type
    fields: dict[str, Callable[[str, Any], Any]]
    # "<parent>_uuid" value -> (parent model, foreign key column on this model)
    parents: dict[str, tuple[type, str]] = field(default_factory=dict)
    label: str = ""

    def check(self, field_name: str, value: Any) -> Any:
        if field_name == "deleted":
            return _bool(field_name, value)
        validator = self.fields.get(field_name)
        if validator is None:
            raise ValidationError(field_name, f"{self.label or self.name} has no editable field '{field_name}'.")
        return validator(field_name, value)

    def check_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """Every field checked by the same rules an edit meets: what a whole-plan command stores."""
        return {name: self.check(name, value) for name, value in values.items()}


ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "plan",
            Plan,
            {
                "title": _text(300, required=True),
                "partnership": _text(300),
                "period_start": _optional_date,
                "period_end": _optional_date,
                "version_label": _text(100),
                "approval": _choice("draft", "approved"),
                "marking": _text(40),
                "description": _text(),
                "archived": _bool,
            },
            label="Plan",
        ),
        EntitySpec(
            "priority",
            Priority,
            {"code": _text(20), "title": _text(300, required=True), "description": _text(), "position": _integer},
            {"plan_uuid": (Plan, "plan_id")},
            label="Priority",
        ),
        EntitySpec(
            "objective",
            Objective,
            {"ref": _text(40), "text": _text(), "position": _integer},
            {"priority_uuid": (Priority, "priority_id")},
            label="Objective",
        ),
        EntitySpec(
            "lead",
            Lead,
            {
                "name": _text(300, required=True),
                "kind": _choice("organisation", "group", "post"),
                "email": _text(300),
                "notes": _text(),
            },
            {"plan_uuid": (Plan, "plan_id")},
            label="Lead",
        ),
        EntitySpec(
            "lead_alias",
            LeadAlias,
            {"alias": _text(300, required=True)},
            {"lead_uuid": (Lead, "lead_id")},
            label="Lead alias",
        ),
        EntitySpec(
            "action",
            Action,
            {
                "ref": _text(40),
                "activity": _text(),
                "partners": _text(),
                "timescale_text": _text(),
                "timescale_kind": _choice("dated", "range", "ongoing", "recurring", "tbc", "unknown"),
                "start_date": _optional_date,
                "due_date": _optional_date,
                "recurrence": _optional_text,
                "evidence": _text(),
                "resources": _text(),
                "budget_pence": _optional_int,
                "outcomes": _text(),
                "comments": _text(),
                "status": _status,
                "percent_complete": _percent,
                "confidential": _bool,
                "position": _integer,
            },
            {"plan_uuid": (Plan, "plan_id"), "lead_uuid": (Lead, "lead_id")},
            label="Action",
        ),
        EntitySpec(
            "progress",
            ProgressUpdate,
            {
                "date": _required_date,
                "author": _text(300),
                "status": _optional_status,
                "percent_complete": _optional_percent,
                "note": _text(),
                "source": _text(300),
            },
            {"action_uuid": (Action, "action_id")},
            label="Progress update",
        ),
        EntitySpec(
            "meeting",
            Meeting,
            {"body": _text(300), "date": _required_date, "title": _text(300)},
            {"plan_uuid": (Plan, "plan_id")},
            label="Meeting",
        ),
        EntitySpec(
            "measure",
            Measure,
            {
                "name": _text(300, required=True),
                "unit": _text(40),
                "direction": _choice("up", "down"),
                "baseline": _optional_number,
                "target": _optional_number,
                "description": _text(),
            },
            {"plan_uuid": (Plan, "plan_id"), "priority_uuid": (Priority, "priority_id")},
            label="Measure",
        ),
        EntitySpec(
            "measure_value",
            MeasureValue,
            {"period": _text(40, required=True), "value": _optional_number, "position": _integer},
            {"measure_uuid": (Measure, "measure_id")},
            label="Measure value",
        ),
        EntitySpec(
            "glossary",
            GlossaryTerm,
            {"term": _text(100, required=True), "meaning": _text()},
            {"plan_uuid": (Plan, "plan_id")},
            label="Glossary term",
        ),
        EntitySpec(
            "report_template",
            ReportTemplate,
            {
                "committee": _text(300),
                "author_name": _text(300),
                "author_role": _text(300),
                "author_email": _text(300),
                "contact_name": _text(300),
                "contact_role": _text(300),
                "contact_email": _text(300),
                "purpose": _text(),
                "recommendations": _text(),
                "background_papers": _text(),
            },
            {"plan_uuid": (Plan, "plan_id")},
            label="Report template",
        ),
        EntitySpec(
            "report_narrative",
            ReportNarrative,
            {"text": _text()},
            {"meeting_uuid": (Meeting, "meeting_id"), "priority_uuid": (Priority, "priority_id")},
            label="Report narrative",
        ),
    )
}


def spec_for(entity: str) -> EntitySpec:
    try:
        return ENTITIES[entity]
    except KeyError:
        raise ValidationError("entity", f"Unknown kind of record '{entity}'.") from None
