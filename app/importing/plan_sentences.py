"""What a web page's sentences say about its lists: which lines are the priorities, who leads.

- **Announced priorities.** "We're going to work on 4 objectives of equal importance, which will be
  our priorities": the sentences stating each objective, each over its list of actions, are then
  the plan's priorities (as the page calls them), not objectives under some other heading.
- **A lead sentence after a list.** "The Quality and Performance sub group will lead on this work."
  right after a list (or in the paragraph right after it) names the lead of the list's actions, as
  a Lead column would ("Quality and Performance sub group", without "The"). A sentence whose
  subject points back or names everyone ("They will lead on this work.", "This group…", "All
  partners…") names no body: no lead is read from it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from exports.importing import RawTable

LEAD_HEADER = "Lead"

_ANNOUNCED = re.compile(
    r"\b(?:objectives|aims|outcomes|goals)\b[^.]{0,80}?\b(?:which|that)\s+(?:will\s+be|are)\s+our\s+priorities\b",
    re.IGNORECASE,
)
_LEADS = re.compile(
    r"^(?:the\s+)?(?P<lead>[A-Z][\w'’&,\- ]{2,80}?)\s+(?:will|is\s+going\s+to)\s+lead\s+on\s+"
    r"(?:this|these|it)(?:\s+(?:work|actions?|objective|priority))?\s*[.!]?$",
    re.IGNORECASE,
)
# a subject pointing back to a body named elsewhere, or naming everyone: no body's name
_NOT_A_BODY = re.compile(
    r"^(?:they|he|she|it|this|that|these|those|everyone|everybody|all|each|both|every)\b", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def announces_priorities(texts: list[str]) -> bool:
    """Whether the page says its objectives are its priorities."""
    return any(_ANNOUNCED.search(text) for text in texts)


def lead_named(text: str) -> str:
    """The body a sentence of ``text`` names as leading the work above ("X will lead on this work."),
    else ""."""
    for sentence in _SENTENCE.split(text.strip()):
        match = _LEADS.match(sentence.strip())
        if match and not _NOT_A_BODY.match(match.group("lead")):
            return match.group("lead").strip()
    return ""


def with_lead(table: RawTable, lead: str) -> RawTable:
    """``table`` (a list read as a table) with a Lead column naming ``lead`` on each of its rows; a
    table with a Lead column already (a record's own "Lead:" field) is left as it is."""
    header, *rows = table.rows
    if LEAD_HEADER in header:
        return table
    return replace(table, rows=((*header, LEAD_HEADER), *((*row, lead) for row in rows)))
