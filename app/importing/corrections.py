"""Corrections made in the import review, as plain data: a row's role, a cell's text, a split action.

The user's corrections are an ordered tuple in ``ImportOptions.corrections``, so the wizard and
the command line (``import --corrections FILE.json``) build the same plan from them. Cell edits
and splits are applied to the raw tables before the draft builder runs, so the builder sees the
file as the user corrected it; chosen roles are handed to the builder
(``build_draft(..., roles=...)``), which honours them in place of its own judgement.

Rows are named by a ``RowKey``: (table index, row index in the table as read, piece), piece 0
being the row as read and 1, 2… the pieces split off it, so a key stays valid whatever other
corrections come before or after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.importing.run_together import glued_breaks
from exports.importing.source import RawDocument, RawTable, column_letter

RowKey = tuple[int, int, int]


class RowRole(StrEnum):
    """What a row is in the plan. The builder reports one per row; the user may choose the first five."""

    HEADING = "priority heading"
    OBJECTIVE = "objective"
    ACTION = "action"
    CONTINUATION = "continuation"
    LEFT_OUT = "left out"
    HEADER = "column headers"
    GLOSSARY = "glossary term"


# Copied into the piece split off an action when they are not written line by line: both actions keep them.
SHARED_ON_SPLIT = ("lead", "partners", "timescale", "status")
_REF_AT_START = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+")
_RUN_ON = re.compile(r"(?<=[a-z])[ \t]+(?=[A-Z])")
MAX_RUN_ON_POINTS = 5
_INLINE_REF = re.compile(r"(?<![\d.])\d{1,2}(?:\.\d{1,2}){1,3}(?![\d.])")


@dataclass(frozen=True)
class SetRole:
    row: RowKey
    role: RowRole


@dataclass(frozen=True)
class EditCell:
    row: RowKey
    column: int
    text: str


@dataclass(frozen=True)
class SplitRow:
    """A new row starts at character ``at`` of the cell in ``column``; it is an action unless set otherwise."""

    row: RowKey
    column: int
    at: int


Correction = SetRole | EditCell | SplitRow


@dataclass(frozen=True)
class CorrectedDocument:
    """The document with cell edits and splits applied; ``keys`` names each row of each table."""

    document: RawDocument
    keys: dict[int, tuple[RowKey, ...]]
    roles: dict[tuple[int, int], RowRole]  # (table index, row index in the corrected table) -> chosen role


class _Rows:
    """One table's rows while corrections are applied in order."""

    def __init__(self, table: RawTable) -> None:
        self.table = table
        self.cells = [list(row) for row in table.rows]
        self.numbers = list(table.row_numbers)
        self.keys: list[RowKey] = [(table.index, row, 0) for row in range(len(table.rows))]

    def position(self, key: RowKey) -> int | None:
        return self.keys.index(key) if key in self.keys else None

    def split(self, at: int, column: int, offset: int, fields: tuple[str, ...]) -> RowKey | None:
        row = self.cells[at]
        text = row[column] if column < len(row) else ""
        head, tail = text[:offset].rstrip(), text[offset:].strip()
        if not head or not tail:
            return None
        line_count, line_index = len(text.splitlines()), text[:offset].count("\n")
        split_ref = _REF_AT_START.match(tail)
        new_row = [""] * len(row)
        for other, cell in enumerate(row):
            field = fields[other] if other < len(fields) else ""
            lines = cell.splitlines()
            at_ref = _ref_position(cell, split_ref.group(1)) if split_ref and other != column else None
            if other == column:
                row[other], new_row[other] = head, tail
            elif at_ref:  # "2.4.1 June 2021 2.4.2 Ongoing": each action keeps its own part
                row[other], new_row[other] = cell[:at_ref].strip(), _REF_AT_START.sub("", cell[at_ref:]).strip()
            elif line_index and len(lines) == line_count > 1:  # written line by line beside the split cell
                row[other], new_row[other] = "\n".join(lines[:line_index]), "\n".join(lines[line_index:])
            elif field in SHARED_ON_SPLIT:
                new_row[other] = cell
        ref_column = fields.index("ref") if "ref" in fields else None
        match = _REF_AT_START.match(new_row[column])
        if match and ref_column is not None and ref_column != column:
            new_row[ref_column], new_row[column] = match.group(1), new_row[column][match.end() :]
        table_index, source_row, _piece = self.keys[at]
        piece = 1 + max(k[2] for k in self.keys if k[1] == source_row)
        key = (table_index, source_row, piece)
        self.cells.insert(at + 1, new_row)
        self.numbers.insert(at + 1, self.numbers[at])
        self.keys.insert(at + 1, key)
        return key

    def freeze(self) -> RawTable:
        if self.keys == [(self.table.index, row, 0) for row in range(len(self.table.rows))] and all(
            tuple(cells) == row for cells, row in zip(self.cells, self.table.rows, strict=True)
        ):
            return self.table
        merged = self._merged_positions()
        return replace(
            self.table,
            rows=tuple(tuple(row) for row in self.cells),
            row_numbers=tuple(self.numbers),
            merged_above=merged,
        )

    def _merged_positions(self) -> dict[tuple[int, int], str]:
        """Merged-cell texts follow their rows to where splits moved them (split-off pieces have none)."""
        position = {key: index for index, key in enumerate(self.keys)}
        return {
            (position[(self.table.index, row, 0)], column): text
            for (row, column), text in self.table.merged_above.items()
            if (self.table.index, row, 0) in position
        }


def apply_corrections(
    document: RawDocument, corrections: Iterable[Correction], fields: dict[int, tuple[str, ...]]
) -> CorrectedDocument:
    """Apply edits and splits in the order made; ``fields`` is each table's column meanings (for splits)."""
    tables = {table.index: _Rows(table) for table in document.tables}
    chosen: dict[RowKey, RowRole] = {}
    for correction in corrections:
        rows = tables.get(correction.row[0])
        at = rows.position(correction.row) if rows else None
        if rows is None or at is None:
            continue  # a correction for a row that no longer exists (the file was read again): nothing to do
        if isinstance(correction, SetRole):
            chosen[correction.row] = RowRole(correction.role)
        elif isinstance(correction, EditCell):
            row = rows.cells[at]
            if correction.column >= len(row):
                row.extend([""] * (correction.column + 1 - len(row)))
            row[correction.column] = correction.text
        else:
            key = rows.split(at, correction.column, correction.at, fields.get(correction.row[0], ()))
            if key is not None:
                chosen[key] = RowRole.ACTION
    corrected = replace(document, tables=tuple(tables[table.index].freeze() for table in document.tables))
    keys = {index: tuple(rows.keys) for index, rows in tables.items()}
    roles = {
        (index, position): chosen[key]
        for index, table_keys in keys.items()
        for position, key in enumerate(table_keys)
        if key in chosen
    }
    return CorrectedDocument(corrected, keys, roles)


def _ref_position(cell: str, ref: str) -> int | None:
    """Where ``ref`` is written inside ``cell`` (not at its start), glued to a year before it or not."""
    for match in _INLINE_REF.finditer(cell):
        if match.group() == ref and match.start() > 0:
            return match.start()
    glued = cell.find(ref)  # "June 20212.4.2 Ongoing": the ref follows a year with no space
    return glued if glued > 0 and cell[glued - 1].isdigit() and cell[glued + len(ref) :][:1] in ("", " ") else None


def split_points(text: str) -> list[tuple[int, str]]:
    """Where a cell can be split: before each later line, and before each ref written inside it."""
    points: dict[int, str] = {}
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        stripped = line.strip()
        if number and stripped:
            points[offset + len(line) - len(line.lstrip())] = f"before line {number + 1}: “{_short(stripped)}”"
        offset += len(line)
    for match in _INLINE_REF.finditer(text):
        start = match.start()
        if text[:start].strip() and start not in points:
            points[start] = f"before ref {match.group()}: “{_short(text[start:])}”"
    # Two actions run together by a PDF's text, with no ref or line between them ("…in silos MARAC
    # training…"): a capital straight after a word in lower case is where the second may start.
    for match in list(_RUN_ON.finditer(text))[:MAX_RUN_ON_POINTS]:
        start = match.end()
        points.setdefault(start, f"before “{_short(text[start:])}” (a capital after a lower-case word)")
    for start in glued_breaks(text)[:MAX_RUN_ON_POINTS]:  # "…servicesEstablish…": a line break lost
        points.setdefault(start, f"before “{_short(text[start:])}” (a capital glued to a lower-case word)")
    return sorted(points.items())


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


@dataclass(frozen=True)
class ReviewRow:
    """One row of the file as the review shows it: its cells, its role, and what it made in the plan."""

    key: RowKey
    part: str
    file_row: int
    cells: tuple[str, ...]
    role: RowRole
    made: str  # the action or objective ref(s), or the priority code, the row produced
    chosen: bool  # the role was chosen by the user
    table_kind: str  # "actions", "glossary" or "other"


def review_rows(
    corrected: CorrectedDocument,
    kinds: dict[int, str],
    readings: dict[tuple[int, int], tuple[RowRole, str]],
) -> tuple[ReviewRow, ...]:
    rows = []
    for table in corrected.document.tables:
        keys = corrected.keys[table.index]
        for index, cells in enumerate(table.rows):
            role, made = readings.get((table.index, index), (RowRole.LEFT_OUT, ""))
            rows.append(
                ReviewRow(
                    key=keys[index],
                    part=table.part or table.file,
                    file_row=table.row_numbers[index],
                    cells=cells,
                    role=role,
                    made=made,
                    chosen=(table.index, index) in corrected.roles,
                    table_kind=kinds.get(table.index, "other"),
                )
            )
    return tuple(rows)


def corrections_to_json(corrections: Iterable[Correction]) -> list[dict]:
    """The corrections as the command line's ``--corrections FILE.json`` reads them (numbers count from 1)."""
    entries = []
    for correction in corrections:
        table, row, piece = correction.row
        entry: dict = {"table": table + 1, "row": row + 1}
        if piece:
            entry["part"] = piece + 1
        if isinstance(correction, SetRole):
            entry["role"] = correction.role.value
        elif isinstance(correction, EditCell):
            entry.update(column=column_letter(correction.column), text=correction.text)
        else:
            entry.update(column=column_letter(correction.column), split_at=correction.at)
        entries.append(entry)
    return entries


def corrections_from_json(entries: object) -> tuple[Correction, ...]:
    """Read ``corrections_to_json`` output; raises ValueError naming the entry that is wrong."""
    if not isinstance(entries, list):
        raise ValueError("the corrections must be a list of entries")
    corrections: list[Correction] = []
    for number, entry in enumerate(entries, 1):
        try:
            key = (int(entry["table"]) - 1, int(entry["row"]) - 1, int(entry.get("part", 1)) - 1)
            if min(key) < 0:
                raise ValueError("table, row and part count from 1")
            if "role" in entry:
                corrections.append(SetRole(key, RowRole(entry["role"])))
            elif "split_at" in entry:
                corrections.append(SplitRow(key, _column_number(entry["column"]), int(entry["split_at"])))
            else:
                corrections.append(EditCell(key, _column_number(entry["column"]), str(entry["text"])))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"entry {number} cannot be read ({type(exc).__name__}: {exc})") from None
    return tuple(corrections)


def _column_number(letters: object) -> int:
    text = str(letters).strip().upper()
    if not text.isalpha():
        raise ValueError(f"column '{letters}' is not a column letter")
    number = 0
    for letter in text:
        number = number * 26 + ord(letter) - 64
    return number - 1
