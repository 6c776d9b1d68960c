"""Refs written as a number and a bracketed sub-number: "2 (i)", "2 (iii)", "4(a)".

An improvement plan numbers the parts of a recommendation so: recommendation 2 of the review, its
parts (i), (ii), (iii). Each is a row's own code, an action's ref as written; read by its number
alone it was priority 2 with "(i)" dropped, and in a column with no header the cells did not look
like refs, so the column was not the Ref column and the actions were numbered 1.1, 1.2 instead.
"""

from __future__ import annotations

import re

BRACKETED_REF = re.compile(r"^\s*\d{1,2}\s?\((?:[ivx]{1,5}|[a-z])\)\s*$")


def bracketed_ref(text: str) -> str:
    """ "2 (i)" as written (spaces tidied), or "" when the cell is not such a ref."""
    return " ".join(text.split()) if BRACKETED_REF.match(text) else ""
