"""Excel workbooks: one raw table per sheet, read in openpyxl's streaming read-only mode.

Read-only mode does not report merged ranges: a merged cell's value sits in its top-left cell
and the rest read as empty. Plans merge a lead or timescale cell down over several actions, so
the sheet's mergeCells list is read separately (with defusedxml) and every cell under the top
of a vertical merge is recorded with the merged text. openpyxl parses with defusedxml too.
"""

from __future__ import annotations

import datetime
import zipfile
from bisect import bisect_right
from pathlib import Path
from typing import NamedTuple

from defusedxml.ElementTree import iterparse
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from exports.importing.budget import ReadBudget
from exports.importing.source import PlanFileError, RawDocument, RawTable, SourceLocation

# Empty rows in a row after which a sheet's plan has ended: openpyxl hands over every row up to the
# last one the sheet mentions, and formatting copied down to row 1,048,576 would be a million.
MAX_EMPTY_ROWS = 10_000
# More merged ranges and merged-down cells than any plan has: past these, a file is not a plan.
MAX_MERGE_RANGES = 50_000
MAX_MERGED_CELLS = 200_000
# Dates typed into a plan outside these years are typing mistakes ("2202"), not plans.
MIN_YEAR, MAX_YEAR = 1990, 2099


def read_xlsx(path: Path, budget: ReadBudget | None = None) -> RawDocument:
    budget = budget or ReadBudget()
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise PlanFileError(f"the workbook cannot be opened ({exc}).", SourceLocation(path.name)) from None
    try:
        tables = []
        for sheet in workbook.worksheets:
            table = _read_sheet(path, sheet, len(tables), budget)
            if table is not None:
                tables.append(table)
        title = (workbook.properties.title or "").strip()
    finally:
        workbook.close()
    return RawDocument(path.name, "xlsx", title, tuple(tables))


def _read_sheet(path: Path, sheet, index: int, budget: ReadBudget) -> RawTable | None:
    file = path.name
    part = f"sheet '{sheet.title}'"
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    row_number = 0
    # One column past the limit, so that text there is seen and refused rather than dropped.
    columns = budget.limits.max_columns + 1
    empty_run = 0
    stopped_after = 0
    try:
        for row_number, values in enumerate(sheet.iter_rows(max_col=columns, values_only=True), start=1):
            cells = tuple(_text(value) for value in values)
            if any(cells):
                rows.append(budget.take(cells, SourceLocation(file, part, row_number)))
                numbers.append(row_number)
                empty_run = 0
            else:
                empty_run += 1
                if empty_run > MAX_EMPTY_ROWS:
                    stopped_after = row_number
                    break
    except _AbsurdDate as exc:
        column = next(i for i, value in enumerate(values) if value is exc.value)
        where = SourceLocation(file, part, row_number, column)
        raise PlanFileError(
            f"the date {exc.value:%d %B %Y} is not a plausible plan date; correct it and try again.", where
        ) from None
    except (ValueError, OverflowError, TypeError) as exc:
        raise PlanFileError(f"a cell cannot be read ({exc}).", SourceLocation(file, part, row_number + 1)) from None
    if not rows:
        return None
    width = max(max((i + 1 for i, cell in enumerate(row) if cell), default=0) for row in rows)
    notes = (f"{part} is hidden in the workbook",) if sheet.sheet_state != "visible" else ()
    if stopped_after:
        notes += (
            f"{part}: rows after row {stopped_after:,} were not read ({MAX_EMPTY_ROWS:,} empty rows before them)",
        )
    return RawTable(
        file=file,
        part=part,
        index=index,
        rows=tuple(row[:width] + ("",) * (width - len(row)) for row in rows),
        row_numbers=tuple(numbers),
        preceding=(sheet.title,),
        notes=notes,
        merged_above=_merged_above(path, sheet, rows, numbers, width),
    )


def _merged_above(
    path: Path, sheet, rows: list[tuple[str, ...]], numbers: list[int], width: int
) -> dict[tuple[int, int], str]:
    """Cells under the top of a vertical merge, with the merged text (see the module docstring).

    Only rows that hold something are visited, and the fill stops at MAX_MERGED_CELLS, so a
    hostile "A1:XFD1048576" merge costs no more than the sheet's real rows.
    """
    index_of = {number: position for position, number in enumerate(numbers)}
    merged: dict[tuple[int, int], str] = {}
    for cells in _merge_ranges(path, sheet):
        top = index_of.get(cells.min_row)
        column = cells.min_col - 1
        if top is None or column >= width or cells.max_row <= cells.min_row:
            continue
        text = rows[top][column] if column < len(rows[top]) else ""
        if not text:
            continue
        first, last = bisect_right(numbers, cells.min_row), bisect_right(numbers, cells.max_row)
        for position in range(first, last):
            merged[(position, column)] = text
            if len(merged) >= MAX_MERGED_CELLS:
                return merged
    return merged


def _merge_ranges(path: Path, sheet) -> list[MergedRange]:
    """The sheet's merged ranges as (first column, first row, last column, last row), 1-based."""
    # openpyxl keeps the part name of a read-only sheet privately; the file was size- and bomb-checked already.
    part = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
    if not part:
        return []
    ranges: list[MergedRange] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part) as xml:
            for _event, element in iterparse(xml):
                if element.tag.endswith("}mergeCell") and element.get("ref"):
                    ranges.append(MergedRange(*range_boundaries(element.get("ref"))))
                    if len(ranges) >= MAX_MERGE_RANGES:
                        break
                element.clear()
    except (KeyError, ValueError, TypeError, SyntaxError, zipfile.BadZipFile):
        return []  # the sheet's cells were readable; an unreadable merge list only loses the fill-down
    return ranges


class MergedRange(NamedTuple):
    min_col: int
    min_row: int
    max_col: int
    max_row: int


class _AbsurdDate(Exception):
    def __init__(self, value: datetime.date) -> None:
        self.value = value


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            raise _AbsurdDate(value)
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.time | datetime.timedelta):
        return str(value)
    return str(value).strip()
