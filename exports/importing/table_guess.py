"""What a table is (actions, a glossary, or something else) and which field each column fills: the
header row found among the first rows and read by ``headers``, then the columns the headers do not
name worked out from their cells (a Ref column with no header, the longest text as the actions, a
group column, a priority column: ``top_level``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from exports.importing.bracketed_refs import BRACKETED_REF
from exports.importing.headers import (
    HEADER_SEARCH_ROWS,
    IGNORE,
    MIN_ACTIVITY_LENGTH,
    ColumnMapping,
    guess_mapping,
    header_texts,
    is_glossary_header,
    normalise_header,
    two_row_header,
)
from exports.importing.name_lists import is_name_list
from exports.importing.source import RawTable
from exports.importing.top_level import top_level_column


@dataclass(frozen=True)
class TableGuess:
    """What a table seems to be: "actions", "glossary" or "other" (left out), and its mapping."""

    kind: str
    mapping: ColumnMapping
    reason: str = ""


def _under_glossary_heading(table: RawTable) -> bool:
    return bool(table.preceding) and "glossary" in table.preceding[-1].casefold()


def guess_table(table: RawTable) -> TableGuess:
    """Find the header row among the first rows and map its columns."""
    width = table.width
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if is_glossary_header(row):
            return TableGuess("glossary", ColumnMapping(index, ("term", "meaning") * (width // 2)), "glossary headers")
    best_index, best_fields, best_score = None, (IGNORE,) * width, 0
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        fields = guess_mapping(row)
        score = sum(1 for field in fields if field)
        if score > best_score:
            best_index, best_fields, best_score = index, fields, score
    two_rows = two_row_header(table, best_index, best_score)
    if two_rows is not None:
        best_index, best_fields, best_score = two_rows
    header_rows = 2 if two_rows is not None else 1
    if width == 2 and _under_glossary_heading(table):
        return TableGuess("glossary", ColumnMapping(None, ("term", "meaning")), "two columns under a Glossary heading")
    if best_index is not None and "ref" in best_fields and _empty_under(table, best_index, best_fields.index("ref")):
        # "Closed (minutes reference)" left blank: no refs there, so a numbered column may be the Ref column
        best_fields = tuple(IGNORE if field == "ref" else field for field in best_fields)
    if best_index is not None and "ref" not in best_fields:
        best_fields = _heading_over_ref_column(table, best_index, best_fields, header_rows)
    if best_index is not None and "ref" not in best_fields:
        best_fields = _unnamed_ref_column(table, best_index, best_fields, header_rows)
    if best_index is not None and "lead" not in best_fields:
        best_fields = _unnamed_lead_column(table, best_index, best_fields, header_rows)
    named_resources = best_index is not None and _resources_of_names(table, best_index, best_fields)
    if named_resources:
        best_fields = tuple("partners" if field == "resources" else field for field in best_fields)
    if best_score >= 2 and "activity" not in best_fields and {"lead", "timescale"} & set(best_fields):
        column = _longest_text_column(table, best_index, best_fields)
        if column is not None:
            header = table.rows[best_index][column].strip() or f"column {column + 1}"
            fields = tuple("activity" if i == column else field for i, field in enumerate(best_fields))
            reason = f"no Action header; '{header}' holds the longest text and is read as the actions"
            return TableGuess("actions", ColumnMapping(best_index, fields, header_rows), reason)
    mapping = ColumnMapping(best_index, best_fields, header_rows)
    if best_score >= 2 and "activity" in best_fields:
        mapping = top_level_column(table, mapping, [normalise_header(cell) for cell in table.rows[best_index]])
        reason = f"{best_score} column headers recognised"
        if named_resources:
            reason += "; the Resources column names only organisations and is read as the partners"
        group = _group_column(table, best_index, best_fields) if "objective" not in best_fields else None
        if group is not None:
            header = table.rows[best_index][group].strip() or f"column {group + 1}"
            reason += f"; '{header}' names the group of the rows under it and is read as the objective"
            mapping = mapping.with_field(group, "objective")
        return TableGuess("actions", mapping, reason)
    if best_score >= 2:
        return TableGuess("other", mapping, "no Action or Activity column")
    return TableGuess("other", ColumnMapping(None, (IGNORE,) * width), "no plan column headers recognised")


def _empty_under(table: RawTable, header_row: int, column: int) -> bool:
    """No text in the column under its header but the header itself printed again (a page break)."""
    header = " ".join(table.rows[header_row][column].split())
    cells = (" ".join(row[column].split()) for row in table.rows[header_row + 1 :] if column < len(row))
    return all(cell in ("", header) for cell in cells)


MAX_GROUP_WORDS = 12  # a group's name ("Setting priorities"), not a sentence of its own


def _group_column(table: RawTable, header_row: int, fields: tuple[str, ...]) -> int | None:
    """An unrecognised column left of the actions ("STAGE | ACTION | WHO") that names a group once, on
    its first row, and leaves the rows under it empty (or merged down): the rows' objective."""
    activity = fields.index("activity")
    rows = [row for row in table.rows[header_row + 1 :] if activity < len(row) and row[activity].strip()]
    for column in range(activity):
        if fields[column] != IGNORE or not rows or not rows[0][column].strip():
            continue
        cells = [row[column].strip() for row in rows if row[column].strip()]
        if len(set(cells)) < 2 or 2 * len(cells) > len(rows):
            continue  # one name for every row, or a name on most rows: a column of its own
        if all(len(cell.split()) <= MAX_GROUP_WORDS and re.search("[A-Za-z]{3}", cell) for cell in cells) and not any(
            _REF_LIKE.match(cell) for cell in cells
        ):
            return column
    return None


def _longest_text_column(table: RawTable, header_row: int, fields: tuple[str, ...]) -> int | None:
    """The unrecognised (or objective) column whose cells under the header are longest on average."""
    rows = table.rows[header_row + 1 :]
    best, best_length = None, float(MIN_ACTIVITY_LENGTH)
    for column, field in enumerate(fields):
        if field not in (IGNORE, "objective"):
            continue
        cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
        length = sum(map(len, cells)) / len(cells) if cells else 0.0
        if length > best_length:
            best, best_length = column, length
    return best


# "1.2", "2.3.1", "DAB 4", and a number with a letter ("1a", "2c", "1d*": the star a plan's own mark)
_REF_LIKE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,3})+\.?|[A-Z]{1,8}[ -]?\d{1,3}(?:\.\d{1,3})*|\d{1,2}(?:\.\d{1,2})?[a-z]\*?)"
    r"(?:\s+\d{1,2}(?:\.\d{1,3})+)*\s*$"
)
REF_SHARE = 0.6  # of a header-less column's cells that must look like refs for it to be the Ref column


def _unnamed_ref_column(
    table: RawTable, header_row: int, fields: tuple[str, ...], header_rows: int = 1
) -> tuple[str, ...]:
    """A column with no header whose cells are mostly refs ("1.1", "2.3.1") is the Ref column; rows
    whose only text is in that column (a heading or a progress note across the table) are not counted."""
    header = header_texts(table.rows[header_row - header_rows + 1 : header_row + 1])
    for column, field in enumerate(fields):
        if field or (column < len(header) and header[column].strip()):
            continue
        rows = [row for row in table.rows[header_row + 1 :] if column < len(row) and row[column].strip()]
        # a row of one cell (a heading or a note across the table) says nothing of the column
        cells = [row[column] for row in rows if sum(bool(cell.strip()) for cell in row) > 1]
        cells = cells or [row[column] for row in rows]
        refs = sum(bool(_REF_LIKE.match(cell) or BRACKETED_REF.match(cell)) for cell in cells)
        if cells and refs >= REF_SHARE * len(cells):
            return tuple("ref" if i == column else f for i, f in enumerate(fields))
        if _counts_up(cells):
            return tuple("ref" if i == column else f for i, f in enumerate(fields))
    return fields


MAX_LEAD_WORDS = 15  # "WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams – to promote."
# what a column of dates, progress or RAG ratings holds, never a column of who does the work
_NOT_A_LEAD = re.compile(
    r"\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|ongoing|weekly|monthly|"
    r"quarterly|annually|red|amber|green|complete|completed|on track|not started|in progress)\b",
    re.IGNORECASE,
)


def _unnamed_lead_column(
    table: RawTable, header_row: int, fields: tuple[str, ...], header_rows: int = 1
) -> tuple[str, ...]:
    """With no Lead header, a column with no header beside named ones whose cells are short names on
    every row of the table, never a date, progress word or rating, is the Lead column (a header cell
    left blank over "who", as a plan's template prints it)."""
    if not {"activity", "timescale"} & set(fields):
        return fields
    header = header_texts(table.rows[header_row - header_rows + 1 : header_row + 1])
    # a heading across the table, or the header printed again over the next section, is not a row
    named = [" ".join(cell.split()).casefold() for cell in table.rows[header_row]]
    rows = [
        row
        for row in table.rows[header_row + 1 :]
        if sum(bool(cell.strip()) for cell in row) > 1 and [" ".join(cell.split()).casefold() for cell in row] != named
    ]
    for column, field in enumerate(fields):
        if field or (column < len(header) and header[column].strip()) or not rows:
            continue
        cells = [" ".join(row[column].split()) if column < len(row) else "" for row in rows]
        if all(
            cell and len(cell.split()) <= MAX_LEAD_WORDS and re.search("[A-Z]", cell) and not _NOT_A_LEAD.search(cell)
            for cell in cells
        ) and not any(_REF_LIKE.match(cell) for cell in cells):
            return tuple("lead" if i == column else f for i, f in enumerate(fields))
    return fields


def _resources_of_names(table: RawTable, header_row: int, fields: tuple[str, ...]) -> bool:
    """With no Lead or Partners column, a Resources column whose every filled cell only names
    organisations (``name_lists``): who contributes to the action, its partners."""
    if "resources" not in fields or {"lead", "partners"} & set(fields):
        return False
    column = fields.index("resources")
    cells = [row[column] for row in table.rows[header_row + 1 :] if column < len(row) and row[column].strip()]
    return bool(cells) and all(is_name_list(cell) for cell in cells)


_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\.?\s*$")


def _heading_over_ref_column(
    table: RawTable, header_row: int, fields: tuple[str, ...], header_rows: int = 1
) -> tuple[str, ...]:
    """An "Action" heading merged over two columns (Word keeps its text in the first cell only, a
    paste leaves the second empty): the first holds only the actions' numbers ("1.", "2.1"), the
    unheaded one after it the actions' words. The numbers are the Ref column, the words the actions."""
    if "activity" not in fields:
        return fields
    column = fields.index("activity")
    after = column + 1
    header = header_texts(table.rows[header_row - header_rows + 1 : header_row + 1])
    if after >= len(fields) or fields[after] or (after < len(header) and header[after].strip()):
        return fields
    rows = [row for row in table.rows[header_row + 1 :] if after < len(row) and row[column].strip()]
    if not rows or not all(_REF_LIKE.match(row[column]) or _BARE_NUMBER.match(row[column]) for row in rows):
        return fields
    if not all(re.search("[A-Za-z]{3}", row[after]) for row in rows):
        return fields
    renamed = {column: "ref", after: "activity"}
    return tuple(renamed.get(i, field) for i, field in enumerate(fields))


MIN_NUMBERED_ROWS = 3


def _counts_up(cells: list[str]) -> bool:
    """Whole numbers one more each row ("1", "2", "3." …): the rows numbered, as a plan numbers its
    actions in a narrow column of their own. Amounts, years or counts do not run on by one."""
    numbers = [cell.strip().rstrip(".") for cell in cells]
    if len(numbers) < MIN_NUMBERED_ROWS or not all(number.isdigit() and len(number) <= 3 for number in numbers):
        return False
    return all(int(after) == int(before) + 1 for before, after in zip(numbers, numbers[1:], strict=False))


# -- headers on two rows ("Action" over "Ref | Description", "Progress" over "Q1 | Q2") ----------------
