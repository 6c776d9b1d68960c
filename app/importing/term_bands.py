"""A band heading over a table that says when its targets fall due, not what they are about.

An improvement plan may sort its rows by how soon they are to be met, a heading over each band:
"SHORT TERM TARGETS (Achievable within 6 months ie, by June 2006).", "MEDIUM TERM TARGETS (by
December 2006)". Such a heading names no priority (read as one, the plan's rows sat under a
"priority" called "Short term targets"); its date is the timescale of every row under it that
gives none of its own. A band naming no date leaves the rows' timescales as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.importing.target_dates import split_target_and_date

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_BAND = re.compile(r"^\s*(?:short|medium|long)[- ]term\s+(?:targets?|actions?|objectives?|goals?)\b", re.IGNORECASE)


def is_term_band(text: str) -> bool:
    return bool(_BAND.match(text))


def band_date(text: str) -> str:
    """The date a band heading gives ("by June 2006"), or ""."""
    inside = re.findall(r"\(([^()]*)\)", text) or [text]
    for part in inside:
        _target, when = split_target_and_date(part.strip(" .").split(",")[-1].strip())
        if when:
            return when
    return ""


def without_bands(texts) -> tuple[str, ...]:
    """The lines above a table without its band headings (they head no priority)."""
    return tuple(text for text in texts if not is_term_band(text))


def date_rows_by_band(reader: ActionTable) -> None:
    """Once the table is read: rows with no timescale take the date of the band heading over it."""
    header = reader.mapping.first_header_row or 0
    above = [*reader.table.preceding, *(" ".join(cell for cell in row if cell) for row in reader.table.rows[:header])]
    bands = [text for text in above if is_term_band(text)]
    when = band_date(bands[-1]) if bands else ""
    if not when:
        return
    for action, _cell in reader.made:
        if not action.timescale.strip():
            action.timescale = when
    reader.notes.append(f"{reader.table.location()}: rows with no timescale take the band heading's date, '{when}'.")
