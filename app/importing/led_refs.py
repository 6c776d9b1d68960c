"""An action's number written at the start of its cell when the table has no Ref column.

Plans laid out as Action | Lead | … often number each action inside its cell: "1.1. Facilitate an
awareness event", "2.3 Develop a data system". With no Ref column, that number is the action's own ref
(read as a Ref cell would be), not part of its wording; so is a code run into the number, as a
Northern Ireland PCSP plan numbers its projects ("SP1.1 Facilitate PCSP Meetings": strategic
priority 1, project 1). Three-part refs in the cell ("2.4.1 Map…", several in one cell) are read by
``row_shapes.inline_refs``; a single number ("1. Develop…") is a list item, not a ref, and a number
with a word of amount after it ("2.5 Million people…", "1.5k", "2.5 %") is part of the wording.

Inspection improvement plans letter the actions taken under each numbered recommendation in their
own cell ("(1a) Raise performance…", "(1b) Weekly reports…"), the recommendation's number in the Ref
column: the bracketed number and letter is the action's own ref whether or not the table has a Ref
column, as long as it carries the Ref cell's number (or the cell is empty). Only in brackets: "4x4
vehicles" and "1st April" are wording.

Plans that sort their actions by type print the type on a line of its own above the numbered action
in its cell ("Prevention" / "1.1: Develop a multi-agency process…", the rough sleeping pillars
Prevention, Intervention, Recovery; Pursue, Prevent, Protect, Prepare): the number under the type is
still the action's ref, and the type, a word or three with no stop, is kept as the first line of the
action's comments rather than as its wording.
"""

from __future__ import annotations

import re

from exports.importing.heading_words import is_amount

# the number run into the words ("2.1Reduce theft…", a web page copied) ends where the words begin
_LEADING_REF = re.compile(
    r"^\s*((?:[A-Z]{1,8})?\d{1,2}\.\d{1,2}[a-z]?)(?:[.:)]?\s+(?=[A-Z(\"'‘“])|(?=[A-Z][a-z]))(.+)$", re.DOTALL
)
_LETTERED = re.compile(r"^\s*\(?((\d{1,2})[a-z])\)\s+(?=[A-Z\"'‘“])(.+)$", re.DOTALL)
# Line patterns open with [ \t]*, not \s*: with re.MULTILINE, \s* runs over the newlines from every
# line's start to the end of a cell of blank lines, which is quadratic (seconds for a 32 kB cell).
_LINE_LETTERED = re.compile(r"^[ \t]*\(?\d{1,2}[a-z]\)\s+(?=[A-Z])", re.MULTILINE)
_LINE_REF = re.compile(
    r"^[ \t]*((?:[A-Z]{1,8})?\d{1,2}\.\d{1,2}(?:\.\d{1,3})?[a-z]?)[.:)]?\s+(?=[A-Z])(.*)$", re.MULTILINE
)


# "Prevention\n1.1: Develop…": a type of up to three words on its own line, over a numbered action
_TYPE_LINE = re.compile(
    r"^\s*([A-Z][A-Za-z&'’-]*(?:[ \t]+[A-Za-z&'’-]+){0,2})[ \t]*\n(?=\s*(?:[A-Z]{1,8})?\d{1,2}\.\d)"
)


def take_leading_ref(values: dict[str, str], ref_column: bool) -> bool:
    """Move the action's own ref from the start of its cell into ``values["ref"]`` (``leading_ref``),
    under a line naming the action's type too, which goes to the top of its comments. False when the
    cell does not start with a ref."""
    typed = _TYPE_LINE.match(values["activity"])
    cell = values["activity"][typed.end() :] if typed else values["activity"]
    led = leading_ref(cell, values["ref"] if ref_column else None)
    if led is None:
        return False
    values["ref"], values["activity"] = led
    if typed:
        values["comments"] = f"{typed.group(1)}\n{values['comments']}".strip()
    return True


def leading_ref(activity: str, ref_cell: str | None = None) -> tuple[str, str] | None:
    """("1.1", "Facilitate…") from "1.1. Facilitate…" (or "1.1a Facilitate…", "SP1.1 Facilitate…") in a
    table with no Ref column (``ref_cell`` None); ("1a", "Raise…") from "(1a) Raise…" or "1a) Raise…"
    with or without one, when ``ref_cell`` is empty or the same number ("1"). None when the cell does
    not start so, starts with an amount ("2.5 Million…"), or numbers further lines too (several
    actions in one cell, read elsewhere)."""
    lettered = _LETTERED.match(activity)
    if lettered and len(_LINE_LETTERED.findall(activity)) == 1 and (ref_cell or lettered.group(2)) == lettered.group(2):
        return lettered.group(1), lettered.group(3).strip()
    if ref_cell is not None:
        return None
    match = _LEADING_REF.match(activity)
    numbered = [line for line in _LINE_REF.finditer(activity) if not is_amount(line.group(1), line.group(2))]
    if not match or is_amount(match.group(1), match.group(2)) or len(numbered) > 1:
        return None
    return match.group(1), match.group(2).strip()
