"""A lead cell's funder clause: who pays for the work, written after the body that does it.

A Lead cell may name the body delivering the action and then who commissions or funds it: "EQUIP –
commissioned by NBBC and WCC", "Victim Support (funded by the PCC)", "Youth Service, grant funded by
the Home Office". The funder is no lead and no partner of the action: it pays, it does not deliver.
The body before the clause leads; the clause is kept, as written, in the action's comments.
"""

from __future__ import annotations

import re

# the clause opens after a spaced dash, a comma or a bracket, with the verb of paying and "by"
_FUNDER_CLAUSE = re.compile(
    r"\s*(?:\s[-–—]\s*|,\s*|\(\s*)"
    r"((?:(?:jointly|part|partly|grant)[\s-]+)?(?:commissioned|funded|financed|paid\s+for|sponsored)\s+by\b[^\n]*?)"
    r"\)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def split_funder_clause(text: str) -> tuple[str, str]:
    """(the lead cell without its funder clause, the clause) — ("EQUIP", "commissioned by NBBC and
    WCC") from "EQUIP – commissioned by NBBC and WCC"; the cell and "" when it names no funder, or
    when nothing would be left before the clause to lead."""
    match = _FUNDER_CLAUSE.search(text)
    if match is None or not text[: match.start()].strip():
        return text, ""
    kept = f"{text[: match.start()]}{text[match.end() :]}".strip()
    return kept, " ".join(match.group(1).split())
