"""Everything the workspace shows of one plan, read in one go: what opening a plan waits for."""

from __future__ import annotations

from datetime import date

from app.plan_setup.leads import lead_rows
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from app.storage.database import Database
from models.snapshots.rows import PlanView

__all__ = ["PlanView", "read_plan_view"]


def read_plan_view(db: Database, plan_uuid: str, today: date) -> PlanView:
    """The plan, its tree, its table rows and its leads; raises PlanNotFoundError for a missing plan.

    Takes no Qt and opens its own units of work, so the window can run it on the thread pool."""
    plan = get_plan(db, plan_uuid)
    return PlanView(plan, priority_tree(db, plan_uuid), action_rows(db, plan_uuid, today), lead_rows(db, plan_uuid))
