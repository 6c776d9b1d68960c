"""Deleting and archiving a whole plan: one undoable command each, with a backup taken first.

A deleted plan is a tombstone like any deleted record (Undo brings it back in the session, a
backup brings it back later); an archived plan is kept whole but left out of Open plan and
start-up until it is restored.
"""

from __future__ import annotations

from app.editing.commands import BackedUp, Command, SetFields
from models.snapshots.rows import PlanSummary


def delete_plan_command(plan: PlanSummary) -> Command:
    return BackedUp(SetFields("plan", plan.uuid, {"deleted": True}, f"Delete plan {plan.title}"), "before-delete-plan")


def archive_plan_command(plan: PlanSummary, archived: bool = True) -> Command:
    verb = "Archive" if archived else "Restore"
    change = SetFields("plan", plan.uuid, {"archived": archived}, f"{verb} plan {plan.title}")
    return BackedUp(change, f"before-{verb.lower()}-plan")
