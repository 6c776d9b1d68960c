"""Which line above a list states the list's objective, when prose stands between them.

A page often gives an aim, then a paragraph on why it matters, then its actions ("Reduce the levels
of harmful drinking…", "Deaths due to alcohol have risen… Helping people to cut down…", "Over the
next four years we will:"). The paragraph of two or more sentences argues the case; an objective
is one statement. So the list's objective is the nearest line above it that is not such prose, and
the prose only when nothing else stands there (a one-sentence paragraph is taken as before).
"""

from __future__ import annotations

import re

# a sentence end followed by the next sentence's capital: "…the pandemic. Helping people…"
_NEXT_SENTENCE = re.compile(r"[.!?]['’”)]?\s+(?=[A-Z])")


def is_prose(text: str) -> bool:
    """A paragraph of two or more sentences."""
    return bool(_NEXT_SENTENCE.search(text.strip()))


def objective_line(lines: list[str]) -> str:
    """The line (of those since the last list, labels left out) that states the next list's
    objective: the last that is not prose, else the last."""
    for text in reversed(lines):
        if not is_prose(text):
            return text
    return lines[-1] if lines else ""
