"""A numbered "priority action" under the priority it serves: "MAKE COMMUNITIES SAFER (PSA 23)" over
"PRIORITY ACTION 1: REDUCE THE MOST SERIOUS VIOLENCE", then the plan's paragraphs, then the table.

National plans and the partnership copies answering them number the actions each priority asks for
("Priority action 1", "Priority action 2") and write a few paragraphs of why before the table of
what partnerships should consider. Such a heading names the objective the table's rows serve; the
heading right above it (a short line that is no sentence) names the priority. With no such line
above, the heading is the priority numbered as written, as "Priority 1: …" is. The paragraphs, a
question ("What does it mean for partnerships?") and a label ending in ":" between the heading and
the table are the plan's prose and are passed over (so are the lines a PDF broke them into: longer
than a heading, or going on in lower case); any other line there ends the search.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.importing.text import is_label_line
from exports.importing.title_lines import names_the_plan

_PRIORITY_ACTION = re.compile(r"^\s*priority\s+action\s+(\d{1,2})\s*[.:)]?\s*[-–—:]\s*(\S.{2,150})$", re.IGNORECASE)
MAX_PRIORITY = 80  # a longer line above the heading is prose, not the priority's name
_SENTENCE_ENDS = (".", "?", "!", ":")


class PriorityAction(NamedTuple):
    priority: str  # the heading above it, "" when there is none
    number: str
    title: str


def _is_prose(text: str) -> bool:
    """A sentence, or a line of one a PDF broke: longer than a heading, or going on in lower case."""
    text = text.strip()
    return text.endswith(_SENTENCE_ENDS) or len(text) > MAX_PRIORITY or text[:1].islower()


def _names_priority(text: str) -> bool:
    text = text.strip()
    return (
        bool(text)
        and len(text) <= MAX_PRIORITY
        and not _is_prose(text)
        and not names_the_plan(text)
        and not is_label_line(text)
    )


def priority_action(texts: tuple[str, ...] | list[str]) -> PriorityAction | None:
    """The priority action heading last before the table in ``texts`` (with only prose after it)."""
    for position in range(len(texts) - 1, -1, -1):
        text = " ".join(texts[position].split())
        match = _PRIORITY_ACTION.match(text)
        if match:
            above = texts[position - 1].strip() if position else ""
            number, title = match.group(1), match.group(2).strip(" .:-–—")
            return PriorityAction(above if _names_priority(above) else "", number, title)
        if not _is_prose(text):
            return None
    return None
