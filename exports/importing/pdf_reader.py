"""PDF plans: the tables on each page (pdfplumber), joined across page breaks, with the text between.

Ruled tables are pdfplumber's; tables printed without lines are found from their header row
(``pdf_columns``).

A published plan is usually a Word table printed to PDF. Each page then holds a piece of the
table; a piece that starts a page with nothing but page furniture (running header, page number)
since the previous piece, and has the same number of columns, continues it, and a header row
repeated at its top is dropped, as the Word reader does. A row broken by the page break arrives
as two rows (a part with no line under or over it found by ``pdf_open_rows``); the plan builder
joins those like page-split Word rows. A cell merged down over several rows is recorded as the
Word reader records one (``RawTable.merged_above``).

Inside a cell, pdfplumber gives one line per printed line; ``pdf_cells`` joins the lines that
wrapped and keeps the breaks the writer made (a line the next word would have fitted on, a bullet, a
ref, a new sentence), so wrapped text reads as written and separate lines stay separate. Outside the
tables, the printed lines of one paragraph are joined the same way (``_wrapped``), so a PDF's
paragraphs, headings and list items arrive whole, as Word's do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from exports.importing.heading_words import PAGE_NUMBER
from exports.importing.pdf_cells import cell_lines_from_chars, cell_text, line_text
from exports.importing.pdf_columns import Columns, FreeLine, unruled_tables
from exports.importing.pdf_open_rows import open_box, open_row, open_top_row
from exports.importing.pdf_page_rests import joined_rest
from exports.importing.pdf_paired_lines import paired_lines
from exports.importing.pdf_safety import PASSWORD, describe
from exports.importing.running_headings import is_running_heading
from exports.importing.source import PlanFileError, RawDocument, RawTable, SourceLocation
from exports.importing.title_lines import metadata_title
from exports.importing.whole_names import Wraps, names_seen_whole

_LIST_MARKS = ("•", "▪", "◦", "●", "‣", "- ", "* ")
SCANNED = (
    "the PDF holds pictures of pages (a scan) with no text in them, so its tables cannot be read. "
    "Ask for the Word or Excel original of the plan, or a PDF saved from it."
)


@dataclass
class _Item:
    """A line of text or a table piece on one page, in reading order."""

    page: int
    top: float
    text: str = ""
    rows: list[tuple[str, ...]] | None = None
    merged: dict[tuple[int, int], str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    line: FreeLine | None = None  # where a line of text was printed
    wraps: list[tuple[Wraps, ...]] = field(default_factory=list)  # per row and cell, where lines were joined
    open_last: bool = False  # its last row has no line under it: the page cut it
    rest_first: bool = False  # its first row has no line over it: the rest of a row the page cut

    def row_wraps(self) -> list[tuple[Wraps, ...]]:
        """The wraps of each row (none known for a row read from its text alone)."""
        return self.wraps or [tuple(() for _ in row) for row in self.rows or []]


@dataclass
class _Table:
    rows: list[tuple[str, ...]]
    preceding: tuple[str, ...]
    pages: list[int]
    merged: dict[tuple[int, int], str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    wraps: list[tuple[Wraps, ...]] = field(default_factory=list)
    heading: str = ""  # the bold paragraph right above it
    open_last: bool = False  # its last row, so far, was cut by the page

    def freeze(self, file: str, index: int) -> RawTable:
        first, last = self.pages[0], self.pages[-1]
        where = f"page {first}" if first == last else f"pages {first}-{last}"
        if first != last:
            self.notes.insert(0, f"the table on {where} was read as one table split across pages")
        return RawTable(
            file=file,
            part=f"table {index + 1} ({where})",
            index=index,
            rows=tuple(names_seen_whole(*paired_lines(self.rows, self.wraps))),
            row_numbers=tuple(range(1, len(self.rows) + 1)),
            preceding=self.preceding,
            notes=tuple(self.notes),
            merged_above=self.merged,
            heading=self.heading,
        )


def read_pdf(path: Path) -> RawDocument:
    """Every table in a text PDF; call ``pdf_safety.check_pdf`` first (password, page count, bombs)."""
    try:
        pdf = pdfplumber.open(path)
    except PDFPasswordIncorrect:
        raise PlanFileError(PASSWORD, SourceLocation(path.name)) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for a broken file
        if isinstance(getattr(exc, "args", (None,))[0], PDFPasswordIncorrect):
            raise PlanFileError(PASSWORD, SourceLocation(path.name)) from None
        raise PlanFileError(f"the PDF is damaged or incomplete ({describe(exc)}).", SourceLocation(path.name)) from None
    with pdf:
        items, characters, unread = _read_pages(pdf, path.name)
        if characters == 0:
            raise PlanFileError(SCANNED, SourceLocation(path.name))
        title = metadata_title(str((pdf.metadata or {}).get("Title") or ""))
    items = _without_furniture(items)
    tables, paragraphs = _assemble(items)
    if unread and tables:
        pages = ", ".join(str(page) for page in unread)
        tables[0].notes.append(f"page(s) {pages} hold only pictures (scanned), so nothing on them was read")
    raw = tuple(table.freeze(path.name, index) for index, table in enumerate(tables))
    return RawDocument(path.name, "pdf", title or (paragraphs[0] if paragraphs else ""), raw, tuple(paragraphs))


def _read_pages(pdf, file: str) -> tuple[list[_Item], int, list[int]]:
    items: list[_Item] = []
    characters = 0
    unread: list[int] = []
    columns: Columns | None = None  # an unruled table running off the foot of the page continues on the next
    for page in pdf.pages:
        try:
            columns, page_items, page_characters = _read_page(page, columns)
            if page_characters == 0 and page.images:
                unread.append(page.page_number)
        except Exception as exc:  # noqa: BLE001 - a broken page in an otherwise readable file
            where = SourceLocation(file, f"page {page.page_number}")
            raise PlanFileError(f"the page cannot be read ({describe(exc)}).", where) from None
        finally:
            page.close()  # pdfplumber caches each page's objects; a long PDF would keep them all
        characters += page_characters
        items.extend(page_items)
    return items, characters, unread


def _read_page(page, columns: Columns | None) -> tuple[Columns | None, list[_Item], int]:
    """The ruled tables on the page, then an unruled table in the text outside them, then the other lines."""
    characters = len(page.chars)
    if not characters:
        return None, [], 0
    found = page.find_tables()
    items = []
    boxes = [table.bbox for table in found]
    for table in found:
        rows, merged, wraps = _rows(table)
        others = [other for other in found if other is not table]
        cut = open_row(page, table, [other.bbox[1] for other in others])
        notes = []
        if cut is not None:  # the row the page break cut, left open under the last line
            rows.append(cut[0])
            wraps.append(cut[2])
            boxes.append(cut[1])
            notes.append(f"the last row on page {page.page_number} has no line under it (cut by the page): kept")
        rest = open_top_row(page, table, [other.bbox[3] for other in others])
        if rest is not None:  # its rest, over the first line when the header row is not repeated
            rows.insert(0, rest[0])
            wraps.insert(0, rest[2])
            merged = {(row + 1, column): text for (row, column), text in merged.items()}
            boxes.append(rest[1])
            notes.append(f"the first row on page {page.page_number} has no line over it (cut by the page): kept")
        if rows:
            items.append(
                _Item(
                    page.page_number,
                    table.bbox[1],
                    rows=rows,
                    merged=merged,
                    notes=notes,
                    wraps=wraps,
                    open_last=cut is not None,
                    rest_first=rest is not None,
                )
            )
    alone = open_box(page, [table.bbox for table in found])
    if alone is not None:  # the rest of a cut row in a box of its own, with the header not repeated
        boxes.append(alone[1])
        note = f"the first row on page {page.page_number} is a box with no line over it (cut by the page): kept"
        items.append(
            _Item(page.page_number, alone[1][1], rows=[alone[0]], notes=[note], wraps=[alone[2]], rest_first=True)
        )
    outside = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes)) if boxes else page
    words = outside.extract_words(extra_attrs=["fontname"])  # bold marks a group header in a table without lines
    unruled = unruled_tables(words, columns, PAGE_NUMBER.match)
    items.extend(
        _Item(page.page_number, line.top, text=line_text(line.text), line=line)
        for line in unruled.lines
        if line.text.strip()
    )
    for top, rows in unruled.tables:
        items.append(_Item(page.page_number, top, rows=[tuple(cell_text(cell) for cell in row) for row in rows]))
    items.sort(key=lambda item: item.top)
    return (unruled.columns if unruled.continues else None), items, characters


def _inside(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle_x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
    middle_y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _rows(table) -> tuple[list[tuple[str, ...]], dict[tuple[int, int], str], list[tuple[Wraps, ...]]]:
    """The table's rows without empty ones; the cells a merged cell above covers, with its text; and
    each cell's wraps (``pdf_cells.cell_lines_from_chars``).

    pdfplumber gives no cell (None) where a merged cell covers the grid. When the nearest cell
    above in the column reaches down over this row, it is a vertical merge, recorded as the Word
    reader records one (the plan builder decides per column whether it means "same again").
    """
    rows: list[tuple[str, ...]] = []
    wraps: list[tuple[Wraps, ...]] = []
    merged: dict[tuple[int, int], str] = {}
    above: dict[int, tuple[float, str]] = {}  # column -> (bottom of the last real cell, its text)
    chars = table.page.chars
    for row in table.rows:
        row_chars = [char for char in chars if _centre_in(char, row.bbox)]
        read = [
            cell_lines_from_chars([char for char in row_chars if _centre_in(char, box)], box) if box else ("", ())
            for box in row.cells
        ]
        cells = tuple(text for text, _ in read)
        bottom = row.bbox[3]
        covered = {}
        for column, box in enumerate(row.cells):
            if box is not None:
                above[column] = (box[3], cells[column])
            elif column in above and above[column][0] >= bottom - 1 and above[column][1]:
                covered[column] = above[column][1]
        if any(cells):
            merged.update({(len(rows), column): text for column, text in covered.items()})
            rows.append(cells)
            wraps.append(tuple(offsets for _, offsets in read))
    return rows, merged, wraps


def _centre_in(char: dict, box: tuple[float, float, float, float]) -> bool:
    """The character's centre inside the box, right and bottom sides excluded (as pdfplumber's own
    ``Table.extract`` assigns characters to cells)."""
    x0, top, x1, bottom = box
    middle_x, middle_y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return x0 <= middle_x < x1 and top <= middle_y < bottom


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _without_furniture(items: list[_Item]) -> list[_Item]:
    """Drop page numbers and lines printed on several pages (running headers and footers)."""
    pages_of: Counter[str] = Counter()
    for key in {(_furniture_key(item.text), item.page) for item in items if item.rows is None}:
        pages_of[key[0]] += 1
    kept: set[str] = set()  # a heading printed on every page is kept where it is first printed
    result = []
    for item in items:
        if _furniture_row(item, pages_of):
            continue
        key = "" if item.rows is not None else _furniture_key(item.text)
        repeated = bool(key) and pages_of[key] > 1 and not (is_running_heading(item.text) and key not in kept)
        if item.rows is not None or not (PAGE_NUMBER.match(item.text) or repeated):
            result.append(item)
            kept.add(key)
    return result


def _furniture_row(item: _Item, pages_of: Counter[str]) -> bool:
    """A table piece of one row whose words are a line printed on two other pages or more: the
    running header, read into the columns of a table without lines going on from the page before."""
    if item.rows is None or len(item.rows) != 1:
        return False
    return pages_of[_furniture_key(" ".join(cell.strip() for cell in item.rows[0] if cell.strip()))] > 1


def _assemble(items: list[_Item]) -> tuple[list[_Table], list[str]]:
    tables: list[_Table] = []
    paragraphs: list[str] = []
    pending: list[str] = []
    right = max((item.line.x1 for item in items if item.line is not None), default=0.0)
    previous_line: _Item | None = None
    bold = False  # the last paragraph is printed in bold, every line of it
    for item in items:
        if item.rows is None:
            printed_bold = item.line is not None and item.line.bold
            if previous_line is not None and pending and _wrapped(previous_line, item, right):
                paragraphs[-1] = pending[-1] = f"{pending[-1]} {item.text}"
                bold = bold and printed_bold
            else:
                paragraphs.append(item.text)
                pending.append(item.text)
                bold = printed_bold
            previous_line = item
            continue
        previous_line = None
        previous = tables[-1] if tables else None
        rows, wraps = item.rows, item.row_wraps()
        if previous and not pending and item.page != previous.pages[-1] and _width(rows) == _width(previous.rows):
            skipped = 0
            tail = _after_header(rows[0], previous.rows[0])
            if previous.open_last and item.rest_first and rows:  # the page cut the row: both parts show it
                previous.rows[-1], previous.wraps[-1] = joined_rest(
                    previous.rows[-1], previous.wraps[-1], rows[0], wraps[0]
                )
                rows, wraps, skipped = rows[1:], wraps[1:], 1
                previous.notes.append(
                    f"the rest of the row the page cut, at the top of page {item.page}, was joined to it"
                )
            elif _normalised(rows[0]) == _normalised(previous.rows[0]):
                rows, wraps, skipped = rows[1:], wraps[1:], 1
                previous.notes.append(f"a header row repeated at the top of page {item.page} was dropped")
                if previous.open_last and rows:  # Word prints the header again over the cut row's rest
                    previous.rows[-1], previous.wraps[-1] = joined_rest(
                        previous.rows[-1], previous.wraps[-1], rows[0], wraps[0]
                    )
                    rows, wraps, skipped = rows[1:], wraps[1:], 2
                    previous.notes.append(
                        f"the row under the header repeated on page {item.page} is the rest of the row the page "
                        "cut; it was joined to it"
                    )
            elif tail is not None:  # the header again, printed in one box with the cut row's rest
                rows, wraps = [tail, *rows[1:]], [tuple(() for _ in tail), *wraps[1:]]
                previous.notes.append(
                    f"the header row repeated at the top of page {item.page} holds the rest of the row cut by "
                    "the page; the header was dropped and the rest kept as a row"
                )
            offset = len(previous.rows) - skipped
            previous.merged.update({(row + offset, column): text for (row, column), text in item.merged.items()})
            previous.rows.extend(rows)
            previous.wraps.extend(wraps)
            previous.pages.append(item.page)
            previous.open_last = item.open_last
            previous.notes.extend(item.notes)
        else:
            # a bold paragraph right above the table (not the document's first) heads it, as in Word
            heading = pending[-1] if pending and bold and len(paragraphs) > 1 else ""
            tables.append(
                _Table(
                    list(rows),
                    tuple(pending),
                    [item.page],
                    dict(item.merged),
                    list(item.notes),
                    list(wraps),
                    heading,
                    item.open_last,
                )
            )
        pending, bold = [], False
    return tables, paragraphs


def _after_header(row: tuple[str, ...], header: tuple[str, ...]) -> tuple[str, ...] | None:
    """The rest of each cell when every cell of ``row`` starts with the header's (one has more); else None."""
    if len(row) != len(header) or not any(cell.strip() for cell in header):
        return None
    rest = []
    for cell, name in zip(row, header, strict=True):
        # the header's words, however its lines were broken, then the rest with its own lines kept
        words = r"\s+".join(re.escape(word) for word in name.split())
        opening = re.match(rf"\s*{words}(?:\s+|$)" if words else "", cell)
        if opening is None:
            return None
        rest.append(cell[opening.end() :].strip())
    return tuple(rest) if any(rest) else None


def _wrapped(previous: _Item, item: _Item, right: float) -> bool:
    """The line goes on the paragraph of the line above it: printed right under it (no paragraph
    spacing between), not a new list item, and the line above was full, its first word too wide for
    the room left on the line above (``right``: the text's right margin, the widest line's end).
    A paragraph that ends short, a heading, a list item each start a new paragraph, as in Word."""
    above, line = previous.line, item.line
    if above is None or line is None or previous.page != item.page or item.text.startswith(_LIST_MARKS):
        return False
    height = above.bottom - above.top
    if line.top - above.bottom > height / 2:
        return False
    return above.x1 + height * 0.3 + line.first_word > right - 1


def _width(rows: list[tuple[str, ...]]) -> int:
    return max((len(row) for row in rows), default=0)


def _normalised(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(cell.split()).casefold() for cell in row)
