"""The field-by-field merge rule, shared by plan-file merges and two officers editing one server.

Kept here, apart from ``app.plan_files``, so the command path can use it without loading the
plan-file feature at start-up.
"""

from __future__ import annotations

from typing import Any

# A record or field one side does not have (shown as such in a merge's preview).
ABSENT = object()

SAME = "same"
TAKE_MINE = "mine"
TAKE_THEIRS = "theirs"
CONFLICT = "conflict"


def three_way(base: Any, mine: Any, theirs: Any, has_base: bool = True) -> str:
    """The field-by-field rule every merge follows (plan files, and two officers on one server).

    Equal sides need nothing; a side still at the base takes the other side's value; both sides
    changed differently (or no shared base) is the user's choice.
    """
    if mine == theirs:
        return SAME
    if has_base and mine == base:
        return TAKE_THEIRS
    if has_base and theirs == base:
        return TAKE_MINE
    return CONFLICT


def display(value: Any) -> str:
    if value is ABSENT:
        return "(not in the shared version)"
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)
