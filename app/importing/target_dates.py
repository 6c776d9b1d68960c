"""One column for an output and its date ("Output target and date(s)", "Target and date",
"Milestones and dates"): each cell names what is to be delivered, then when ("Programmes in schools
by September 2002"). Read whole it is a timescale nothing can parse; the date phrase it ends with
("by September 2002") is the timescale, the words before it the action's target (its evidence). A
cell naming no date ("Increase the proportion of witnesses… by 2% per annum") is a target only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.importing.lead_and_date import lead_in_timescale, split_lead_and_date
from app.timescale.parser import parse_timescale
from exports.importing.headers import normalise_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_TARGET_WORDS = frozenset(("target", "targets", "output", "outputs", "milestone", "milestones"))
# where a date phrase may start inside the cell
# ("Training programme to run across financial year 2012/13": the year the training runs through)
_DATE_START = re.compile(r"\b(?:by|in|from|before|during|across|until|end of)\s", re.IGNORECASE)
_DATE_WORDS = frozenset(("date", "dates", "deadline", "deadlines", "completion", "timescale", "timescales", "end"))
MAX_BARE_TIMESCALE_WORDS = 4  # "Ongoing", "Annually", "March 2026": a short cell of its own is a timescale


def timescale_holds(reader: ActionTable) -> str:
    """What the timescale column holds besides the date: "lead" ("Responsibilities and timescales",
    ``lead_and_date``), "target" (its header names an output, target or milestone too; noted once), or ""."""
    if lead_in_timescale(reader):
        return "lead"
    header = reader.headers[-1] if reader.headers else ()
    column = reader.mapping.column_of("timescale")
    if column is None or column >= len(header) or not _names_a_target(normalise_header(header[column]).split()):
        return ""
    reader.notes.append(
        f"{reader.table.location()}: the '{header[column].strip()}' column names the target and its date: the "
        "date each cell ends with is read as the timescale, the words before it as the target."
    )
    return "target"


def _names_a_target(words: list[str]) -> bool:
    """A target word naming the output itself ("Output target and dates"), not the date aimed at
    ("Target date", "Target completion date", "Milestone dates": one date column)."""
    return any(
        word in _TARGET_WORDS and (place + 1 == len(words) or words[place + 1] not in _DATE_WORDS)
        for place, word in enumerate(words)
    )


def read_timescale_cell(reader: ActionTable, values: dict[str, str]) -> None:
    """Split the row's timescale cell into what else its column holds (the lead, or the target) and the date."""
    if reader.timescale_holds == "lead" and not values["lead"]:
        values["lead"], values["timescale"] = split_lead_and_date(values["timescale"])
    elif reader.timescale_holds == "target" and values["timescale"]:
        target, values["timescale"] = split_target_and_date(values["timescale"])
        values["evidence"] = "\n".join(part for part in (target, values["evidence"]) if part)


def split_target_and_date(cell: str) -> tuple[str, str]:
    """(target, timescale) of "Four campaigns by September 2003": the first date phrase running to the
    cell's end that reads as a date; a short cell that reads as a timescale whole is all timescale
    ("By June 2002", "Ongoing"); else (cell, "")."""
    text = cell.strip()
    whole = parse_timescale(text)
    if not whole.flagged and (whole.due is not None or len(text.split()) <= MAX_BARE_TIMESCALE_WORDS):
        return "", text
    for start in _DATE_START.finditer(text):
        when = text[start.start() :]
        parsed = parse_timescale(when)
        if not parsed.flagged and parsed.due is not None:
            return text[: start.start()].strip(), when
    return text, ""
