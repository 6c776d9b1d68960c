"""Word documents: every table in reading order, with the paragraphs between them.

A table that runs over a page break is sometimes saved as two tables (documents rebuilt from
PDFs, or tables pasted page by page). Tables with nothing but blank paragraphs between them
and the same number of columns are joined into one, dropping a repeated header row.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.simpletypes import ST_Merge
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from exports.importing.source import RawDocument, RawTable

BULLET = "• "


def read_docx(path: Path) -> RawDocument:
    document = Document(str(path))
    title = (document.core_properties.title or "").strip()
    paragraphs: list[str] = []
    pending: list[str] = []  # text since the previous table
    tables: list[_Pieces] = []
    word_number = 0
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = _paragraph_text(item)
            if text:
                paragraphs.append(text)
                pending.append(text)
            continue
        word_number += 1
        rows = _table_rows(item)
        if not rows:
            continue
        previous = tables[-1] if tables else None
        if previous is not None and not pending and _same_shape(previous.rows, rows):
            if _normalised(rows[0]) == _normalised(previous.rows[0]):
                rows = rows[1:]
                previous.notes.append("a header row repeated after a page break was dropped")
            previous.rows.extend(rows)
            previous.word_numbers.append(word_number)
        else:
            tables.append(_Pieces(list(rows), tuple(pending), [word_number]))
        pending = []
    raw = tuple(piece.freeze(path.name, index) for index, piece in enumerate(tables))
    if not title and paragraphs:
        title = paragraphs[0]
    return RawDocument(path.name, "docx", title, raw, tuple(paragraphs))


class _Pieces:
    """A table being assembled from one or more Word tables."""

    def __init__(self, rows: list[tuple[str, ...]], preceding: tuple[str, ...], word_numbers: list[int]) -> None:
        self.rows = rows
        self.preceding = preceding
        self.word_numbers = word_numbers
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
        )


def _same_shape(first: list[tuple[str, ...]], second: list[tuple[str, ...]]) -> bool:
    return len(first[0]) == len(second[0])


def _normalised(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(cell.split()).casefold() for cell in row)


def _paragraph_text(paragraph: Paragraph) -> str:
    text = paragraph.text.strip()
    if text and _is_list_item(paragraph) and not text.startswith(("•", "-", "*")):
        return BULLET + text
    return text


def _is_list_item(paragraph: Paragraph) -> bool:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = paragraph.style.name if paragraph.style is not None else ""
    return "List Bullet" in style or "List Number" in style


def _table_rows(table: Table) -> list[tuple[str, ...]]:
    """Cell texts by grid column; merged cells keep their text in the first cell only.

    A vertically merged cell's continuation reads as empty, which the plan builder already
    reads as "same as above" for refs and objectives; repeating the text would duplicate actions.
    """
    rows: list[tuple[str, ...]] = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            text = "" if tc.vMerge == ST_Merge.CONTINUE else _cell_text(tc, table)
            cells.append(text)
            cells.extend("" for _ in range(tc.grid_span - 1))
        rows.append(tuple(cells))
    width = max((len(row) for row in rows), default=0)
    return [row + ("",) * (width - len(row)) for row in rows]


def _cell_text(tc, table: Table) -> str:
    lines = [_paragraph_text(p) for p in _Cell(tc, table).paragraphs]
    return "\n".join(line for line in lines if line)
