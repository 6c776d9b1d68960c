"""Refs that number actions rather than objectives, decided once a whole table has been read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.text import parse_ref_cell

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable


def keep_own_refs(reader: ActionTable) -> None:
    """With no Objective column, a Ref column giving every action a ref of its own ("1.1", "1.2",
    "2.1", each once) numbers the actions, not objectives: each action keeps its ref as written."""
    if reader.mapping.column_of("objective") is not None or len(reader.made) < 2:
        return
    cells = [parse_ref_cell(cell) for _action, cell in reader.made]
    wanted = [c.objective_refs[0] if len(c.objective_refs) == 1 and not c.action_ref else "" for c in cells]
    taken = reader.b.action_refs - {action.ref for action, _cell in reader.made}
    if not all(wanted) or len(set(wanted)) != len(wanted) or taken & set(wanted):
        return
    renamed = {}
    for (action, _cell), ref in zip(reader.made, wanted, strict=True):
        reader.b.action_refs.discard(action.ref)
        reader.b.action_refs.add(ref)
        renamed[action.ref], action.ref = ref, ref
    for key, (role, made) in list(reader.b.result.rows.items()):
        if key[0] == reader.table.index and made in renamed:
            reader.b.result.rows[key] = (role, renamed[made])
    reader.notes.append(f"{reader.table.location()}: every action has a ref of its own; they are kept as written.")
