"""Sheet variants for bench/layout_variants.py: the same plan's .xlsx/.csv as another officer's copy.

Each variant takes the grid of a built container (rows of cell text, merged cells read as their
top-left text) and returns the grids to write (one per sheet) and the vertical merges to make. The
header row is found by its words (the words of bench/answer_keys plans and their common other
wordings), never by the key: what a reader sees as "the column headed Action".
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from openpyxl import Workbook, load_workbook

Grid = list[list[str]]

# Header words by role, as plans print them (normalised: lower case, spacing collapsed).
ACTION_WORDS = (
    "action",
    "actions",
    "activity",
    "activities",
    "key actions",
    "key activities",
    "aims",
    "sub-action",
    "action required",
)
LEAD_WORDS = ("lead", "owner", "who", "responsibility", "lead partner", "lead agency", "delivery led by")
TIME_WORDS = (
    "timescale",
    "target date",
    "when by?",
    "by when",
    "completion date",
    "target completion date",
    "end date",
)
REF_WORDS = ("ref", "ref no", "no.", "item", "action ref number")


def norm(text: str) -> str:
    return " ".join(str(text).casefold().split())


def role(text: str) -> str:
    """action / lead / time / ref / "" for a header cell (its words, not its position)."""
    words = norm(text)
    if words in ACTION_WORDS or words.startswith("what are we going to do"):
        return "action"
    if words in LEAD_WORDS or words.startswith(("lead agency", "lead officer", "who will lead")):
        return "lead"
    if words in TIME_WORDS or words.startswith(("when do we aim", "by when")):
        return "time"
    if words in REF_WORDS or words.startswith("item ("):
        return "ref"
    return ""


def action_column(grid: Grid, openings: list[str]) -> int | None:
    """The column holding the answer key's actions (most cells containing an action's opening
    words): the Action column as the plan means it, whatever its header says ("Project" in a plan
    whose "Key Activities" are the project's steps)."""
    counts: dict[int, int] = {}
    for row in grid:
        for column, text in enumerate(row):
            if any(opening in norm(text) for opening in openings):
                counts[column] = counts.get(column, 0) + 1
    return max(counts, key=counts.get) if counts else None


def header_roles(row: list[str], action: int | None = None) -> dict[str, int]:
    """Role -> column, for a row that is a plan's header (an action column and one more role);
    ``action``: the column the key's actions are in, which is the action whatever its words (its
    header cell must have some: "Item No: 10" above a plan is no header)."""
    found: dict[str, int] = {} if action is None else {"action": action}
    for column, text in enumerate(row):
        name = role(text)
        if name and name not in found and column != action:
            found[name] = column
    named = "action" in found and found["action"] < len(row) and row[found["action"]].strip()
    return found if named and len(found) >= 2 else {}


def header_index(grid: Grid, action: int | None) -> int | None:
    return next((i for i, row in enumerate(grid) if header_roles(row, action)), None)


def is_header(row: list[str], header: list[str]) -> bool:
    return [norm(c) for c in row] == [norm(c) for c in header]


def single(row: list[str]) -> bool:
    """A heading line: text in the first cell only."""
    return bool(row and str(row[0]).strip()) and not any(str(c).strip() for c in row[1:])


# -- reading and writing ---------------------------------------------------------------------------
def read_grid(path: Path) -> Grid:
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return [list(row) for row in csv.reader(handle)]
    sheet = load_workbook(str(path)).active
    grid = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    width = max((len(r) for r in grid), default=0)
    return [row + [""] * (width - len(row)) for row in grid]


def write_book(path: Path, sheets: list[Grid], down: list[list[tuple[int, int, int]]] | None = None) -> None:
    """Sheets of rows; heading lines merged across (as the originals are); ``down``: per sheet, the
    (column, first row, last row) ranges (0-based) merged vertically, their text in the first."""
    book = Workbook()
    for number, grid in enumerate(sheets):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = f"Action Plan {number + 1}" if len(sheets) > 1 else "Action Plan"
        width = max(len(row) for row in grid)
        for index, row in enumerate(grid, start=1):
            sheet.append(row)
            if single(row) and width > 1:
                sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)
        for column, first, last in (down or [[]] * len(sheets))[number]:
            sheet.merge_cells(start_row=first + 1, start_column=column + 1, end_row=last + 1, end_column=column + 1)
    book.save(str(path))


def write_csv(path: Path, grid: Grid) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(grid)


# -- the variants ----------------------------------------------------------------------------------
def _table_rows(grid: Grid, top: int) -> list[int]:
    """Rows from the header down that hold cells of the table (heading lines left where they are)."""
    return [i for i in range(top, len(grid)) if not single(grid[i]) and any(c.strip() for c in grid[i])]


def moved_order(roles: dict[str, int], width: int, moved: str) -> list[int] | None:
    """The columns' new order, the others as they were: ``moved`` "lead", the Lead column right
    before the Action column; "time", the Timescale column first. None when there is none to move."""
    if moved not in roles or (moved == "lead" and roles["lead"] == roles["action"] - 1) or roles[moved] == 0:
        return None
    rest = [c for c in range(width) if c != roles[moved]]
    place = rest.index(roles["action"]) if moved == "lead" else 0
    return [*rest[:place], roles[moved], *rest[place:]]


def reorder(grid: Grid, action: int | None, moved: str) -> Grid | None:
    """The columns moved as an officer's copy moves them (see ``moved_order``)."""
    top = header_index(grid, action)
    order = moved_order(header_roles(grid[top], action), len(grid[top]), moved) if top is not None else None
    if order is None:
        return None
    rows = set(_table_rows(grid, top))
    return [[row[c] for c in order] if i in rows else list(row) for i, row in enumerate(grid)]


def opens_action(text: str) -> bool:
    """A cell that opens an action (the RAG is given there), not the tail of one a page cut."""
    return bool(text.strip()) and not text.strip()[0].islower()


def extra_columns(grid: Grid, action: int | None) -> Grid | None:
    """A "RAG" column after the action (filled on action rows) and an empty "Notes" column at the end."""
    top = header_index(grid, action)
    if top is None:
        return None
    header = grid[top]
    action = header_roles(header, action)["action"]
    out = []
    for i, row in enumerate(grid):
        if i < top or single(row) or not any(c.strip() for c in row):
            out.append(list(row) + ["", ""])
        elif is_header(row, header):
            out.append([*row[: action + 1], "RAG", *row[action + 1 :], "Notes"])
        else:
            rag = "Amber" if opens_action(row[action]) else ""
            out.append([*row[: action + 1], rag, *row[action + 1 :], ""])
    return out


SYNONYMS = {"action": "What we will do", "lead": "Responsible", "time": "By when"}
SYNONYMS_OTHER = {"action": "Action", "lead": "Owner", "time": "Target date"}


def header_words(grid: Grid, action: int | None, words: dict[str, str] = SYNONYMS) -> Grid | None:
    """The Action, Lead and Timescale headers (and their repeats) in other common words."""
    top = header_index(grid, action)
    if top is None:
        return None
    header = grid[top]
    roles = header_roles(header, action)
    out = []
    for row in grid:
        if is_header(row, header):
            row = list(row)
            for name, column in roles.items():
                row[column] = words.get(name, row[column])
        out.append(list(row))
    return out


def title_above(grid: Grid, action: int | None) -> Grid | None:
    """The header pushed down: a title line and a blank row above everything (a copy for a meeting)."""
    width = len(grid[0]) if grid else 1
    return [["Delivery plan – copy for the partnership meeting", *[""] * (width - 1)], [""] * width, *grid]


def merged_down(grid: Grid, action: int | None) -> tuple[Grid, list[tuple[int, int, int]]] | None:
    """The first column's text merged down over the rows it heads: a cell followed by empty cells in
    the same column (an objective or stage named once), or the same text repeated row after row."""
    top = header_index(grid, action)
    if top is None:
        return None
    header = grid[top]
    out = [list(row) for row in grid]
    ranges = []
    start = None
    for i in range(top + 1, len(grid) + 1):
        row = grid[i] if i < len(grid) else None
        stop = row is None or single(row) or is_header(row, header) or not any(c.strip() for c in row)
        repeated = start is not None and not stop and row[0].strip() == grid[start][0].strip()
        if not stop and start is not None and (not row[0].strip() or repeated):
            if repeated:
                out[i][0] = ""
            continue
        if start is not None and i - 1 > start:
            ranges.append((0, start, i - 1))
        start = i if not stop and row[0].strip() else None
    return (out, ranges) if ranges else None


SHEET_VARIANTS = {
    "Lead moved before Action": lambda grid, action: reorder(grid, action, "lead"),
    "Timescale column first": lambda grid, action: reorder(grid, action, "time"),
    "RAG and Notes columns": extra_columns,
    "header words (What we will do / Responsible / By when)": header_words,
    "header words (Action / Owner / Target date)": lambda grid, action: header_words(grid, action, SYNONYMS_OTHER),
    "title and blank row above": title_above,
}

# A sheet pasted from a PDF has rows whose cells sit one or two columns left of their headers:
# moving columns around in it makes rows no officer's copy has, so it keeps its column order.
PASTED = re.compile(r"^bcp-2021-23-")
MOVES_COLUMNS = ("Lead moved before Action", "Timescale column first", "RAG and Notes columns")
