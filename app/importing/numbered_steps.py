"""A web page's steps: numbered paragraphs under a label that says how the aim will be met.

A plan written as a web page often gives an aim, then "We'll do this through:" or "This will be
completed in 3 ways:", then its steps as numbered paragraphs ("1. audits to ensure…", "2.
healthwatch interviews…"), not bullets. Such a label introduces the actions as "What we will do:"
does, and the numbered paragraphs under it, numbered 1, 2, 3… in order, are its list, read as
bullets are (the number is the list's, not a ref). Numbered paragraphs under any other line (the
board's "6 safeguarding principles", "1. empowerment", "2. protection") stay paragraphs.
"""

from __future__ import annotations

import re

from app.importing.numbered_items import NUMBERED_ITEM

# "We'll do this through:", "We will achieve this by:", "This will be completed in 3 ways:"
_HOW_LABEL = re.compile(
    r"(?:we\s+will|we['’]ll)\s+(?:do|achieve|deliver)\s+(?:this|it)\s+(?:through|by)"
    r"|(?:this|it)\s+will\s+be\s+(?:done|completed|achieved|delivered)\s+(?:in\s+\w+\s+ways|through|by)",
    re.IGNORECASE,
)


def is_how_label(text: str) -> bool:
    """A label saying how the aim above will be met, whose list holds the actions."""
    return bool(_HOW_LABEL.fullmatch(text.strip().rstrip(":").strip())) and text.rstrip().endswith(":")


def numbered_steps(texts: list[str]) -> dict[int, str]:
    """Place -> step text (without its number) of each numbered paragraph right under a how label,
    numbered 1, 2, 3… in order."""
    steps: dict[int, str] = {}
    for place, text in enumerate(texts):
        if not is_how_label(text):
            continue
        number = 1
        for later in range(place + 1, len(texts)):
            match = NUMBERED_ITEM.match(texts[later].strip())
            if match is None or int(match.group(1)) != number:
                break
            steps[later] = match.group(2).strip()
            number += 1
    return steps
