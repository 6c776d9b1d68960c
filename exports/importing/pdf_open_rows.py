"""Rows a PDF's page break left open: a Word table row allowed to break across pages is printed with
no line under its first part (at the foot of one page) and, when the header row is not repeated, no
line over its rest (at the top of the next). pdfplumber's tables end at the last ruled line, so
each part is found here from the column lines that run on past it, with the text between them."""

from __future__ import annotations

from exports.importing.pdf_cells import cell_lines_from_chars

MIN_ROW_HEIGHT = 6  # points: less than a line of text beyond the table is no row left open

Box = tuple[float, float, float, float]
# a row's cells, its box, and each cell's wraps (``pdf_cells.cell_lines_from_chars``)
OpenRow = tuple[tuple[str, ...], Box, tuple[tuple[int, ...], ...]]


def _sides(cells) -> set[int]:
    return {round(side) for cell in cells if cell is not None for side in (cell[0], cell[2])}


def _cells(page, cells, top: float, bottom: float) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    boxes = [(cell[0], top, cell[2], bottom) if cell is not None else None for cell in cells]
    read = [cell_lines_from_chars(page.crop(box).chars, box) if box is not None else ("", ()) for box in boxes]
    return tuple(text for text, _ in read), tuple(wraps for _, wraps in read)


def open_row(page, table, tops: list[float]) -> OpenRow | None:
    """A row left open under the table's last ruled line: the column lines run on below it, with
    text between them, in the table's columns (``_columns``: not the last row's cells, which may be
    one across the table). It ends where the lines do, or at the next table (``tops``: where the
    page's other tables start)."""
    x0, _top, x1, bottom = table.bbox
    last = _columns(table)
    sides = _sides(last)
    below = [
        edge["bottom"]
        for edge in page.vertical_edges
        if edge["top"] <= bottom + 1 and edge["bottom"] > bottom + 1 and round(edge["x0"]) in sides
    ]
    if len(below) < 2:
        return None
    end = min([max(below), *(top for top in tops if top > bottom)])
    if end - bottom < MIN_ROW_HEIGHT:
        return None
    cells, wraps = _cells(page, last, bottom, end)
    return (cells, (x0, bottom, x1, end), wraps) if any(cells) else None


def _columns(table) -> list:
    """The cell boxes of the table's row with the most cells (a first row of one cell across the
    table, "Progress …", still has the columns the rest of a cut row fills)."""
    return max((row.cells for row in table.rows), key=lambda cells: sum(cell is not None for cell in cells))


def open_top_row(page, table, bottoms: list[float]) -> OpenRow | None:
    """The rest of a row the page cut, over the table's first ruled line with no line over it (the
    header row not repeated on the page): the column lines run on above the first line, with text
    between them. It starts where the lines do, or under the page's table above (``bottoms``)."""
    x0, top, x1, _bottom = table.bbox
    first = _columns(table)
    sides = _sides(first)
    above = [
        edge["top"]
        for edge in page.vertical_edges
        if edge["bottom"] >= top - 1 and edge["top"] < top - 1 and round(edge["x0"]) in sides
    ]
    if len(above) < 2:
        return None
    start = max([min(above), *(bottom for bottom in bottoms if bottom < top)])
    if top - start < MIN_ROW_HEIGHT:
        return None
    cells, wraps = _cells(page, first, start, top)
    return (cells, (x0, start, x1, top), wraps) if any(cells) else None


def open_box(page, tables: list[Box]) -> OpenRow | None:
    """The rest of a row the page cut in a box of its own at the top of the page, above every table
    on it (the header not repeated, and a heading and a new table next): column lines standing on
    one rule with no rule over them, which pdfplumber takes for no table. Its cells are between
    the lines."""
    top_of_tables = min((box[1] for box in tables), default=page.height)
    loose = [
        edge
        for edge in page.vertical_edges
        if edge["bottom"] <= top_of_tables + 1 and not any(_within(edge, box) for box in tables)
    ]
    groups: dict[tuple[int, int], list[float]] = {}
    for edge in loose:
        groups.setdefault((round(edge["top"]), round(edge["bottom"])), []).append(edge["x0"])
    spans = sorted((top, bottom, sorted(set(round(x) for x in xs))) for (top, bottom), xs in groups.items())
    for top, bottom, xs in spans:
        if len(xs) < 3 or bottom - top < MIN_ROW_HEIGHT or not _rule(page, bottom, xs[0], xs[-1]):
            continue
        if _rule(page, top, xs[0], xs[-1]) or any(abs(box[1] - bottom) <= 1 for box in tables):
            continue  # ruled over too (pdfplumber's table), or standing on a table (``open_top_row``)
        boxes = [(left, top, right, bottom) for left, right in zip(xs, xs[1:], strict=False)]
        cells, wraps = _cells(page, boxes, top, bottom)
        return (cells, (xs[0], top, xs[-1], bottom), wraps) if any(cells) else None
    return None


def _within(edge: dict, box: Box) -> bool:
    middle = (edge["top"] + edge["bottom"]) / 2
    return box[0] - 1 <= edge["x0"] <= box[2] + 1 and box[1] - 1 <= middle <= box[3] + 1


def _rule(page, y: float, left: float, right: float) -> bool:
    return any(
        abs(edge["top"] - y) <= 1 and edge["x0"] <= left + 1 and edge["x1"] >= right - 1
        for edge in page.horizontal_edges
    )
