"""The plan's priorities listed by number under a line announcing them, kept with nothing under them.

A plan may open by naming its top level in a numbered list ("This strategy identifies our four main
objectives, which are:" then "1. Prevent hate crime…", "2. Increase trust…") and set out only some
of them further, or none in a form read here. A bare numbered line with nothing read under it is
otherwise taken for one of the document's own sections ("1 Introduction") and left out; these are
the plan saying what its priorities are, so each is kept, under its number and words.

Only a list numbered from 1, each line the next number, right under a line that ends with a colon
and names the heading words in the plural ("objectives", "priorities", "aims") as what the list
holds counts: the plural last ("Our three priorities:", "…priorities for 2025-28:") or the line
ending in "are", "is", "will be", "include" ("…our four main objectives, which are:"). A line
naming them on the way to something else ("Our priorities were informed by the following:",
"In line with local priorities, partnerships should consider:") lists something else.

A bullet list under such a line ("The Delivery Plan is framed around the five pillars of our
current Response Strategy:", pillars being a strategy's top level as well) names them in words.
Where the plan's headings set out most of them (the same words, in any case), the others are
its priorities too, with nothing stored under them (``missing``); a list no more than half of
whose lines head a part of the plan is left alone (one objective of two set out under a numbered
heading the list titles stays the plan's one priority, as ``listed_titles`` reads it).
"""

from __future__ import annotations

import re

from app.importing.text import is_keyed_heading, parse_priority_heading
from exports.importing.heading_words import HEADING_WORDS, alternation

_PLURAL = {word: word[:-1] + "ies" if word.endswith("y") else word + "s" for word in HEADING_WORDS}
_ANNOUNCES = re.compile(rf"\b(?:{alternation((*_PLURAL.values(), 'pillars'))})\b", re.IGNORECASE)
# after the last plural, up to the colon: nothing, whose or when ("of our Response Strategy", "for
# 2025-28"), or a "which are"
_LISTS_THEM = re.compile(
    r"^(?:\s+(?:for|in|over|during|across|of)\s+[^:]{1,40}|[^:]*\b(?:are|is|will\s+be|include|includes))?\s*:$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[•\-*▪◦‣●]\s+(\S.*)$")


def announces(text: str) -> bool:
    """A line ending with a colon whose list is the plan's priorities ("…objectives, which are:", "…the
    five pillars of our Response Strategy:"), not one naming them on the way to something else."""
    found = list(_ANNOUNCES.finditer(text))
    return bool(found) and bool(_LISTS_THEM.match(text[found[-1].end() :]))


class ListedPriorities:
    """The plan's lines seen in reading order; the codes of the numbered lines listed under an announcing line."""

    def __init__(self) -> None:
        self.codes: set[str] = set()
        self.titles: list[str] = []  # the bullet lines listed under an announcing line
        self._next = 0  # the number the list's next line must carry; 0 outside such a list
        self._bullets = False  # the lines so far since an announcing line are its bullet list

    def see(self, text: str) -> None:
        if not text:
            return
        heading = parse_priority_heading(text)
        if self._next and heading and not is_keyed_heading(text) and heading[0] == str(self._next):
            self.codes.add(heading[0])
            self._next += 1
            return
        bullet = _BULLET.match(text)
        if self._bullets and bullet:
            self.titles.append(" ".join(bullet.group(1).split()))
            return
        self._next = 1 if announces(text) else 0
        self._bullets = bool(self._next)

    def missing(self, titles: list[str]) -> list[str]:
        """The listed titles no priority of ``titles`` bears, when most listed titles are one (the list
        is the plan's top level, most of it set out under headings of the same words)."""
        held = {title.casefold() for title in titles}
        listed = [title for title in self.titles if title.casefold() not in held]
        return listed if len(self.titles) - len(listed) > len(self.titles) / 2 else []
