"""Cells that only name organisations ("SDC, District Housing Forum, Housing Partnership Meeting.").

A plan's Resources column usually says what an action costs or uses ("£5,000 from the PCC grant",
"Officer time", "Training materials"); some plans fill it with who contributes instead, their notes
saying so ("the resources column has a list of main contributors, not necessarily headed by the
lead"). With no Lead or Partners column to name them, such a column is read as the partners.
"""

from __future__ import annotations

import re

MAX_NAME_WORDS = 6  # "Safer Stockton Partnership Drugs Strategy Team", not a sentence
# Little words a name keeps in lower case ("Police and Crime Commissioner", "Friends of the Park")
_NAME_LINKS = frozenset(["of", "and", "the", "for", "on", "in", "at", "to", "&", "-", "–"])
# What a resource is, never who: money, time, staff, materials, things to use ("Leaflets, Posters",
# "CCTV Cameras", "Volunteers"), or nothing yet
_NOT_A_NAME = re.compile(
    r"[£$€%\d]|\b(?:budgets?|funds?|funding|funded|grants?|costs?|time|staff|staffing|money|capital|revenue|"
    r"existing|within|resources?|materials?|equipment|leaflets?|posters?|cameras?|vehicles?|venues?|rooms?|"
    r"premises|software|volunteers?|none|nil|n/a|tbc|tba)\b",
    re.IGNORECASE,
)


def name_parts(text: str) -> list[str]:
    """The names a cell lists, split at commas, semicolons, slashes and lines, each without the
    full stop closing the list."""
    return [part.strip(" .•") for part in re.split(r"[,;/\n]", text) if part.strip(" .•")]


def _is_name(part: str) -> bool:
    words = part.split()
    return (
        len(words) <= MAX_NAME_WORDS
        and not _NOT_A_NAME.search(part)
        and all(word[0].isupper() or word.casefold() in _NAME_LINKS for word in words)
        and words[0][0].isupper()
    )


def is_name_list(text: str) -> bool:
    """Whether ``text`` only names organisations: each part a short name in capitals ("SDC",
    "District Housing Forum"), none a sum, a figure or a kind of resource ("Officer time")."""
    parts = name_parts(text)
    return bool(parts) and all(_is_name(part) for part in parts)


def without_closing_stop(text: str) -> str:
    """A list of names written as a sentence ("Police, Fire Service.") without the full stop that
    ends it: the stop is no part of the last name."""
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..") and is_name_list(stripped):
        return stripped[:-1]
    return text
