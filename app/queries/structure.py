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
        # An action serving several objectives counts under each of them, and once per priority.
        status_of: dict[int, str] = {}
        serving: dict[int, set[int]] = defaultdict(set)
        for action_id, objective_id, status in links:
            status_of[action_id] = status
            serving[objective_id].add(action_id)
        priority_of = {o.id: o.priority_id for o in objectives}
        in_priority: dict[int, set[int]] = defaultdict(set)
        for objective_id, action_ids in serving.items():
            if objective_id in priority_of:
                in_priority[priority_of[objective_id]].update(action_ids)

        tree = []
        for priority in priorities:
            total = Counter(status_of[a] for a in in_priority.get(priority.id, ()))
            nodes = []
            for objective in (o for o in objectives if o.priority_id == priority.id):
                counts = Counter(status_of[a] for a in serving.get(objective.id, ()))
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
