"""Commands that reshape a plan's priorities and objectives: add, reorder, renumber, delete.

Each returns a command (usually a Batch) for the one command path, so a reorder or a renumber
is a single undo step however many records it touches.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from app.editing.commands import Batch, CreateRecord, SetFields
from app.editing.renumber import renumbered_refs
from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from app.storage.database import Database
from models.snapshots.rows import ActionRow, ObjectiveNode, PriorityNode


def moved(uuids: Sequence[str], uuid: str, offset: int) -> list[str] | None:
    """``uuids`` with ``uuid`` shifted by ``offset`` places; None when it cannot move that way."""
    order = list(uuids)
    index = order.index(uuid)
    target = index + offset
    if not 0 <= target < len(order):
        return None
    order.insert(target, order.pop(index))
    return order


def reorder_command(entity: str, ordered_uuids: Sequence[str], positions: Mapping[str, int], label: str) -> Batch:
    """Give each record its index in ``ordered_uuids`` as position, touching only those that change."""
    commands = tuple(
        SetFields(entity, uuid, {"position": index}, label=label)
        for index, uuid in enumerate(ordered_uuids)
        if positions.get(uuid) != index
    )
    return Batch(label, commands)


def renumber_command(
    tree: Sequence[PriorityNode], actions: Sequence[ActionRow], renumber_actions: bool = False
) -> Batch:
    """Priority codes 1..n in plan order, objective refs "<code>.<n>", and optionally action refs.

    Actions are numbered as Plan > Renumber action refs numbers them (``renumbered_refs``), under
    their objectives' new refs.
    """
    label = "Renumber priorities, objectives and actions" if renumber_actions else "Renumber priorities and objectives"
    commands: list[SetFields] = []
    new_objective_refs: dict[str, str] = {}
    for p_index, priority in enumerate(tree, start=1):
        code = str(p_index)
        if priority.code != code:
            commands.append(SetFields("priority", priority.uuid, {"code": code}, label=label))
        for o_index, objective in enumerate(priority.objectives, start=1):
            ref = new_objective_refs[objective.uuid] = f"{code}.{o_index}"
            if objective.ref != ref:
                commands.append(SetFields("objective", objective.uuid, {"ref": ref}, label=label))
    if renumber_actions:
        current = {action.uuid: action.ref for action in actions}
        for uuid, ref in renumbered_refs(actions, new_objective_refs).items():
            if current[uuid] != ref:
                commands.append(SetFields("action", uuid, {"ref": ref}, label=label))
    return Batch(label, tuple(commands))


def renumber_plan_command(db: Database, plan_uuid: str, renumber_actions: bool = False) -> Batch:
    actions = action_rows(db, plan_uuid) if renumber_actions else []
    return renumber_command(priority_tree(db, plan_uuid), actions, renumber_actions)


def add_priority_command(plan_uuid: str, tree: Sequence[PriorityNode], title: str = "New priority") -> CreateRecord:
    position = max((p.position for p in tree), default=-1) + 1
    values = {"plan_uuid": plan_uuid, "code": str(len(tree) + 1), "title": title, "position": position}
    return CreateRecord("priority", values, label="Add priority")


def add_objective_command(priority: PriorityNode, text: str = "") -> CreateRecord:
    position = max((o.position for o in priority.objectives), default=-1) + 1
    ref = f"{priority.code}.{len(priority.objectives) + 1}" if priority.code else ""
    values = {"priority_uuid": priority.uuid, "ref": ref, "text": text, "position": position}
    return CreateRecord("objective", values, label="Add objective")


def move_objective_command(objective: ObjectiveNode, target: PriorityNode) -> SetFields:
    """File an objective (and the actions under it) under another priority, last in its list.

    Its ref is kept as the plan wrote it: renumbering is a separate, visible step.
    """
    position = max((o.position for o in target.objectives), default=-1) + 1
    label = f"Move objective {objective.ref or objective.text[:30]} to priority {target.code or target.title}"
    return SetFields("objective", objective.uuid, {"priority_uuid": target.uuid, "position": position}, label=label)


def delete_command(entity: str, uuid: str, label: str) -> SetFields:
    """A tombstone: the record and its links stay in the database, so undo restores everything."""
    return SetFields(entity, uuid, {"deleted": True}, label=label)


def period_problem(start: date | None, end: date | None) -> str | None:
    """Why a plan period cannot be stored, or None when it can."""
    if start is not None and end is not None and end < start:
        return f"The period ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y})."
    return None


__all__ = [
    "add_objective_command",
    "add_priority_command",
    "delete_command",
    "moved",
    "period_problem",
    "renumber_command",
    "renumber_plan_command",
    "reorder_command",
]
