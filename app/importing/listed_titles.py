"""Headings numbered only, titled by a list of the plan's objectives above them.

A plan may list its objectives (or priorities, aims, outcomes…) once, as a bullet list under a line
naming them ("Draft Objectives/Action Plan- Alcohol", "Our priorities are:"), and then head each
table with the number alone ("Objective 1"): the heading is titled by the item of that number. Only
a list under a line that names the heading's word in the plural counts, so a heading under some other
list (the indicators, the partners) keeps no title rather than a wrong one.
"""

from __future__ import annotations

import re

from app.importing.text import is_bullet
from exports.importing.heading_words import HEADING_WORDS

_BULLET_MARK = re.compile(r"^\s*[•\-*▪◦‣●o]\s+")


def _plural(word: str) -> str:
    return word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"


class ListedTitles:
    """The plan's lines seen in reading order, remembering the last bullet list and the line above it."""

    def __init__(self) -> None:
        self.label = ""  # the line right above the last list
        self.items: list[str] = []
        self._in_list = False
        self._last = ""

    def see(self, text: str) -> None:
        if not text:
            return  # an empty paragraph spacing the list out: the items after it go on numbering it
        if _BULLET_MARK.match(text) and is_bullet(text):
            if not self._in_list:
                self.label, self.items, self._in_list = self._last, [], True
            self.items.append(_BULLET_MARK.sub("", text, count=1).strip())
            return
        self._in_list = False
        self._last = text

    def title(self, heading: str, number: str) -> str:
        """The title the last list gives ``heading`` ("Objective 1", numbered ``number``), or ""."""
        opening = heading.casefold().split()[:3]
        words = [word for word in HEADING_WORDS if word in opening]
        if not words or not number.isdigit() or not 1 <= int(number) <= len(self.items):
            return ""
        named = re.search(rf"\b{_plural(words[0])}\b", self.label, re.IGNORECASE)
        return self.items[int(number) - 1] if named else ""
