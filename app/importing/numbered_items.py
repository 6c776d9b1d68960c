"""A table with no header row whose first column numbers its items ("1. identification of…",
"2. building on this…"), the column beside it what was done on each.

Plans answered item by item are laid out so: a national plan's list of what partnerships should
consider, copied into a two-column table with the partnership's answer beside each item; a
checklist with a column for notes. No header names the columns, so the table was left out and the
plan refused. When the rows with text in two cells or more number their first cell 1, 2, 3… in
order (and no row above them reads as a header), the table is read as Ref | Action | Progress: the
number the item's ref, the rest of the cell the action, the one other column holding text the
progress on each (with more, they are left unheaded for the officer to map). Rows above the first
numbered one (a sheet pasted whole: the title, the plan's paragraphs) stay above the header. Items
with only page numbers beside them ("1. Introduction | 3") are a contents table, left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.importing.contents_pages import is_page_number
from app.importing.text import RefCell
from exports.importing import RawDocument, RawTable
from exports.importing.headers import HEADER_SEARCH_ROWS, guess_mapping

# an item numbered as a list numbers it ("1. identification of…", "2) building on this…"): the number, the words
NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$", re.DOTALL)
MIN_ITEMS = 2
_HEADER = ("Ref", "Action")
_PROGRESS = "Progress"


def numbered_document(document: RawDocument) -> RawDocument:
    """``document`` with each header-less table of numbered items given its header; else unchanged."""
    tables = tuple(_with_header(table) or table for table in document.tables)
    if all(new is old for new, old in zip(tables, document.tables, strict=True)):
        return document
    return replace(document, tables=tables)


def _filled(row: tuple[str, ...]) -> int:
    return sum(bool(cell.strip()) for cell in row)


def _with_header(table: RawTable) -> RawTable | None:
    if table.width < 2:
        return None
    full = [index for index, row in enumerate(table.rows) if _filled(row) > 1]
    items = [NUMBERED_ITEM.match(table.rows[index][0]) for index in full]
    if len(full) < MIN_ITEMS or not all(items):
        return None
    if [int(item.group(1)) for item in items if item] != list(range(1, len(full) + 1)):
        return None
    first = full[0]
    if any(sum(map(bool, guess_mapping(row))) >= 2 for row in table.rows[:HEADER_SEARCH_ROWS]):
        return None  # the table has a header of its own
    width = table.width
    beside = [c for c in range(1, width) if any(c < len(row) and row[c].strip() for row in table.rows[first:])]
    if all(is_page_number(row[c]) for row in table.rows[first:] for c in beside if c < len(row) and row[c].strip()):
        return None  # a contents table: each entry's page beside it
    header = (*_HEADER, *(_PROGRESS if len(beside) == 1 and c == beside[0] else "" for c in range(1, width)))
    rows = [(*row, *([""] * (width + 1 - len(row)))) for row in table.rows[:first]]
    rows.append(header)
    for row in table.rows[first:]:
        cells = (*row, *([""] * (width - len(row))))
        item = NUMBERED_ITEM.match(cells[0])
        rows.append((item.group(1), item.group(2).strip(), *cells[1:]) if item else ("", *cells))
    numbers = (*table.row_numbers[:first], table.row_numbers[first], *table.row_numbers[first:])
    merged = {((r + 1, c + 1) if r >= first else (r, c)): text for (r, c), text in table.merged_above.items()}
    note = f"no header row: the first column numbers {len(full)} items, read as Ref | Action | {_PROGRESS}"
    return replace(table, rows=tuple(rows), row_numbers=numbers, merged_above=merged, notes=(*table.notes, note))


def numbers_on(last_ref: str, ref: RefCell) -> bool:
    """A Ref cell of one whole number, one more than the action above's ("2" under "1"): the next item
    of a numbered list, never the rest of a row a page cut (that row's Ref cell is empty), even when
    its wording opens in lower case ("2. building on this, developing…")."""
    last_ref = last_ref.strip().rstrip(".)")  # the Ref cell as written: "1." or "1"
    if ref.objective_refs or ref.action_ref or len(ref.priority_codes) != 1 or not last_ref.isdigit():
        return False
    return ref.priority_codes[0] == str(int(last_ref) + 1)
