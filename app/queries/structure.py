"""The plan's shape: priorities and their objectives, with action counts and status breakdowns."""

from __future__ import annotations

from sqlalchemy import select

from app.plans.listing import plan_id_for
from app.queries.row_building import build_priority_tree
from app.storage.database import Database
from models import Action, Objective, Priority, action_objectives
from models.snapshots.rows import PriorityNode


def priority_tree(db: Database, plan_uuid: str) -> list[PriorityNode]:
    """Priorities in order, each with its objectives; an action counts under every objective it serves."""
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        priorities = session.scalars(
            select(Priority)
            .where(Priority.plan_id == plan_id, Priority.deleted.is_(False))
            .order_by(Priority.position, Priority.id)
        ).all()
        objectives = session.scalars(
            select(Objective)
            .join(Priority)
            .where(Priority.plan_id == plan_id, Objective.deleted.is_(False))
            .order_by(Objective.position, Objective.id)
        ).all()
        links = session.execute(
            select(action_objectives.c.action_id, action_objectives.c.objective_id, Action.status)
            .join(Action, Action.id == action_objectives.c.action_id)
            .where(Action.plan_id == plan_id, Action.deleted.is_(False))
        ).all()
        return build_priority_tree(priorities, objectives, links)
