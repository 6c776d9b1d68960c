"""A line of a Lead cell that names how the work is delivered, not a body that delivers it.

A lead cell lists bodies one a line ("Salford Community Safety Unit", "Inspection and Advisory
Service"); the lead rules read the first as the lead and the rest as partners. A line may instead
name the means: "In Service training programme and Healthy Scheme". A body's name ends with the
kind of body it is (Unit, Service, Team, Partnership); a programme's or scheme's name ends with
that word, so a line whose every part ("… and …", "… & …") ends with a word for a means of delivery
names no partner, when it describes the means rather than naming one: some part has a word in lower
case before its last ("In Service training programme"). A name written in capitals, "Neighbourhood
Watch Scheme" or "Healthy Schools Programme", is a body the plan works with and stays a partner. It
is kept in the action's comments. The first line (the lead) is never read so: a plan may name a
programme's team by its programme.
"""

from __future__ import annotations

import re

_MEANS = re.compile(r"\b(?:programmes?|programs?|schemes?|training|courses?)$", re.IGNORECASE)
_PARTS = re.compile(r"\s+(?:and|&)\s+|\s*[,/]\s*", re.IGNORECASE)


def names_a_means(line: str) -> bool:
    """Every part of ``line`` ends with a word for a means of delivery ("… programme", "… Scheme"), and
    one of them describes it in words written in lower case."""
    parts = [part.strip(" .;") for part in _PARTS.split(line.strip())]
    if not parts or not all(part and _MEANS.search(part) for part in parts):
        return False
    return any(word[:1].islower() for part in parts for word in part.split()[1:-1])


def split_means(partners: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The partner lines that name bodies, and those that name the means of delivery."""
    return tuple(p for p in partners if not names_a_means(p)), tuple(p for p in partners if names_a_means(p))
