"""A lead line naming people with commas between them: "Paul Grimsey, Angela O'Rielly" is two officers.

A comma inside one line is also how a body is named ("Communities, Health, Adult Social Care",
"Safer Communities, Youth Service"), so a line is split only when every part has the shape of a
person's name: two or three words, each a capital followed by lower case (an apostrophe or "Mc"
allowed: "O'Rielly", "McDonald"), and none of them a word bodies or roles are named by: a person's
name followed by their post ("Jo Bloggs, Chief Executive", "Sam Lee, Detective Inspector") is one
officer.
"""

from __future__ import annotations

import re

_NAME_WORD = re.compile(r"^(?:[A-Z][’']|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
# Words that name a body or a role, never a person: "Youth Service", "Adult Care", "Board Manager",
# "Chief Executive", "Detective Inspector"
_BODY_WORDS = {
    "adult", "adults", "agency", "authority", "board", "care", "children", "city", "communities",
    "community", "council", "county", "court", "district", "education", "group", "health", "housing",
    "lead", "leads", "manager", "office", "officer", "partners", "partnership", "police", "probation",
    "public", "safer", "safety", "service", "services", "social", "team", "trust", "unit", "youth",
    "adviser", "advisor", "analyst", "assistant", "chair", "chief", "commissioner", "constable",
    "coordinator", "councillor", "deputy", "detective", "director", "executive", "head", "inspector",
    "leader", "member", "nurse", "practitioner", "president", "principal", "programme", "project",
    "secretary", "senior", "sergeant", "specialist", "strategic", "superintendent", "teacher", "worker",
}  # fmt: skip


def _is_person(part: str) -> bool:
    words = part.split()
    return (
        2 <= len(words) <= 3
        and all(_NAME_WORD.match(word) for word in words)
        and not any(word.lower() in _BODY_WORDS for word in words)
    )


def people_named(line: str) -> list[str]:
    """ "Paul Grimsey, Angela O'Rielly" -> both names; any other line -> itself, whole."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) >= 2 and all(_is_person(part) for part in parts):
        return parts
    return [line]
