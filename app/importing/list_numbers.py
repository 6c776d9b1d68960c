"""Actions numbered 1, 2, 3 at the start of their own cells, in a table with no Ref column.

A single number at the start of an Action cell ("1. Develop a plan") is read as a list item, not a
ref (``led_refs``): on its own it may be the first of a list the cell goes on with. When every action
of the table opens so, one number a cell, and the numbers count up one by one ("1. Provide…",
"2. Develop…", "3. Develop…"), the plan numbers its actions in the Action column: each number is
its action's ref, not part of its wording (as a Ref column of 1, 2, 3 would be, ``keep_own_refs``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_LIST_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=[A-Z\"'‘“(])")
# a further numbered line in the cell: several items in one cell, read elsewhere
_NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[A-Z]", re.MULTILINE)


def take_list_numbers(reader: ActionTable) -> None:
    """Once the table is read: with no Ref column and two or more actions, each opening with one
    number and the numbers counting up by one, each number leaves the wording for the action's Ref
    cell (``keep_own_refs`` then keeps it as the ref)."""
    if reader.mapping.column_of("ref") is not None or len(reader.made) < 2:
        return
    numbers = []
    for action, _cell in reader.made:
        match = _LIST_NUMBER.match(action.activity)
        if match is None or len(_NUMBERED_LINE.findall(action.activity)) != 1:
            return
        numbers.append((int(match.group(1)), match.end()))
    first = numbers[0][0]
    if [number for number, _end in numbers] != list(range(first, first + len(numbers))):
        return
    for position, ((action, _cell), (number, end)) in enumerate(zip(reader.made, numbers, strict=True)):
        action.activity = action.activity[end:].strip()
        reader.made[position] = (action, str(number))
    reader.notes.append(
        f"{reader.table.location()}: each action opens with its number, counting up from {first}; "
        "the numbers are read as the actions' refs."
    )
