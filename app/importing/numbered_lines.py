"""Numbered lines of a plan written as headings and lists: "2.1 Reduce theft of a vehicle…",
"2.2 Reduce theft from a vehicle…", one a line under "Aim 2: Reduce crime…".

A page that numbers its items instead of bulleting them writes a list all the same: two or more
lines in a row numbered with one first part and counting up from 1 (2.1, 2.2, 2.3) are the items
of a list, whatever marks them (``outline`` reads bulleted lists only). A page copied from the web
may run the number into the words ("2.1Reduce theft…"): the number still ends where the words begin.
A run right above a bulleted list ("1.1 Reduce knife crime", "1.2 Reduce domestic abuse", then
"• Run a knife crime campaign") is no list of its own: its lines head the list under them, as
numbered objectives over their actions do.
"""

from __future__ import annotations

import re

from exports.importing.headers import field_for_header

# "2.1 Reduce", "2.1. Reduce", "2.1: Reduce", "2.1Reduce" (a capital and a small letter after it)
_NUMBERED = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:[.:)]?\s+(?=[A-Z(\"'‘“])|(?=[A-Z][a-z]))")
MIN_RUN = 2


def numbered_runs(texts: list[str], bullets: list[bool]) -> set[int]:
    """The places of the lines that are items of a numbered list: runs of ``MIN_RUN`` or more
    lines in a row, one first part, the second counting up by one from 1, not right above a line
    ``bullets`` marks as a list item."""
    items: set[int] = set()
    run: list[int] = []
    previous: tuple[int, int] | None = None
    for place, text in enumerate([*texts, ""]):
        match = _NUMBERED.match(text)
        number = (int(match.group(1)), int(match.group(2))) if match else None
        follows = number is not None and previous is not None and number == (previous[0], previous[1] + 1)
        if follows:
            run.append(place)
        else:
            if len(run) >= MIN_RUN and not (place < len(bullets) and bullets[place]):
                items.update(run)
            run = [place] if number is not None and number[1] == 1 else []
        previous = number
    return items


def names_a_level(text: str) -> bool:
    """A line that only names what the list under it holds ("Objectives", "Actions", "Outcomes:"),
    as a column's header would: the list's label, not its objective."""
    words = text.strip().rstrip(":").split()
    return 0 < len(words) <= 2 and bool(field_for_header(" ".join(words)))
