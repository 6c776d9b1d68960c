"""One column for who and when ("Responsibilities and timescales", "Lead and timescale", "Who and
when"): each cell names the lead, then the date after a spaced dash ("ADP Adult Delivery Group -
March 2026"). Read whole it is a timescale nothing can parse and the action has no lead; split at
the last spaced dash whose right side reads as a timescale, the left side is the lead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.timescale.parser import parse_timescale
from exports.importing.headers import normalise_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_LEAD_WORDS = frozenset(
    ("lead", "leads", "responsibility", "responsibilities", "responsible", "who", "owner", "owners")
)
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def lead_in_timescale(reader: ActionTable) -> bool:
    """The table has no Lead column and its timescale column's header names who as well as when (noted once)."""
    header = reader.headers[-1] if reader.headers else ()
    column = reader.mapping.column_of("timescale")
    if column is None or column >= len(header) or reader.mapping.column_of("lead") is not None:
        return False
    if not _LEAD_WORDS & set(normalise_header(header[column]).split()):
        return False
    reader.notes.append(
        f"{reader.table.location()}: the '{header[column].strip()}' column names who and when: each cell's "
        "lead is read before its last spaced dash, the timescale after it."
    )
    return True


def split_lead_and_date(cell: str) -> tuple[str, str]:
    """(lead, timescale) of "Police Scotland - March 2026"; ("", cell) when no dash leaves a timescale."""
    dashes = list(_SPACED_DASH.finditer(cell))  # linear: a regex with a greedy lead backtracks over long cells
    for dash in reversed(dashes):
        lead, when = cell[: dash.start()].strip(), cell[dash.end() :].strip()
        if lead and when and not parse_timescale(when).flagged:
            return lead, when
    return "", cell
