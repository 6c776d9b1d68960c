"""What a Lead or Partners cell holds that names no one: page numbers and figures left by a PDF's text.

A plan's text taken from a PDF (pasted into a sheet, or read from the PDF) carries page furniture and
stray figures into whatever cell lies nearest: "Page 3", "3 of 10", "12", "0-6-70". In a Lead or
Partners cell such a line names no organisation, so it is never a lead, a partner or part of one
("Safer Schools Team 0-6-70"). Lines that say something else are left for the lead rules: refs
("1.2.1 1.2.2", a lead column repeating refs, means "no lead"), dates (a row pasted cells to the
left), and words such as "TBC" or "-".
"""

from __future__ import annotations

import re

from app.timescale import TimescaleKind, parse_timescale
from exports.importing.heading_words import PAGE_NUMBER

_REF = re.compile(r"\d\s*\.\s*\d")


def is_debris(line: str) -> bool:
    """A line naming no one: a page number ("Page 3", "3 of 10") or figures with no letter ("12",
    "0-6-70"), but not a ref ("1.2.1") nor a date ("01/04/2021", "2021")."""
    line = line.strip()
    if not any(c.isdigit() for c in line) or _REF.search(line):
        return False
    if any(c.isalpha() for c in line) and not PAGE_NUMBER.match(line):
        return False  # words: a name, or a date such as "March 2021"
    return parse_timescale(line).kind is TimescaleKind.UNKNOWN  # "2021" is a date, "Page 2021" is not


def without_debris(text: str) -> tuple[str, str]:
    """The cell's text without its debris lines, and the debris ("" when none)."""
    lines = text.splitlines()
    debris = [line.strip() for line in lines if line.strip() and is_debris(line)]
    if not debris:
        return text, ""
    return "\n".join(line for line in lines if not is_debris(line)).strip(), " ".join(debris)
