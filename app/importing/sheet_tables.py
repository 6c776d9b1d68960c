"""A sheet holding what Word held as separate tables and cells: a second table pasted under the
actions, and one Word row's Action cell pasted as a row a paragraph.

- **A second table in the sheet.** A plan pasted into Excel whole brings every table of the page
  into one sheet: the actions, then under a heading of their own ("Performance Reporting
  Indicators") the measures, headed "Indicator Type | Indicator | Reporting Measure". Read as one
  table, the measures' heading, header and rows were actions. A row of short capitalised labels
  right under a row of one cell (a heading), naming a column the importer knows but no Action
  column, with rows under it, is another table's header: it and the headings above it start a table
  of their own, read (or left out) as Word's second table is.
- **One Word cell pasted a paragraph a row.** Excel pastes a Word row whose Action cell lists its
  actions a paragraph each (``listed_cell.py``) as a row a paragraph, the date and who manages them
  in the first row only (merged down in Excel, lost in a CSV). Rows holding only an Action cell
  under such a first row, whose lines together have the listed shape, are that one cell again: read
  as Word's, each action shares the first row's lead and date. Only where the table's every
  action-only row stands in such a run (a plan that leaves leads blank as it goes is left alone),
  and where no merged cells were read (the reader reads those down already).
"""

from __future__ import annotations

from dataclasses import replace

from app.importing.label_lines import is_numbered_label
from app.importing.listed_cell import listed_length
from exports.importing import RawDocument, RawTable
from exports.importing.headers import HEADER_SEARCH_ROWS, MAX_HEADER_WORDS, guess_mapping

_SHEETS = ("xlsx", "csv")
_NOT_LABEL_ENDS = (".", ":", "?", "!", ",", ";")


def sheet_tables(document: RawDocument) -> RawDocument:
    """``document`` with a sheet's second table split off and pasted cells joined again; else as it was."""
    if document.kind not in _SHEETS:
        return document
    tables: list[RawTable] = []
    extra: list[RawTable] = []
    next_index = max((table.index for table in document.tables), default=-1) + 1
    for table in document.tables:
        first, second = _read_sheet(table)
        tables.append(first)
        if second is not None:
            extra.append(replace(second, index=next_index))
            next_index += 1
    if not extra and all(new is old for new, old in zip(tables, document.tables, strict=True)):
        return document
    return replace(document, tables=(*tables, *extra))


def _filled(row: tuple[str, ...]) -> list[int]:
    return [column for column, text in enumerate(row) if text.strip()]


def _header_row(table: RawTable) -> int | None:
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        fields = guess_mapping(row)
        if "activity" in fields and sum(map(bool, fields)) >= 2:
            return index
    return None


def _is_label(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= MAX_HEADER_WORDS and text[:1].isupper() and not text.endswith(_NOT_LABEL_ENDS)


def _other_header(rows: tuple[tuple[str, ...], ...], index: int) -> bool:
    """Whether row ``index`` heads another table: labels under a heading row, with rows under it."""
    row, filled = rows[index], _filled(rows[index])
    if len(filled) < 2 or not all(_is_label(row[column]) for column in filled):
        return False
    fields = guess_mapping(row)
    if "activity" in fields or not any(fields):
        return False
    above = [r for r in rows[:index] if _filled(r)]
    return bool(above) and len(_filled(above[-1])) == 1 and any(len(_filled(r)) >= 2 for r in rows[index + 1 :])


def _pasted_runs(rows: tuple[tuple[str, ...], ...], start: int, end: int, action: int) -> list[tuple[int, int]]:
    """(first row, one past the last) of each Action cell pasted a paragraph a row in rows
    ``start``..``end``: a full row, then only-Action rows, their lines of the listed shape, up to a
    heading's label and number ("… Outcome 1") over the next table, which no action is."""
    runs: list[tuple[int, int]] = []
    index = start
    while index < end:
        stop = index + 1
        while stop < end and _filled(rows[stop]) == [action] and not is_numbered_label(rows[stop][action]):
            stop += 1
        if action in _filled(rows[index]) and len(_filled(rows[index])) > 1 and stop - index > 1:
            count = listed_length([row[action].strip() for row in rows[index:stop]])
            if count:
                runs.append((index, index + count))
                stop = index + count
        index = stop
    return runs


def _read_sheet(table: RawTable) -> tuple[RawTable, RawTable | None]:
    """The sheet's table with its pasted Action cells joined, and the second table under it, if any."""
    header = _header_row(table)
    if header is None or table.merged_above:
        return table, None
    rows, action = table.rows, guess_mapping(table.rows[header]).index("activity")
    other = next((index for index in range(header + 2, len(rows)) if _other_header(rows, index)), len(rows))
    runs = _pasted_runs(rows, header + 1, other, action)
    end = other
    last_run = runs[-1][1] if runs else header + 1
    while other < len(rows) and end - 1 >= last_run and len(_filled(rows[end - 1])) <= 1:
        end -= 1  # the headings over the second table are its own
    if end <= header + 1:
        return table, None
    in_runs = {row for begin, stop in runs for row in range(begin + 1, stop)}
    if any(_filled(rows[row]) == [action] and row not in in_runs for row in range(header + 1, end)):
        runs = []  # an only-Action row under no first row: leads left blank as the plan goes
    second = None
    if end < len(rows):
        second = replace(table, rows=rows[end:], row_numbers=table.row_numbers[end:], preceding=(), heading="")
    if not runs and second is None:
        return table, None
    new_rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    start = 0
    for begin, stop in runs:
        new_rows += rows[start:begin]
        numbers += table.row_numbers[start:begin]
        cells = list(rows[begin])
        cells[action] = "\n".join(row[action].strip() for row in rows[begin:stop])
        new_rows.append(tuple(cells))
        numbers.append(table.row_numbers[begin])
        start = stop
    new_rows += rows[start:end]
    numbers += table.row_numbers[start:end]
    return replace(table, rows=tuple(new_rows), row_numbers=tuple(numbers)), second
