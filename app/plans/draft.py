"""A whole plan as plain data: what importers produce and the demo file holds, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class ObjectiveDraft:
    ref: str
    text: str = ""


@dataclass
class PriorityDraft:
    code: str
    title: str
    description: str = ""
    objectives: list[ObjectiveDraft] = field(default_factory=list)


@dataclass
class LeadDraft:
    name: str
    kind: str = "organisation"
    email: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class ProgressDraft:
    date: date
    author: str = ""
    status: str | None = None
    note: str = ""
    percent_complete: int | None = None
    source: str = ""


@dataclass
class ActionDraft:
    ref: str
    activity: str
    objective_refs: list[str] = field(default_factory=list)
    outcome: str = ""
    lead: str = ""
    partners: str = ""
    timescale: str = ""
    # The timescale as it reads inside the plan's period ("June" in a 2009-10 plan: "June 2009"),
    # parsed for the due date while ``timescale`` keeps the words as written; "" to parse those.
    timescale_read: str = ""
    evidence: str = ""
    resources: str = ""
    status: str = "Not started"
    percent_complete: int = 0
    comments: str = ""
    confidential: bool = False
    progress: list[ProgressDraft] = field(default_factory=list)


@dataclass
class GlossaryDraft:
    term: str
    meaning: str = ""


@dataclass
class MeetingDraft:
    body: str
    date: date
    title: str = ""


@dataclass
class MeasureDraft:
    name: str
    unit: str = ""
    direction: str = "up"
    baseline: float | None = None
    target: float | None = None
    values: list[tuple[str, float | None]] = field(default_factory=list)


@dataclass
class PlanDraft:
    title: str
    partnership: str = ""
    period_start: date | None = None
    period_end: date | None = None
    version_label: str = ""
    approval: str = "draft"
    marking: str = "OFFICIAL"
    description: str = ""
    priorities: list[PriorityDraft] = field(default_factory=list)
    leads: list[LeadDraft] = field(default_factory=list)
    actions: list[ActionDraft] = field(default_factory=list)
    glossary: list[GlossaryDraft] = field(default_factory=list)
    meetings: list[MeetingDraft] = field(default_factory=list)
    measures: list[MeasureDraft] = field(default_factory=list)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def plan_draft_from_dict(data: dict[str, Any]) -> PlanDraft:
    """Read the demo/interchange dictionary (see resources/demo_plan.json)."""
    plan = data["plan"]
    return PlanDraft(
        title=plan["title"],
        partnership=plan.get("partnership", ""),
        period_start=_date(plan.get("period_start")),
        period_end=_date(plan.get("period_end")),
        version_label=plan.get("version_label", ""),
        approval=plan.get("approval", "draft"),
        marking=plan.get("marking", "OFFICIAL"),
        description=plan.get("description", ""),
        priorities=[
            PriorityDraft(
                code=p["code"],
                title=p["title"],
                description=p.get("description", ""),
                objectives=[ObjectiveDraft(o["ref"], o.get("text", "")) for o in p.get("objectives", [])],
            )
            for p in data.get("priorities", [])
        ],
        leads=[
            LeadDraft(l["name"], l.get("kind", "organisation"), l.get("email", ""), list(l.get("aliases", [])))
            for l in data.get("leads", [])
        ],
        actions=[
            ActionDraft(
                ref=a.get("ref", ""),
                activity=a.get("activity", ""),
                objective_refs=list(a.get("objective_refs", [])),
                outcome=a.get("outcome", ""),
                lead=a.get("lead", ""),
                partners=a.get("partners", ""),
                timescale=a.get("timescale", ""),
                evidence=a.get("evidence", ""),
                resources=a.get("resources", ""),
                status=a.get("status", "Not started"),
                percent_complete=int(a.get("percent_complete", 0)),
                comments=a.get("comments", ""),
                confidential=bool(a.get("confidential", False)),
                progress=[
                    ProgressDraft(
                        date=date.fromisoformat(u["date"]),
                        author=u.get("author", ""),
                        status=u.get("status"),
                        note=u.get("note", ""),
                        percent_complete=u.get("percent_complete"),
                    )
                    for u in a.get("progress", [])
                ],
            )
            for a in data.get("actions", [])
        ],
        glossary=[GlossaryDraft(g["term"], g.get("meaning", "")) for g in data.get("glossary", [])],
        meetings=[
            MeetingDraft(m.get("body", ""), date.fromisoformat(m["date"]), m.get("title", ""))
            for m in data.get("meetings", [])
        ],
        measures=[
            MeasureDraft(
                name=m["name"],
                unit=m.get("unit", ""),
                direction=m.get("direction", "up"),
                baseline=m.get("baseline"),
                target=m.get("target"),
                values=[(v["period"], v.get("value")) for v in m.get("values", [])],
            )
            for m in data.get("measures", [])
        ],
    )
