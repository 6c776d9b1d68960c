"""A row opening a group among numbered rows: "Go Karting" over the rows numbered 1, 2, 3 under it.

A plan that numbers its actions in a column of their own (a Ref column) often opens each group
(the first at the top of the table) with a row of its own in the actions column: a heading in
words, no number, no timescale, and in the row's other cells what holds for the whole group (the
councillor or officer who leads it, the portfolio it belongs to), typed once. That row is the
group's objective, not an action: it is the odd one out, every other row with an action in the
table carrying a number, and its wording is a title (short, capitals first, no full stop). Its
lead is the lead of the actions under it that name none of their own, until the next group starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.heading_rows import title_shaped
from app.importing.text import RefCell, starts_as_continuation
from exports.importing.headers import repeats_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

MIN_NUMBERED = 2  # numbered action rows the table must have besides the heading


def group_heading(reader: ActionTable, index: int, values: dict[str, str], ref: RefCell) -> dict[str, str]:
    """The row's values, the heading's moved into a new objective (its activity then empty); an action
    of the group with no lead of its own given the lead written on the group's heading row."""
    if _opens_group(reader, index, values):
        title = " ".join(values["activity"].split())
        reader.group_refs = (reader.b.new_objective(reader.priority_code or "1", title),)
        reader.group_text, reader.group_lead = title, (reader.group_refs, values["lead"])
        where = reader.table.location(index)
        led = f"; its lead {values['lead']} leads the actions under it" if values["lead"] else ""
        reader.notes.append(
            f"{where}: a row with no number among numbered rows, its action a title: "
            f"read as objective {reader.group_refs[0]}{led}."
        )
        return {**values, "activity": "", "objective": "", "lead": ""}
    refs, lead = reader.group_lead
    if lead and not values["lead"] and refs == reader.group_refs and not (values["objective"] or ref.objective_refs):
        return {**values, "lead": lead}
    return values


def _opens_group(reader: ActionTable, index: int, values: dict[str, str]) -> bool:
    if values["ref"] or values["timescale"] or values["status"] or values["objective"]:
        return False
    if not values["activity"] or not title_shaped(values["activity"]):
        return False
    if reader.numbered_rows is None:
        reader.numbered_rows = _numbered_rows(reader)
    return reader.numbered_rows >= MIN_NUMBERED and _next_is_numbered(reader, index)


def _action_rows(reader: ActionTable, start: int) -> list[tuple[int, tuple[str, ...]]]:
    """Rows from ``start`` with text in the actions column, less the header printed again and the
    lines a page break cut from the row above (they start mid-sentence)."""
    rows = reader.table.rows
    return [
        (i, rows[i])
        for i in range(start, len(rows))
        if (text := reader.cell(rows[i], "activity"))
        and not starts_as_continuation(text)
        and not repeats_header(rows[i], reader.mapping)
    ]


def _numbered_rows(reader: ActionTable) -> int:
    """Rows with an action that carry a ref; 0 when one without a ref is no title (an action, then),
    or when the table does not open with one: a short line under a numbered action ("Leaflet drop")
    is a step of it, not a group heading, in a table whose groups are not headed."""
    if reader.mapping.column_of("ref") is None:
        return 0
    start = 0 if reader.mapping.header_row is None else reader.mapping.header_row + 1
    rows = _action_rows(reader, start)
    unnumbered = [row for _i, row in rows if not reader.cell(row, "ref")]
    if not rows or reader.cell(rows[0][1], "ref"):
        return 0
    if not all(title_shaped(reader.cell(row, "activity")) for row in unnumbered):
        return 0
    return len(rows) - len(unnumbered)


def _next_is_numbered(reader: ActionTable, index: int) -> bool:
    following = _action_rows(reader, index + 1)
    return bool(following) and bool(reader.cell(following[0][1], "ref"))
