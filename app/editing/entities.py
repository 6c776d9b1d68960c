"""What the command path may change: each entity's editable fields, parent links and checks."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.editing.money import MAX_PENCE
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


# The longest text a spreadsheet cell holds: anything longer could not be exported to Excel, and
# no real action, note or description comes near it.
MAX_TEXT = 32_767
# Whole numbers other programs reading a plan file keep exactly (JSON numbers are doubles), far
# inside SQLite's 64 bits so a revision can still be counted up.
MAX_WHOLE = 2**53
# Characters XML 1.0 (so .xlsx and .docx) cannot hold: C0 controls but tab, line feed and carriage
# return; lone surrogates; U+FFFE/U+FFFF. They come from binary junk pasted into a cell or a
# crafted file, never from what someone meant to type, so they are dropped rather than refused.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_LINE_BREAK = re.compile("[\r\n\x0b\x0c\x85\u2028\u2029]")


def clean_text(value: str) -> str:
    """``value`` without the characters no export format can hold."""
    return _UNSTORABLE.sub("", value)


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _text(limit: int = MAX_TEXT, required: bool = False) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValidationError(name, f"{_label(name)} must be text.")
        value = clean_text(value)
        if required and not value.strip():
            raise ValidationError(name, f"{_label(name)} cannot be empty.")
        if len(value) > limit:
            raise ValidationError(name, f"{_label(name)} is longer than {limit:,} characters ({len(value):,}).")
        return value

    return check


def _line(limit: int = 300, required: bool = False) -> Callable[[str, Any], str]:
    """One line of text: a name or an address goes into email headers and file names, where a line
    break would start a new header (or, in Python's email module, raise)."""
    text = _text(limit, required)

    def check(name: str, value: Any) -> str:
        value = text(name, value)
        if _LINE_BREAK.search(value):
            raise ValidationError(name, f"{_label(name)} cannot contain a line break: type it on one line.")
        return value

    return check


# Only the shape a mail program needs: one @, no spaces, a dot in the domain. Deliverability is
# the mail server's business; this stops "see Jane" or "jane@council" reaching a draft's To line.
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def _emails(name: str, value: Any) -> str:
    """One address, or several separated by commas or semicolons (co-leads), stored as "a@x, b@y";
    anything that is not an address, or a line break, is refused naming it."""
    value = _line(300)(name, value)
    addresses = [piece.strip() for piece in re.split("[,;]", value) if piece.strip()]
    for address in addresses:
        if not _ADDRESS.fullmatch(address):
            raise ValidationError(name, f"“{address}” is not an email address (name@example.gov.uk).")
    return ", ".join(addresses)


def _optional_date(name: str, value: Any) -> date | None:
    if value is None or isinstance(value, date):
        if value is not None and not (1900 <= value.year <= 2200):
            raise ValidationError(name, f"{value.isoformat()} is not a plausible date for a plan.")
        return value
    raise ValidationError(name, f"{_label(name)} must be a date.")


def _required_date(name: str, value: Any) -> date:
    checked = _optional_date(name, value)
    if checked is None:
        raise ValidationError(name, f"{_label(name)} is required.")
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


def _optional_pence(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PENCE:
        raise ValidationError(
            name, f"{_label(name)} must be a whole, non-negative number of pence up to {MAX_PENCE:,}."
        )
    return value


def _optional_number(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, f"{_label(name)} must be a number.")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ValidationError(name, f"{_label(name)} must be a finite number.")
    return number


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, f"{_label(name)} must be yes or no.")
    return value


def _integer(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not -MAX_WHOLE <= value <= MAX_WHOLE:
        raise ValidationError(name, f"{_label(name)} must be a whole number between -2^53 and 2^53.")
    return value


def _choice(*options: str) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if value not in options:
            raise ValidationError(name, f"{_label(name)} must be one of: {', '.join(options)}.")
        return value

    return check


def _optional_text(name: str, value: Any) -> str | None:
    return None if value is None else _text(300)(name, value)


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
                "name": _line(300, required=True),
                "kind": _choice("organisation", "group", "post"),
                "email": _emails,
                "notes": _text(),
            },
            {"plan_uuid": (Plan, "plan_id")},
            label="Lead",
        ),
        EntitySpec(
            "lead_alias",
            LeadAlias,
            {"alias": _line(300, required=True)},
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
                "budget_pence": _optional_pence,
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
            {"body": _text(300), "date": _required_date, "title": _text(300), "agenda_item": _line(40)},
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
