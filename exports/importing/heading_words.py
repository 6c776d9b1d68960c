"""The words plans head their groups with, the page numbers they print, and the words that make a
number an amount rather than a ref: one vocabulary for the Word, PDF and sheet readers and the plan
builder's rules, so a word added for one plan's layout ("Pathway") is known everywhere."""

from __future__ import annotations

import re

# "Objective 3", "Theme: …", "Pathway 2 – …"; "section" only with a number (a bare "Section:" is a label)
HEADING_WORDS = ("objective", "priority", "aim", "theme", "outcome", "workstream", "strand", "goal", "pathway")
NUMBERED_HEADING_WORDS = (*HEADING_WORDS, "section")

# "Page 3", "3 of 10", "3/10", "p. 3", "pg 3", "-3-": a page number, wherever a reader meets one (a plain
# "P3" is left alone: plans label priorities so)
PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:(?:page|pg\.?|p\.)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-)\s*$", re.IGNORECASE
)


def alternation(words: tuple[str, ...]) -> str:
    """The words as a regular-expression alternation, for a pattern built around them."""
    return "|".join(words)


# "2.5 Million", "1.5 thousand", "2.5 %", "3.5 per cent", "2.5 pounds": the number is an amount
_AMOUNT_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent\b|percent\b|(?:hundred|thousand|million|billion|trillion|bn|m|k|pounds?|euros?|dollars?)\b)",
    re.IGNORECASE,
)
_AMOUNT_SUFFIX = re.compile(r"\d(?:m|bn|k)$", re.IGNORECASE)  # "2.5m", "1.2bn", "1.5k"


def is_amount(number: str, after: str) -> bool:
    """A number written at the start of a line ("2.5", "2.5m") with what follows it (" Million people…")
    is an amount, not a ref: a ref is digits separated by dots, with at most a letter, that no word of
    amount or measure follows ("2.5 Million", "2.5%", "2.5m" are amounts; "2.5 Map…", "2.5a Map…" refs)."""
    return bool(_AMOUNT_SUFFIX.search(number.strip()) or _AMOUNT_AFTER.match(after))
