"""Priority variants for bench/layout_variants.py: a workbook's priorities laid out otherwise.

The priorities are the key's: a heading row (text in its first cell only) whose text holds one of
the key's priority titles, followed by the header or a row that opens an action, heads the rows
down to the next such heading. A lone line under an action (its progress, the tail of a row a page
cut) or a repeated header is never a priority's heading.
"""

from __future__ import annotations

import re

from variant_sheets import Grid, header_index, header_roles, is_header, norm, opens_action, single


def _headings(grid: Grid, action: int | None, priorities: list[str]) -> tuple[int, list[int]] | None:
    """The header row and the rows that are priority headings (see the module docstring)."""
    top = header_index(grid, action)
    if top is None:
        return None
    header = grid[top]
    column = header_roles(header, action)["action"]
    titles = [norm(title) for title in priorities if title]

    def heads(i: int) -> bool:
        after = grid[i + 1] if i + 1 < len(grid) else None
        starts = after is not None and (is_header(after, header) or _opens(after, column))
        return starts and single(grid[i]) and any(title in norm(grid[i][0]) for title in titles)

    return top, [i for i in range(len(grid)) if heads(i)]


def _opens(row: list[str], column: int) -> bool:
    """A row of the table that opens an action (not a lone line, nor the tail of a cut row)."""
    return not single(row) and opens_action(row[column])


def two_sheets(grid: Grid, action: int | None, priorities: list[str]) -> list[Grid] | None:
    """The plan split over two sheets near its middle at a priority boundary: a heading row (text in
    its first cell only) naming one of the key's ``priorities``, under the rows of the part above.
    The second sheet starts with that heading and the header row. A repeated header alone is no
    boundary (the rows under it may go on with the objective above), nor a lone line under an
    action (its progress, the tail of a row a page cut). A plan the key gives no priorities is
    split where its refs' first number changes ("1.4" then "2.1", or "3" then "4"), the plan's own
    sections."""
    found = _headings(grid, action, priorities)
    if found is None:
        return None
    top, headings = found
    header = grid[top]
    cuts = [i for i in headings if i > top + 1 and not single(grid[i - 1])]
    if not priorities:
        cuts = _section_starts(grid, top, header_roles(header, action))
    if not cuts:
        return None
    cut = min(cuts, key=lambda i: abs(i - len(grid) / 2))
    if cut - 1 > top and is_header(grid[cut - 1], header):
        cut -= 1  # the header repeated over the section goes with it
    second = grid[cut:]
    heading = 1 if single(second[0]) else 0
    if not is_header(second[heading], header):
        second = [*second[:heading], list(header), *second[heading:]]
    return [grid[:cut], second]


def _section_starts(grid: Grid, top: int, roles: dict[str, int]) -> list[int]:
    """Rows opening an action whose ref's first number (in the Ref column, or opening the action
    cell: "1.1. Facilitate…") differs from the ref of the action above."""
    starts, last = [], None
    for i in range(top + 1, len(grid)):
        ref = grid[i][roles["ref"]].strip() if "ref" in roles else grid[i][roles["action"]].strip()
        number = re.match(r"\d+(?=[.\s]|$)", ref)
        if not _opens(grid[i], roles["action"]) or number is None:
            continue
        if last is not None and number.group() != last:
            starts.append(i)
        last = number.group()
    return starts


def priority_column(
    grid: Grid, action: int | None, priorities: list[str], merge: bool, header: str = "Priority"
) -> tuple[Grid, list] | None:
    """The priority headings made a first column headed "Priority" (``header``: or "Theme", as
    some plans head it): each priority's name beside its rows, in its first row with the cell
    merged down over the rest (``merge``, a workbook) or written again on every row that opens an
    action (a CSV, or a workbook filled down). Lines above the first header stay where they are;
    other rows move right, their Priority cell empty (a lone progress line, a second header row,
    the tail of a row a page cut)."""
    found = _headings(grid, action, priorities)
    if found is None or not found[1]:
        return None
    top, headings = found
    column = header_roles(grid[top], action)["action"]
    first = min(top, *headings)
    out: Grid = []
    ranges: list[tuple[int, int, int]] = []
    current, run = "", None
    for i, row in enumerate(grid):
        if i in headings:
            current, run = row[0], None
            continue
        if i < first:
            out.append([*row, ""])
            continue
        if is_header(row, grid[top]) or not any(c.strip() for c in row):
            out.append([header if is_header(row, grid[top]) else "", *row])
            run = None
            continue
        if _opens(row, column) and (run is None or not merge):
            out.append([current, *row])
            run = len(out) - 1
            if merge:
                ranges.append((0, run, run))
        else:
            out.append(["", *row])
            if run is not None and merge:
                ranges[-1] = (0, run, len(out) - 1)
    return out, [r for r in ranges if r[2] > r[1]]
