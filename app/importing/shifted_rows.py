"""Rows pasted cells to the left of their columns, as text copied out of a PDF often arrives.

A date sits in the Lead column, an organisation in the Activity column, a sentence in the Ref column.
Either the whole row moved (its ref too), or only the cells from one column on, those before it in
place: the ref where it belongs, then the activity in the objective column, the lead in the activity
column, the timescale in the lead column. Either way the row's last cells are empty (the text ran
short, not over) and the row is moved back only when its cells fit their headers clearly better so.
A move from inside the row needs more still: a timescale coming into the Timescale column, and the
activity cell still filled; a row with an empty lead and its date in its own column stays.
Never the rest of a row a page cut (no timescale anywhere, and a cell going on mid-sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.importing.text import starts_as_continuation
from app.timescale import TimescaleKind, parse_timescale

MAX_SHIFT = 2
MAX_REF_TEXT = 24  # a Ref cell longer than this holds a sentence: the row has moved left
NAME_WORDS = 3  # "Youth Justice Service": as few words as this in the Activity column read as a name
MIN_GAIN = 2  # a shifted reading must fit two cells better than the row as it is
MAX_TIMESCALE = 40  # a cell longer than this is a sentence, not a date
_REF_ONLY = re.compile(r"^\s*\d{1,2}(?:\s*\.\s*\d{1,3})+\.?(?:[\s,;]+\d{1,2}(?:\s*\.\s*\d{1,3})+\.?)*\s*$")


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@lru_cache(maxsize=4096)  # plans repeat the same few timescales ("Ongoing", "March 2025") down every row
def reads_as_timescale(text: str) -> bool:
    """A cell that reads as a timescale. Not a sentence that says how often with a year in it that
    the reading leaves out ("Arrange annual meeting in Sept/Oct 2010": "annual" read, the rest not):
    a timescale's year is its date, so an action mentioning one is no timescale."""
    text = text.strip()
    if not text or len(text) > MAX_TIMESCALE:
        return False
    parsed = parse_timescale(text)
    if parsed.kind in (TimescaleKind.RECURRING, TimescaleKind.ONGOING) and parsed.due is None and not parsed.start:
        return not _YEAR.search(text)
    return parsed.kind is not TimescaleKind.UNKNOWN


@lru_cache(maxsize=4096)
def reads_as_date(text: str) -> bool:
    """A timescale that is a time ("May 2021", "Ongoing"), not a "TBC" a lead cell may hold too."""
    return reads_as_timescale(text) and parse_timescale(text.strip()).kind is not TimescaleKind.TBC


@dataclass(frozen=True)
class Shift:
    """A row as it belongs under its headers: moved ``cells`` to the right from column ``start`` on."""

    row: tuple[str, ...]
    cells: int = 0  # 0: the row fits as it is
    start: int = 0  # the first column that moved (0: the whole row)


Profile = Counter  # (column, text casefolded) -> how many of the table's rows hold it there


def column_texts(rows: Iterable[tuple[str, ...]]) -> Profile:
    """What the table's rows hold in each column: a lead named in other rows' Lead cells, an area
    repeated down its column, the same few timescales. A cell fits where other rows say the same."""
    return Counter((column, text.strip().casefold()) for row in rows for column, text in enumerate(row) if text.strip())


def _fit(row: tuple[str, ...], columns: dict[str, int], profile: Profile, own: tuple[str, ...]) -> int:
    """How well a row's cells fit their headers: a ref column holds no sentence, a lead no date,
    a timescale column a timescale, an activity column a sentence rather than a date or a name;
    and a cell one point more where other rows than this one (``own``, as it was) hold the same."""

    def cell(name: str) -> str:
        column = columns.get(name)
        return row[column].strip() if column is not None and column < len(row) else ""

    ref, activity, lead, timescale = cell("ref"), cell("activity"), cell("lead"), cell("timescale")
    score = 0
    if "ref" in columns:
        score += 1 if len(ref) <= MAX_REF_TEXT else -1
    if activity:  # an activity is a sentence; a date or a name of a few words has moved in from the right
        score += -1 if reads_as_date(activity) or len(activity.split()) <= NAME_WORDS else 1
    if lead:
        score += -1 if reads_as_date(lead) else 1
    if timescale:
        score += 1 if reads_as_timescale(timescale) else -1
    for column, text in enumerate(row):
        key = (column, text.strip().casefold())
        if text.strip() and profile[key] > (1 if own[column].strip().casefold() == key[1] else 0):
            score += 1
    return score


def _moved(row: tuple[str, ...], start: int, cells: int) -> tuple[str, ...]:
    return row[:start] + ("",) * cells + row[start : len(row) - cells]


def _inside_move_holds(row: tuple[str, ...], moved: tuple[str, ...], columns: dict[str, int]) -> bool:
    """A move from inside the row brings a timescale into the Timescale column, and leaves no gap where
    the activity was: "New signs | September 2019" under Activity and Lead is an activity with its date
    one cell left, not a lead."""
    timescale, activity = columns.get("timescale"), columns.get("activity")
    if timescale is None or timescale >= len(row) or not reads_as_timescale(moved[timescale]):
        return False
    return activity is None or activity >= len(row) or not row[activity].strip() or bool(moved[activity].strip())


def realign(row: tuple[str, ...], columns: dict[str, int], profile: Profile | None = None) -> Shift:
    """The row moved right to its columns (``Shift(row)`` when it already fits).

    ``columns`` maps "ref", "activity", "lead" and "timescale" to their columns (those the table has);
    ``profile`` is what the table's rows hold in each column (``column_texts``).
    """
    profile = profile if profile is not None else Counter()
    if ("timescale" not in columns and "lead" not in columns) or sum(1 for cell in row if cell.strip()) < 2:
        return Shift(row)  # one cell (a heading, a line run on from above) says nothing of its columns
    if row and row[-1].strip():
        return Shift(row)  # the row reaches its last column: it cannot have moved left
    filled = [cell for cell in row if cell.strip()]
    if not any(reads_as_timescale(cell) for cell in filled) and any(starts_as_continuation(c) for c in filled):
        return Shift(row)  # the rest of a row a page cut ("Misuse | … | establish baseline"): its cells go on above
    ref_column = columns.get("ref")
    if ref_column is None or ref_column >= len(row) or not _REF_ONLY.match(row[ref_column]):
        whole = _best(row, columns, [0], Counter())
        if whole.cells or ref_column is not None:
            return whole  # a ref cell empty or out of place: the row moved whole, if at all
    # the ref in place (or no Ref column): a move from inside the row, judged by the other rows too;
    # of two equal fits, the one that moves the fewest cells
    return _best(row, columns, range(len(row) - 1, (ref_column or 0), -1), profile)


def _best(row: tuple[str, ...], columns: dict[str, int], starts: Iterable[int], profile: Profile) -> Shift:
    """The best of the moves from ``starts``, when it fits clearly better than the row as it is."""
    starts = list(starts)
    best, best_fit = Shift(row), _fit(row, columns, profile, row) + MIN_GAIN - 1
    for cells in range(1, MAX_SHIFT + 1):
        if any(cell.strip() for cell in row[len(row) - cells :]):
            break
        for start in starts:
            moved = _moved(row, start, cells)
            if start and not _inside_move_holds(row, moved, columns):
                continue
            fit = _fit(moved, columns, profile, row)
            if fit > best_fit:
                best, best_fit = Shift(moved, cells, start), fit
    return best


def shift_note(shift: Shift, headers: tuple[tuple[str, ...], ...]) -> str:
    """What the import notes say of a row moved back, naming the column the move starts at."""
    where = "cells"
    if shift.start:
        header = headers[-1][shift.start].strip() if headers and shift.start < len(headers[-1]) else ""
        where = f"cells from the {header or f'column {shift.start + 1}'} column on"
    return (
        f"the row's {where} sit {shift.cells} to the left of their headers "
        "(a timescale under another heading, as pasted from a PDF); moved back."
    )
