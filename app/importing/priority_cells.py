"""What a Priority or Theme column's cell names, and a priority heading moved into the Action column.

A copy of a plan re-laid with a Priority column ("Priority | Outcome | Actions…") keeps what the
officer did not move: the theme heading above the header names the priority, and the column's
cell names the objective as the plan labels it ("Strategic Objective 1 – Developing…", "Overall
Outcome: Quality and performance…"). A cell labelled with an objective's word (objective,
outcome, aim, goal) under a priority the table is already read under from above is that
priority's objective, not a priority of its own: read as a priority, the plan's objective is lost
and its label line becomes a second top level. A cell the column itself named earlier, or with no
priority above, reads as before (the column's cells are the priorities).

Putting the column in front moves every other cell one column right, a heading row too: "Priority
Work Stream 2 – Quality and Performance" alone in the Action column of a table with a Priority
column is a heading row, not an action.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.importing.table_headings import cell_priority, labelled_objective_title, start_labelled_objective
from app.importing.text import parse_priority_heading

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

# the words a plan labels a priority's objective with ("Strategic Objective 1 –", "Overall Outcome:")
_OBJECTIVE_LABEL = re.compile(
    r"^(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:objective|outcome|aim|goal)s?\b\s*(?:\d{1,2}\b)?\s*[.:)]?\s*[-–—:]",
    re.IGNORECASE,
)
_PRIORITY_WORD = re.compile(r"^\s*priority\b", re.IGNORECASE)


def objective_in_cell(text: str) -> str | None:
    """The objective a Priority column's cell labels ("Strategic Objective 1 – Developing…" ->
    "Developing…", "Overall Outcome: Quality…" -> "Quality…"), or None for any other cell."""
    if not _OBJECTIVE_LABEL.match(text):
        return None
    heading = parse_priority_heading(text)
    if heading is not None:
        return heading[1] or None
    return labelled_objective_title(text)


def row_priority(reader: ActionTable, text: str) -> None:
    """A Priority / theme column: its text names the priority of the row ("Theme 2: Safer nights"),
    or the objective of the priority above the table (see the module docstring)."""
    text = " ".join(text.split())
    if not text or text == reader.priority_text:
        return
    if reader.priority_code and not reader.priority_text and (title := objective_in_cell(text)):
        start_labelled_objective(reader, reader.priority_code, title)
        return
    code = cell_priority(reader, text)
    if code != reader.priority_code:
        reader.group_refs, reader.group_text = (), ""
    reader.priority_code, reader.priority_text = code, text


def moved_heading(reader: ActionTable, text: str) -> bool:
    """A "Priority N – …" heading alone in the Action column of a table with a Priority column: the
    heading row moved right with the rest when the column was put in front."""
    heading = parse_priority_heading(text) if _PRIORITY_WORD.match(text) else None
    return heading is not None and bool(heading[1]) and reader.mapping.column_of("priority") is not None
