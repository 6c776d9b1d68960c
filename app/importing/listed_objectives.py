"""A priority's objectives listed under their label above its table: one table per priority.

A board's business plan may give each priority a table of its own whose first rows, merged across
it, hold the priority ("PRIORITY 1a Early Help and Prevention"), details of it ("Strategic Lead
from SLSCB Executive: …") and its objectives under a label ("OBJECTIVES:" and one a line), the
column header below them. Read as paragraphs, the last objective was taken for the priority's
title and the heading was lost. Here the heading names the priority (its number as written, a
letter after it too: "1a"), each line under the label is one of its objectives, and the rows are
read under the priority, no action under one objective more than another (the plan does not say
which objective an action serves). Between the heading and the label only labelled details may
come ("Lead: …"); anything else is left to the other readings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_LABEL = re.compile(r"^\s*(?:our\s+|key\s+|strategic\s+)?objectives\s*:\s*", re.IGNORECASE)
_HEADING = re.compile(
    r"^\s*(?:strategic\s+)?(?:priority|theme|aim|strand|workstream)\s+(\d{1,2}[a-z]?)\b\s*[.:)]?\s*[-–—:]?\s*(\S.{0,150})$",
    re.IGNORECASE,
)
_DETAIL = re.compile(r"^[^:]{1,60}:\s*\S")  # "Strategic Lead from SLSCB Executive: Nancy Barber…"


def objectives_listed(reader: ActionTable, texts: list[str]) -> bool:
    """Read the lines above the table's header as a priority heading over its listed objectives,
    if they are so; whether they were."""
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    label = next((place for place, line in enumerate(lines) if _LABEL.match(line)), None)
    if label is None:
        return False
    heading = next((place for place in range(label - 1, -1, -1) if _HEADING.match(lines[place])), None)
    if heading is None or not all(_DETAIL.match(line) for line in lines[heading + 1 : label]):
        return False
    first = _LABEL.sub("", lines[label]).strip()
    titles = [*([first] if first else []), *lines[label + 1 :]]
    if not titles:
        return False
    number, title = _HEADING.match(lines[heading]).groups()
    code = reader.b.priority(number.casefold(), title.strip(" .:-–—")).code
    for objective in titles:
        reader.b.new_objective(code, objective)
    reader.priority_code, reader.group_refs, reader.group_text = code, (), ""
    return True
