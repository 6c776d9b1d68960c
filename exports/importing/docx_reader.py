"""Word documents: every table in reading order, with the paragraphs between them (the first page
header's lines first: a title or pathway printed on every page).

A table that runs over a page break is sometimes saved as two tables (documents rebuilt from
PDFs, or tables pasted page by page). Tables with nothing but blank paragraphs between them
and the same number of columns are joined into one, dropping a repeated header row; so are
tables whose piece starts with the header again and has only page furniture before it (a page
number, or a plain line printed before earlier tables too: a running header).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.oxml.simpletypes import ST_Merge
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from exports.importing.budget import ReadBudget
from exports.importing.heading_words import PAGE_NUMBER
from exports.importing.source import RawDocument, RawTable, SourceLocation
from exports.importing.title_lines import title_line

BULLET = "• "
MAX_NESTING = 3


def read_docx(path: Path, budget: ReadBudget | None = None) -> RawDocument:
    document = Document(str(path))
    lists = _list_styles(document)
    budget = budget or ReadBudget()
    title = (document.core_properties.title or "").strip()
    paragraphs: list[str] = []
    pending: list[str] = []  # text since the previous table
    furniture = True  # everything since the previous table is a page number or a running header
    heading = ""  # the last paragraph, when it is set as a heading
    tables: list[_Pieces] = []
    word_number = 0
    for item in chain(_page_header(document), _unwrapped(_body_content(document))):
        if isinstance(item, Paragraph):
            text = _paragraph_text(item, lists)
            if text:
                set_as_heading = _is_heading(item)
                furniture = furniture and not set_as_heading and (bool(PAGE_NUMBER.match(text)) or text in paragraphs)
                paragraphs.append(text)
                pending.append(text)
                heading = text if set_as_heading and len(paragraphs) > 1 else ""
            continue
        word_number += 1
        part = f"table {word_number}"

        def count(index: int, row: tuple[str, ...], part: str = part) -> None:
            if any(row):
                budget.take(row, SourceLocation(path.name, part, index + 1))

        rows, merged = _table_rows(item, lists, count=count)
        if not rows:
            continue
        previous = tables[-1] if tables else None
        # Between the pieces of a table cut by a page: nothing, or (a document rebuilt from a PDF) only
        # the page's number and running header, with the header row repeated at the top of the piece.
        running = bool(pending) and furniture and previous is not None and _same_row(rows[0], previous.rows[0])
        if previous is not None and (not pending or running) and _same_shape(previous.rows, rows):
            if running:
                previous.notes.append(
                    f"a page number or running header between the pieces ({pending[0]!r}) was left out"
                )
            skipped = 0
            if _normalised(rows[0]) == _normalised(previous.rows[0]):
                rows, skipped = rows[1:], 1
                previous.notes.append("a header row repeated after a page break was dropped")
            offset = len(previous.rows) - skipped
            previous.merged.update({(row + offset, column): text for (row, column), text in merged.items()})
            previous.rows.extend(rows)
            previous.word_numbers.append(word_number)
        else:
            tables.append(_Pieces(list(rows), tuple(pending), [word_number], merged, heading))
        pending, heading, furniture = [], "", True
    raw = tuple(piece.freeze(path.name, index) for index, piece in enumerate(tables))
    if not title and paragraphs:
        title = title_line(paragraphs)
    return RawDocument(path.name, "docx", title, raw, tuple(paragraphs))


def _page_header(document) -> list[Paragraph]:
    """The first page header's paragraphs, read as the document's opening lines: a plan printed with its
    title, theme or pathway on every page keeps them in Word's page header, outside the body."""
    section = document.sections[0] if document.sections else None
    if section is None or section.header.is_linked_to_previous:  # no header of its own
        return []
    return [paragraph for paragraph in section.header.paragraphs if paragraph.text.strip()]


def _body_content(document) -> Iterator[Paragraph | Table]:
    """The body's paragraphs and tables in reading order, including those inside content controls
    (``w:sdt``): Word puts a contents list there, which python-docx's own iteration skips."""
    body = document._body

    def walk(element) -> Iterator[Paragraph | Table]:
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, body)
            elif child.tag == qn("w:tbl"):
                yield Table(child, body)
            elif child.tag == qn("w:sdt"):
                for content in child.iterchildren(qn("w:sdtContent")):
                    yield from walk(content)

    return walk(document.element.body)


def _unwrapped(items: Iterator[Paragraph | Table]) -> Iterator[Paragraph | Table]:
    """Body content in reading order, looking inside one-cell layout tables that frame the real content."""
    for item in items:
        if isinstance(item, Table) and _is_frame(item):
            yield from _unwrapped(_Cell(item._tbl.tr_lst[0].tc_lst[0], item).iter_inner_content())
        else:
            yield item


def _is_frame(table: Table) -> bool:
    rows = table._tbl.tr_lst
    return len(rows) == 1 and len(rows[0].tc_lst) == 1 and bool(rows[0].tc_lst[0].tbl_lst)


class _Pieces:
    """A table being assembled from one or more Word tables."""

    def __init__(
        self,
        rows: list[tuple[str, ...]],
        preceding: tuple[str, ...],
        word_numbers: list[int],
        merged: dict[tuple[int, int], str],
        heading: str = "",
    ) -> None:
        self.rows = rows
        self.heading = heading
        self.preceding = preceding
        self.word_numbers = word_numbers
        self.merged = dict(merged)
        self.notes: list[str] = []

    def freeze(self, file: str, index: int) -> RawTable:
        first, last = self.word_numbers[0], self.word_numbers[-1]
        part = f"table {first}" if first == last else f"tables {first}-{last}"
        if first != last:
            self.notes.insert(0, f"Word tables {first}-{last} were read as one table split across pages")
        return RawTable(
            file=file,
            part=part,
            index=index,
            rows=tuple(self.rows),
            row_numbers=tuple(range(1, len(self.rows) + 1)),
            preceding=self.preceding,
            notes=tuple(self.notes),
            merged_above=self.merged,
            heading=self.heading,
        )


def _same_row(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    return any(first) and _normalised(first) == _normalised(second)


def _same_shape(first: list[tuple[str, ...]], second: list[tuple[str, ...]]) -> bool:
    return len(first[0]) == len(second[0])


def _normalised(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(cell.split()).casefold() for cell in row)


class _ListStyles:
    """Which paragraph styles are list styles, worked out once: python-docx's ``paragraph.style``
    searches every style for the default on each call, 45 ms a table row in a long plan."""

    def __init__(self, ids: frozenset[str], default_is_list: bool) -> None:
        self.ids = ids
        self.default_is_list = default_is_list

    def __contains__(self, style_id: str | None) -> bool:
        return self.default_is_list if style_id is None else style_id in self.ids


def _list_styles(document) -> _ListStyles:
    ids, default_is_list = set(), False
    for style in document.styles:
        name = style.name or ""
        if "List Bullet" in name or "List Number" in name:
            ids.add(style.style_id)
            default_is_list = default_is_list or bool(style.element.default)
    return _ListStyles(frozenset(ids), default_is_list)


def _paragraph_text(paragraph: Paragraph, lists: _ListStyles) -> str:
    text = paragraph.text.strip()
    if text and _is_list_item(paragraph, lists) and not text.startswith(("•", "-", "*")):
        return BULLET + text
    return text


def _is_heading(paragraph: Paragraph) -> bool:
    """A Heading or Title style, or every word of it bold: how plans set a heading above a table.

    The document's first paragraph is its title, never a heading of one table (the caller checks).
    """
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith(("Heading", "Title")):
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _is_list_item(paragraph: Paragraph, lists: _ListStyles) -> bool:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    return (p_pr.style if p_pr is not None else None) in lists


def _table_rows(
    table: Table, lists: _ListStyles, depth: int = 0, count: Callable[[int, tuple[str, ...]], None] | None = None
) -> tuple[list[tuple[str, ...]], dict[tuple[int, int], str]]:
    """Cell texts by grid column, merged cells keeping their text in the first cell only; and the
    cells continuing a vertical merge, with the merged text (the plan builder decides, per column,
    whether that means "same again": a lead yes, an activity no, or actions would be duplicated).
    ``count`` sees each row as it is read, so a table too long for a plan is refused part way.
    """
    rows: list[tuple[str, ...]] = []
    merged: dict[tuple[int, int], str] = {}
    tops: dict[int, str] = {}  # grid column -> text of the vertical merge running down it
    for row_index, tr in enumerate(table._tbl.tr_lst):
        cells: list[str] = []
        for tc in tr.tc_lst:
            column = len(cells)
            if tc.vMerge == ST_Merge.CONTINUE:
                text = ""
                if tops.get(column):
                    merged[(row_index, column)] = tops[column]
            else:
                text = _cell_text(tc, table, lists, depth)
                tops[column] = text if tc.vMerge == ST_Merge.RESTART else ""
            cells.append(text)
            cells.extend("" for _ in range(tc.grid_span - 1))
        if count is not None:
            count(row_index, tuple(cells))
        rows.append(tuple(cells))
    width = max((len(row) for row in rows), default=0)
    return [row + ("",) * (width - len(row)) for row in rows], merged


def _cell_text(tc, table: Table, lists: _ListStyles, depth: int = 0) -> str:
    """The cell's paragraphs, and any table nested in it as one line per row, so no text is lost."""
    lines = []
    for item in _Cell(tc, table).iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(_paragraph_text(item, lists))
        elif depth >= MAX_NESTING:  # tables in tables in tables: keep the words, drop the shape
            lines.append(" ".join(" ".join(item._tbl.itertext()).split()))
        else:
            nested, _merged = _table_rows(item, lists, depth + 1)
            lines.extend(" – ".join(" ".join(cell.split()) for cell in row if cell.strip()) for row in nested)
    return "\n".join(line for line in lines if line)
