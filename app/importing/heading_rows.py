"""A row of one cell naming a group in words ("Safer streets at night"), with no number of its own.

Word and Excel plans print a group header as a row across the table, and so does a PDF drawn
without lines (``exports/importing/pdf_columns.py`` reads it as one cell). A numbered one
("Priority 2 – …") is a priority heading by its number. One in words, in the table's first
column where refs (or nothing) stand, is a title, not a ref and not a sentence: a short line in
capitals-first words, no full stop at its end, no label ("Lead officer: …"). It names the priority
the refs under it start with (rows "3.1.1", "3.2" after it: priority 3), or failing refs, the
next priority.

A plan with no Ref column puts that row in its first column, the activity column ("KEY ACTIONS",
then "Promoting recovery" across the table, then the actions). There a short line could also be an
action with no lead or date, so it is a title only when it is the odd one out: every other row of the
table with an activity fills another column too (a lead, a timescale, an outcome).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.text import is_label_line, parse_ref_cell, starts_as_continuation
from exports.importing.headers import IGNORE

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

MAX_WORDS = 12
MAX_LENGTH = 80


# A lone cell in an Objective or Priority column is that column's own text, read by its own rules.
# Any other first column (Action, or Lead or Timescale moved to the front in a copy) holds a group
# title when every lone cell in it is shaped like one and no action leaves the rest of its row empty.
_GROUPING = ("objective", "priority")


def is_title_row(reader: ActionTable, column: int, text: str) -> bool:
    """Whether a row whose one cell (``column``) holds ``text`` names a group in words."""
    field = reader.mapping.fields[column] if column < len(reader.mapping.fields) else IGNORE
    return (
        column == 0
        and title_shaped(text)
        and (field in (IGNORE, "ref") or (field not in _GROUPING and _odd_one_out(reader, column)))
    )


def title_shaped(text: str) -> bool:
    text = " ".join(text.split())
    return (
        len(text) <= MAX_LENGTH
        and len(text.split()) <= MAX_WORDS
        and text[0].isupper()
        and not starts_as_continuation(text)
        and not text.endswith((".", ";", ","))
        and parse_ref_cell(text).empty
        and not is_label_line(text)
    )


def _odd_one_out(reader: ActionTable, column: int) -> bool:
    """Asked of each lone row: the answer is the table's, worked out once (a long sheet stays linear)."""
    if column not in reader.odd_one_out:
        reader.odd_one_out[column] = _table_has_odd_one_out(reader, column)
    return reader.odd_one_out[column]


def _table_has_odd_one_out(reader: ActionTable, column: int) -> bool:
    """Whether the rows under the header holding ``column`` alone are all title-shaped, and the
    others (at least one) fill ``column`` and another cell: no action of the table stands alone."""
    start = 0 if reader.mapping.header_row is None else reader.mapping.header_row + 1
    rows = [row for row in reader.table.rows[start:] if any(cell.strip() for cell in row)]
    alone = [row[column] for row in rows if sum(bool(cell.strip()) for cell in row) == 1 and row[column].strip()]
    full = [row for row in rows if row[column].strip() and sum(bool(cell.strip()) for cell in row) > 1]
    return bool(full) and all(title_shaped(text) for text in alone)


def title_row_priority(reader: ActionTable, index: int, text: str) -> str:
    """The priority code the title row at ``index`` names (``Builder.priority_titled``), the number the
    first ref under it starts with offered as its number."""
    return reader.b.priority_titled(" ".join(text.split()), _first_ref_number(reader, index))


def _first_ref_number(reader: ActionTable, index: int) -> str | None:
    """The first number of the first ref in the Ref column below row ``index`` ("3" for "3.1.1")."""
    ref_column = reader.mapping.column_of("ref")
    if ref_column is None:
        return None
    for row in reader.table.rows[index + 1 :]:
        ref = parse_ref_cell(row[ref_column]) if ref_column < len(row) else None
        if ref is not None and not ref.empty:
            return (ref.objective_refs or ref.priority_codes or (ref.action_ref,))[0].split(".")[0]
    return None
