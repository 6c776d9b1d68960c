"""Rows holding the rest of a row above that a page break cut, in a table that numbers its rows.

A PDF table prints the part of a long cell that does not fit at the top of the next page, in a row
of its own. When the action cell ended in a list of milestones, the rest is the cut item's tail and
the items after it, and the tail may open with a capital ("…and relevant" / "Cohesion indicators"),
so starting mid-sentence in lower case (``starts_as_continuation``) does not find it. In a table
where every action row so far has its ref, a row with no ref and nothing but the action cell is no
action of its own: it is the rest of the list above.

The same holds for a row whose objective cell goes on mid-sentence ("…within three" / "months,
Cumbria Constabulary ensures…") beside the rest of the action cell: the page cut the whole row, and
the action's rest may be a sentence of its own ("…report including;" / "Recording the child's
behaviour…."), so how its sentences end says nothing. With no ref, timescale or status of its
own, it is the rest of the row above, not a new action under the same objective.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.text import is_bullet, starts_as_continuation

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable


def rest_of_cut_row(table: ActionTable, values: dict[str, str]) -> bool:
    """Whether the row (``values`` by field) goes on with the action above: the rest of the list at the
    end of its action cell, or the rest of the whole row, its objective going on mid-sentence."""
    action = table.last
    if action is None or table.mapping.column_of("ref") is None or not table.made:
        return False
    if not all(ref_cell for _, ref_cell in table.made):
        return False  # a plan that leaves some actions unnumbered numbers no row by its ref
    if not values["activity"] or values["ref"] or values["timescale"] or values["status"]:
        return False
    if starts_as_continuation(values["objective"]):
        return True
    if any(text for name, text in values.items() if name != "activity"):
        return False
    lines = [line for line in action.activity.splitlines() if line.strip()]
    return bool(lines) and is_bullet(lines[-1])
