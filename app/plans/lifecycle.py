"""Deleting and archiving a whole plan: one undoable command each, with a backup taken first.

A deleted plan is a tombstone like any deleted record (Undo brings it back in the session, a
backup brings it back later); an archived plan is kept whole but left out of Open plan and
start-up until it is restored.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.editing.commands import BackedUp, Command, CommandRun, SetFields
from models.snapshots.rows import PlanSummary


@dataclass(frozen=True)
class SetArchived:
    """Archive or restore a plan. Not a plan field a plan file carries: where a copy files a
    finished plan is its own business, so this is a command of its own rather than SetFields."""

    plan_uuid: str
    archived: bool
    label: str

    def apply(self, run: CommandRun) -> Command:
        record = run.find("plan", self.plan_uuid)
        before = record.archived
        if before != self.archived:
            record.archived = self.archived
            run.audit("plan", record, "archived", before, self.archived)
        run.touched_entities.add("plan")
        run.touched_uuids.add(self.plan_uuid)
        run.plan_ids.add(record.id)
        return SetArchived(self.plan_uuid, before, self.label)


def delete_plan_command(plan: PlanSummary) -> Command:
    return BackedUp(SetFields("plan", plan.uuid, {"deleted": True}, f"Delete plan {plan.title}"), "before-delete-plan")


def archive_plan_command(plan: PlanSummary, archived: bool = True) -> Command:
    verb = "Archive" if archived else "Restore"
    return BackedUp(SetArchived(plan.uuid, archived, f"{verb} plan {plan.title}"), f"before-{verb.lower()}-plan")


def plan_created_by(inverse: Command) -> str | None:
    """The plan a step created, known by its inverse (an import, File ▸ New plan, a plan file opened
    as a new plan all return "delete this plan"): its uuid, else None."""
    if isinstance(inverse, BackedUp):
        inverse = inverse.command
    if isinstance(inverse, SetFields) and inverse.entity == "plan" and dict(inverse.values) == {"deleted": True}:
        return inverse.uuid
    return None
