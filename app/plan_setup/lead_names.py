"""Recognising spellings of the same lead: pure functions over names, with no database, so the
action table's lead editor can use them before the database code has loaded (start-up's first read)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from models.snapshots.rows import LeadRow

# Words plan writers abbreviate or pluralise inconsistently ("DA Op's Group", "DA Operational Group").
_SYNONYMS = {
    "operational": "op",
    "operations": "op",
    "ops": "op",
    "and": "&",
    "groups": "group",
    "teams": "team",
    "services": "service",
    "cttee": "committee",
    "dept": "department",
}
_SEPARATORS = re.compile(r"\s\+\s|\s&\s|\sand\s|,|;|/(?=\s*[A-Z])")
_NON_WORD = re.compile(r"[^\w&+]+")


def normalise_lead_name(name: str) -> str:
    """A comparison key: case, accents, apostrophes, punctuation and common variants folded."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = text.casefold().replace("'s", "s").replace("’s", "s").replace("'", "")
    words = [_SYNONYMS.get(word, word) for word in _NON_WORD.sub(" ", text).split()]
    return " ".join(words)


def is_joint_lead(name: str) -> bool:
    """Names like "Community Safety Team + BCP Housing" name several leads and are never merged."""
    return bool(_SEPARATORS.search(f" {name} "))


def lead_index(rows: Iterable[LeadRow]) -> dict[str, str]:
    """Normalised name or alias -> lead uuid, for matching spellings met in files and filters."""
    index: dict[str, str] = {}
    for row in rows:
        for name in (row.name, *row.aliases):
            index.setdefault(normalise_lead_name(name), row.uuid)
    return index
