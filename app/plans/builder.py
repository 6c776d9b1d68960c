"""Storing a whole PlanDraft as a new plan: one command, one transaction, one undo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert

from app.editing.commands import Command, CommandError, CommandRun, SetFields
from app.editing.entities import ValidationError, spec_for
from app.plan_setup.leads import normalise_lead_name
from app.plans.draft import PlanDraft
from app.timescale import parse_timescale
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
    Status,
    action_objectives,
    new_uuid,
)


def _status(value: str | None, where: str) -> str:
    status = Status.parse(value)
    if status is None:
        raise CommandError(f"{where}: '{value}' is not a status.")
    return status.value


def _checked(entity: str, where: str, **values: Any) -> dict[str, Any]:
    """The draft's values through the entity's field specs, so a new plan meets an edit's rules."""
    try:
        return spec_for(entity).check_values(values)
    except ValidationError as exc:
        raise CommandError(f"{where}: {exc}", exc.field) from None


@dataclass(frozen=True)
class CreatePlan:
    draft: PlanDraft
    source: str = ""
    uuid: str = ""
    label: str = "Create plan"

    def apply(self, run: CommandRun) -> Command:
        draft = self.draft
        if not draft.title.strip():
            raise CommandError("A plan needs a title.")
        session = run.session
        plan = Plan(
            uuid=self.uuid or new_uuid(),
            **_checked(
                "plan",
                "The plan",
                title=draft.title,
                partnership=draft.partnership,
                period_start=draft.period_start,
                period_end=draft.period_end,
                version_label=draft.version_label,
                approval=draft.approval,
                marking=draft.marking,
                description=draft.description,
            ),
        )
        session.add(plan)
        session.flush()

        objectives: dict[str, Objective] = {}
        for p_index, p_draft in enumerate(draft.priorities):
            where = f"Priority {p_draft.code or p_index + 1}"
            priority = Priority(
                plan_id=plan.id,
                **_checked("priority", where, code=p_draft.code, title=p_draft.title, description=p_draft.description),
                position=p_index,
            )
            for o_index, o_draft in enumerate(p_draft.objectives):
                values = _checked("objective", f"Objective {o_draft.ref}", ref=o_draft.ref, text=o_draft.text)
                objective = Objective(**values, position=o_index)
                priority.objectives.append(objective)
                objectives.setdefault(o_draft.ref.strip(), objective)
            session.add(priority)

        leads: dict[str, Lead] = {}
        for l_draft in draft.leads:
            values = _checked(
                "lead", f"Lead {l_draft.name[:60]}", name=l_draft.name, kind=l_draft.kind, email=l_draft.email
            )
            lead = Lead(plan_id=plan.id, **values)
            lead.aliases = [
                LeadAlias(**_checked("lead_alias", f"Lead {l_draft.name[:60]}", alias=a))
                for a in l_draft.aliases
                if a != l_draft.name
            ]
            session.add(lead)
            for name in (l_draft.name, *l_draft.aliases):
                leads.setdefault(normalise_lead_name(name), lead)

        links: list[tuple[Action, list[Objective]]] = []
        for position, a_draft in enumerate(draft.actions):
            if position % 100 == 0:
                run.checkpoint()
            where = f"Action {a_draft.ref or position + 1}"
            parsed = parse_timescale(a_draft.timescale_read or a_draft.timescale)
            lead = None
            if a_draft.lead.strip():
                key = normalise_lead_name(a_draft.lead)
                lead = leads.get(key)
                if lead is None:
                    lead = Lead(plan_id=plan.id, **_checked("lead", where, name=a_draft.lead.strip()))
                    session.add(lead)
                    leads[key] = lead
            missing = [ref for ref in a_draft.objective_refs if ref.strip() not in objectives]
            if missing:
                raise CommandError(f"{where} refers to objective {', '.join(missing)}, which the plan does not have.")
            action = Action(
                plan_id=plan.id,
                lead=lead,
                **_checked(
                    "action",
                    where,
                    ref=a_draft.ref,
                    activity=a_draft.activity,
                    partners=a_draft.partners,
                    timescale_text=a_draft.timescale,
                    timescale_kind=parsed.kind.value,
                    start_date=parsed.start,
                    due_date=parsed.due,
                    recurrence=parsed.recurrence,
                    evidence=a_draft.evidence,
                    resources=a_draft.resources,
                    outcomes=a_draft.outcome,
                    comments=a_draft.comments,
                    status=_status(a_draft.status, where),
                    percent_complete=a_draft.percent_complete,
                    confidential=a_draft.confidential,
                ),
                position=position,
            )
            action.updates = [
                ProgressUpdate(
                    **_checked(
                        "progress",
                        f"{where}, progress of {u.date}",
                        date=u.date,
                        author=u.author,
                        status=_status(u.status, where) if u.status else None,
                        percent_complete=u.percent_complete,
                        note=u.note,
                        source=u.source or self.source,
                    )
                )
                for u in a_draft.progress
            ]
            session.add(action)
            links.append((action, [objectives[ref.strip()] for ref in a_draft.objective_refs]))

        session.flush()
        link_rows = [
            {"action_id": action.id, "objective_id": objective.id, "position": position}
            for action, linked in links
            for position, objective in enumerate(dict.fromkeys(linked))
        ]
        if link_rows:
            session.execute(insert(action_objectives), link_rows)
        session.add_all(
            GlossaryTerm(
                plan_id=plan.id, **_checked("glossary", f"Glossary term {g.term[:60]}", term=g.term, meaning=g.meaning)
            )
            for g in draft.glossary
        )
        session.add_all(
            Meeting(plan_id=plan.id, **_checked("meeting", "A meeting", body=m.body, date=m.date, title=m.title))
            for m in draft.meetings
        )
        for m_draft in draft.measures:
            where = f"Measure {m_draft.name[:60]}"
            measure = Measure(
                plan_id=plan.id,
                **_checked(
                    "measure",
                    where,
                    name=m_draft.name,
                    unit=m_draft.unit,
                    direction=m_draft.direction,
                    baseline=m_draft.baseline,
                    target=m_draft.target,
                ),
            )
            measure.values = [
                MeasureValue(**_checked("measure_value", where, period=p, value=v, position=i))
                for i, (p, v) in enumerate(m_draft.values)
            ]
            session.add(measure)
        session.flush()
        summary = {"title": draft.title, "actions": len(draft.actions), "source": self.source}
        run.audit("plan", plan, "", None, summary)
        return SetFields("plan", plan.uuid, {"deleted": True}, label=self.label)
