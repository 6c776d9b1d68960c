"""Renumbering action refs after actions were added, moved or deleted: "<objective ref>.<n>" in plan order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from app.editing.commands import Batch, SetFields
from models.snapshots.rows import ActionRow


def renumbered_refs(rows: Sequence[ActionRow], objective_refs: Mapping[str, str] | None = None) -> dict[str, str]:
    """New ref per action uuid: "<objective ref>.<n>", each objective's actions 1, 2, 3… in plan order.

    An action is numbered under the objective it is filed under (its first). ``objective_refs``
    gives objectives' new refs by uuid when they are being renumbered in the same step. Actions
    without an objective keep their ref: there is nothing to number them under.
    """
    counters: dict[str, int] = defaultdict(int)
    result = {}
    for row in sorted(rows, key=lambda r: r.position):
        if not row.objective_uuids:
            continue
        objective_uuid = row.objective_uuids[0]
        objective = (objective_refs or {}).get(objective_uuid, row.objective_refs[0])
        counters[objective_uuid] += 1
        result[row.uuid] = f"{objective}.{counters[objective_uuid]}"
    return result


def renumber_command(rows: Sequence[ActionRow]) -> Batch:
    """One undo step; actions whose ref is already right are not touched (nor audited)."""
    current = {row.uuid: row.ref for row in rows}
    commands = tuple(
        SetFields("action", uuid, {"ref": ref}) for uuid, ref in renumbered_refs(rows).items() if current[uuid] != ref
    )
    return Batch("Renumber action refs", commands)
