"""Headings printed on every page: a PDF whose Word original kept "PATHWAY: Life Skills & Offending
Behaviour" or "Theme 2 – Safer streets" in the page header prints it at the top of each page. It is a
line printed on several pages, like a running title, but it names what those pages hold: the reader
keeps it once, where it is first printed, instead of dropping it with the page furniture."""

from __future__ import annotations

import re

from exports.importing.heading_words import HEADING_WORDS, alternation

_RUNNING_HEADING = re.compile(
    rf"^\s*(?:strategic\s+|key\s+)?(?:{alternation(HEADING_WORDS)})s?"
    r"(?:\s+(?:\d{1,2}|[a-z]{1,6}))?\s*(?::|\s[-–—])\s*\S",
    re.IGNORECASE,
)


def is_running_heading(text: str) -> bool:
    """ "PATHWAY: Life Skills…", "Theme 2 – Safer streets": a heading, not a running title."""
    return bool(_RUNNING_HEADING.match(text))
