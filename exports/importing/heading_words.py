"""The words plans head their groups with, and the page numbers they print: one vocabulary for the
Word, PDF and sheet readers and the plan builder's heading rules, so a word added for one plan's
layout ("Pathway") is known everywhere."""

from __future__ import annotations

import re

# "Objective 3", "Theme: …", "Pathway 2 – …"; "section" only with a number (a bare "Section:" is a label)
HEADING_WORDS = ("objective", "priority", "aim", "theme", "outcome", "workstream", "strand", "goal", "pathway")
NUMBERED_HEADING_WORDS = (*HEADING_WORDS, "section")

PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)  # "Page 3", "3 of 10"


def alternation(words: tuple[str, ...]) -> str:
    """The words as a regular-expression alternation, for a pattern built around them."""
    return "|".join(words)
