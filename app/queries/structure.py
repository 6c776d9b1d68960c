"""The plan's shape: priorities and their objectives, with action counts and status breakdowns."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select

from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Action, Objective, Priority, Status, action_objectives
from models.snapshots.rows import ObjectiveNode, PriorityNode


def _ordered_counts(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    order = [s.value for s in Status]
    return tuple((name, counter[name]) for name in order if counter[name]) + tuple(
        (name, n) for name, n in counter.items() if name not in order
    )


def priority_tree(db: Database, plan_uuid: str) -> list[PriorityNode]:
    """Priorities in order, each with its objectives; an action counts under its first objective."""
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
        first_links = session.execute(
            select(action_objectives.c.action_id, action_objectives.c.objective_id, Action.status)
            .join(Action, Action.id == action_objectives.c.action_id)
            .where(Action.plan_id == plan_id, Action.deleted.is_(False))
            .order_by(action_objectives.c.action_id, action_objectives.c.position)
        ).all()
        filed_under: dict[int, tuple[int, str]] = {}
        for action_id, objective_id, status in first_links:
            filed_under.setdefault(action_id, (objective_id, status))
        by_objective: dict[int, Counter[str]] = defaultdict(Counter)
        for objective_id, status in filed_under.values():
            by_objective[objective_id][status] += 1

        tree = []
        for priority in priorities:
            total: Counter[str] = Counter()
            nodes = []
            for objective in (o for o in objectives if o.priority_id == priority.id):
                counts = by_objective.get(objective.id, Counter())
                total.update(counts)
                nodes.append(
                    ObjectiveNode(
                        uuid=objective.uuid,
                        priority_uuid=priority.uuid,
                        ref=objective.ref,
                        text=objective.text,
                        position=objective.position,
                        action_count=sum(counts.values()),
                        status_counts=_ordered_counts(counts),
                    )
                )
            tree.append(
                PriorityNode(
                    uuid=priority.uuid,
                    code=priority.code,
                    title=priority.title,
                    description=priority.description,
                    position=priority.position,
                    objectives=tuple(nodes),
                    action_count=sum(total.values()),
                    status_counts=_ordered_counts(total),
                )
            )
        return tree
