"""Actions laid out as an overarching action and the steps taken under it.

A tracker of recommendations lists, row by row, the recommendation or overarching action, then the
sub-action taken under it ("Recommendation/ Overarching Action | Sub-Action | Delivery Status"); the
overarching action is written again in each row under it. The sub-actions are the actions and the
overarching action their objective (``exports.importing.headers`` maps the columns so). A row with
its own ref and no sub-action is an action in itself: its overarching action is its wording, and it
comes under no objective, rather than becoming an objective with no actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports.importing.headers import is_sub_action_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable
    from app.importing.text import RefCell
    from exports.importing.source import SourceLocation


def under_sub_actions(reader: ActionTable) -> bool:
    """The table's action column holds the steps under an overarching action."""
    column = reader.mapping.column_of("activity")
    header = reader.headers[-1] if reader.headers else ()
    return column is not None and column < len(header) and is_sub_action_header(header[column])


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
