"""Importing a plan file into a plan that already exists: new refs are added, existing refs only compared.

Matching is by action ref, the one identifier a Word or Excel plan carries. An action whose
ref the plan already holds is never overwritten (the file may be older than the plan); its
differences are listed so the user can edit by hand. Everything added is one Batch: one undo.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.editing.commands import Batch, CreateRecord
from app.plan_setup.leads import lead_index, lead_rows, normalise_lead_name
from app.plan_setup.reference_data import glossary
from app.plans.draft import ActionDraft, PlanDraft
from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from app.storage.database import Database
from models.snapshots.rows import ActionRow

COMPARED = (
    ("activity", "activity", "Activity"),
    ("lead", "lead_name", "Lead"),
    ("timescale", "timescale_text", "Timescale"),
    ("evidence", "evidence", "Evidence"),
    ("resources", "resources", "Resources"),
    ("status", "status", "Status"),
)


@dataclass(frozen=True)
class RefDifference:
    """An action the plan already has: field label, value in the plan, value in the file."""

    ref: str
    fields: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class PlanAddition:
    command: Batch
    added_refs: tuple[str, ...]
    existing: tuple[RefDifference, ...]


def plan_addition(db: Database, plan_uuid: str, draft: PlanDraft, label: str = "Import") -> PlanAddition:
    existing_actions = {row.ref.strip(): row for row in action_rows(db, plan_uuid)}
    commands: list[CreateRecord] = []
    new_actions = [a for a in draft.actions if a.ref.strip() not in existing_actions]
    needed_objectives = {ref.strip() for a in new_actions for ref in a.objective_refs}

    priorities = {node.code.strip(): node.uuid for node in priority_tree(db, plan_uuid)}
    objectives = {o.ref.strip(): o.uuid for node in priority_tree(db, plan_uuid) for o in node.objectives}
    for p_draft in draft.priorities:
        wanted = [
            o for o in p_draft.objectives if o.ref.strip() in needed_objectives and o.ref.strip() not in objectives
        ]
        if not wanted:
            continue
        if p_draft.code.strip() not in priorities:
            create = CreateRecord(
                "priority",
                {"plan_uuid": plan_uuid, "code": p_draft.code, "title": p_draft.title, "position": len(priorities)},
            )
            commands.append(create)
            priorities[p_draft.code.strip()] = create.uuid
        for o_draft in wanted:
            create = CreateRecord(
                "objective",
                {"priority_uuid": priorities[p_draft.code.strip()], "ref": o_draft.ref, "text": o_draft.text},
            )
            commands.append(create)
            objectives[o_draft.ref.strip()] = create.uuid

    leads = lead_index(lead_rows(db, plan_uuid))
    commands.extend(_lead_commands(plan_uuid, draft, new_actions, leads))
    start = len(existing_actions)
    for offset, a_draft in enumerate(new_actions):
        commands.append(_action_command(plan_uuid, a_draft, objectives, leads, start + offset))

    known_terms = {row.term.casefold() for row in glossary(db, plan_uuid)}
    for term in draft.glossary:
        if term.term.casefold() not in known_terms:
            known_terms.add(term.term.casefold())
            commands.append(
                CreateRecord("glossary", {"plan_uuid": plan_uuid, "term": term.term, "meaning": term.meaning})
            )

    differences = tuple(
        difference
        for a_draft in draft.actions
        if a_draft.ref.strip() in existing_actions
        and (difference := _difference(existing_actions[a_draft.ref.strip()], a_draft)).fields
    )
    return PlanAddition(Batch(label, tuple(commands)), tuple(a.ref for a in new_actions), differences)


def _lead_commands(plan_uuid: str, draft: PlanDraft, new_actions: list[ActionDraft], leads: dict[str, str]):
    """Leads the new actions name that the plan lacks; merged spellings arrive as aliases."""
    groups = {
        normalise_lead_name(name): l_draft for l_draft in draft.leads for name in (l_draft.name, *l_draft.aliases)
    }
    for a_draft in new_actions:
        key = normalise_lead_name(a_draft.lead)
        if not a_draft.lead.strip() or key in leads:
            continue
        group = groups.get(key)
        names = (group.name, *group.aliases) if group else (a_draft.lead.strip(),)
        create = CreateRecord("lead", {"plan_uuid": plan_uuid, "name": names[0]})
        yield create
        for name in names:
            if normalise_lead_name(name) not in leads and name != names[0]:
                yield CreateRecord("lead_alias", {"lead_uuid": create.uuid, "alias": name})
            leads[normalise_lead_name(name)] = create.uuid


def _action_command(
    plan_uuid: str, a_draft: ActionDraft, objectives: dict[str, str], leads: dict[str, str], position: int
) -> CreateRecord:
    lead_uuid = leads.get(normalise_lead_name(a_draft.lead)) if a_draft.lead.strip() else None
    return CreateRecord(
        "action",
        {
            "plan_uuid": plan_uuid,
            "ref": a_draft.ref,
            "activity": a_draft.activity,
            "lead_uuid": lead_uuid,
            "partners": a_draft.partners,
            "timescale_text": a_draft.timescale,
            "evidence": a_draft.evidence,
            "resources": a_draft.resources,
            "outcomes": a_draft.outcome,
            "comments": a_draft.comments,
            "status": a_draft.status,
            "position": position,
            "objective_uuids": [objectives[ref.strip()] for ref in dict.fromkeys(a_draft.objective_refs)],
        },
    )


def _difference(row: ActionRow, a_draft: ActionDraft) -> RefDifference:
    fields = []
    for draft_name, row_name, label in COMPARED:
        in_plan, in_file = str(getattr(row, row_name) or ""), str(getattr(a_draft, draft_name) or "")
        same = (
            normalise_lead_name(in_plan) == normalise_lead_name(in_file)
            if draft_name == "lead"
            else " ".join(in_plan.split()) == " ".join(in_file.split())
        )
        if not same and in_file.strip():
            fields.append((label, in_plan, in_file))
    return RefDifference(row.ref, tuple(fields))
