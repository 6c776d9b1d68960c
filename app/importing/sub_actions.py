"""Actions laid out as an overarching action and the steps taken under it, and numbers carried over.

A tracker of recommendations lists, row by row, the recommendation or overarching action, then the
sub-action taken under it ("Recommendation/ Overarching Action | Sub-Action | Delivery Status"); the
overarching action is written again in each row under it. The sub-actions are the actions and the
overarching action their objective (``exports/importing/header_pairs.py`` maps the columns so). A row with
its own ref and no sub-action is an action in itself: its overarching action is its wording, and it
comes under no objective, rather than becoming an objective with no actions.

A step may open with the number it carried in the plan it came from ("NO 8 Map the work…", "No. 3
Deliver…") when the row has a ref of its own; that number is not the action's wording and is kept
in its comments.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from exports.importing.header_pairs import is_overarching_header, is_sub_action_header
from exports.importing.headers import normalise_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable
    from app.importing.text import RefCell
    from exports.importing.source import SourceLocation

_NUMBER_LABEL = re.compile(r"^\s*(No\.?\s?\d{1,3})[.:)]?\s+(?=[A-Z(\"'‘“])(.+)$", re.DOTALL | re.IGNORECASE)


def under_sub_actions(reader: ActionTable) -> bool:
    """The table's action column holds the steps under an overarching action: headed "Sub-Action",
    or beside an objective column headed "Overarching Action"."""
    header = reader.headers[-1] if reader.headers else ()

    def header_of(field: str) -> str:
        column = reader.mapping.column_of(field)
        return normalise_header(header[column]) if column is not None and column < len(header) else ""

    return is_sub_action_header(header_of("activity")) or is_overarching_header(header_of("objective"))


def action_without_steps(
    reader: ActionTable, where: SourceLocation, values: dict[str, str], ref: RefCell
) -> dict[str, str]:
    """A row of a sub-action table with its own ref (or status), its overarching action and no step:
    the overarching action is the row's action, under no objective. Other rows are left as they are."""
    if values["activity"] or not values["objective"] or not (ref.action_ref or values["status"]):
        return values
    if not under_sub_actions(reader):
        return values
    reader.group_refs, reader.group_text = (), ""
    reader.notes.append(f"{where}: no sub-action; the overarching action is the row's action.")
    return {**values, "activity": values["objective"], "objective": ""}


def keep_number_label(reader: ActionTable, index: int, values: dict[str, str]) -> None:
    """ "NO 8 Map the work…" in a row whose Ref cell gives its own ref: "Map the work…", "NO 8" kept
    in the comments."""
    match = _NUMBER_LABEL.match(values["activity"]) if values["ref"] else None
    if match is None:
        return
    label = match.group(1)
    values["activity"], values["comments"] = match.group(2).strip(), f"{label}\n{values['comments']}".strip()
    reader.notes.append(f"{reader.table.location(index)}: '{label}' before the action is kept as its comments.")
