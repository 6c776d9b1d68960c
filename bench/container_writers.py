"""Writers for the bench containers: a Word document built piece by piece, a workbook, a CSV, and a
PDF printed the way Word prints a plan (ruled tables, header repeated on each page, page furniture)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from openpyxl import Workbook

Row = list[str]


class Bold(str):
    """A paragraph the Word layout sets in bold (a section heading over a table): printed bold in the PDF too."""

    __slots__ = ()


def padded(text: str, width: int) -> Row:
    """A line above a sheet's header: the text in the first cell, the rest of the row empty."""
    return [text] + [""] * (width - 1)


# The shared folder beside the checkout (../shared/reference, ../../shared/reference from a git
# worktree under wt/): the plans as text.
REFERENCE = next(
    (found for parent in Path(__file__).resolve().parents if (found := parent / "shared" / "reference").is_dir()),
    Path(__file__).resolve().parents[2] / "shared" / "reference",
)


# -- writers ---------------------------------------------------------------------------------------
class WordPlan:
    """A Word document written piece by piece: paragraphs, tables, and a table broken at a page."""

    def __init__(self) -> None:
        self.doc = Document()
        self.table = None

    def para(self, text: str, bold: bool = False, style: str | None = None) -> None:
        self.table = None
        paragraph = self.doc.add_paragraph(style=style)
        paragraph.add_run(text).bold = bold

    def start_table(self, header: Row) -> None:
        self.table = self.doc.add_table(rows=0, cols=len(header))
        self.table.style = "Table Grid"
        self.row(header)

    def page_break(self, header: Row) -> None:
        """A new Word table straight after this one (nothing between), its header repeated."""
        self.start_table(header)

    def row(self, cells: Row) -> None:
        row = self.table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            _fill(cell, text)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def _fill(cell, text: str) -> None:
    """Lines starting "• " become List Bullet paragraphs (as Word stores them); others plain paragraphs."""
    lines = [line for line in text.split("\n")] or [""]
    first = True
    for line in lines:
        bullet = line.startswith("• ")
        words = line[2:] if bullet else line
        if first:
            paragraph = cell.paragraphs[0]
            if bullet:
                paragraph.style = "List Bullet"
            paragraph.add_run(words)
            first = False
        else:
            cell.add_paragraph(words, style="List Bullet" if bullet else None)


def write_sheet(path: Path, rows: list[Row], merge_full_width: bool = True) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Action Plan"
    width = max(len(row) for row in rows)
    for number, row in enumerate(rows, start=1):
        sheet.append(row)
        filled = [cell for cell in row if cell]
        if merge_full_width and len(filled) == 1 and row and row[0] and width > 1:
            sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
    workbook.save(str(path))


def write_csv(path: Path, rows: list[Row]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(rows)


# -- PDF: the Word layout printed, as a partnership publishes it ----------------------------------
@dataclass(frozen=True)
class Printing:
    """How a plan's PDF was printed: the page's way round, whether the header row repeats on each
    page, footer lines above the page number, "Page N of M" (``pages``: M), and the columns' widths
    (``action``: the column printed wider, ``action_share`` of the width; the rest share the remainder)."""

    portrait: bool = False
    repeat_header: bool = True
    footer: tuple[str, ...] = ()
    pages: int = 0
    action: int | None = None
    action_share: float = 0.0

    def widths(self, columns: int) -> list[float]:
        if self.action is None or columns < 2:
            return [1 / columns] * columns
        rest = (1 - self.action_share) / (columns - 1)
        return [self.action_share if c == self.action else rest for c in range(columns)]


def write_pdf(
    path: Path,
    title: str,
    sections: list[tuple[str, list[str], Row | None, list[Row]]],
    running: list[str] | None = None,
    across: bool = False,
    printing: Printing | None = None,
) -> int:
    """Each section: a heading, paragraphs under it, a ruled table whose header repeats on every page
    (rows may break across pages, as Word prints them), with a running header and page numbers.
    ``running``: the lines of Word's page header, printed at the top of every page instead of the title
    (and no title above the first section). A section with no header is the rest of the table above it
    on a new page, its header not repeated (a row the page cut goes on there). ``across``: a row
    whose only text is in its first cell is printed as one cell across the table (merged in Word).
    ``printing``: how another officer printed it (bench/variant_pdf.py); None, as the plan was.
    Returns the number of pages."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    printing = printing or Printing()
    page = A4 if printing.portrait else landscape(A4)
    styles = getSampleStyleSheet()
    body = styles["BodyText"]

    def cell(text: str) -> Paragraph:
        return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), body)

    def furniture(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        for number, line in enumerate(running or [title]):
            canvas.drawString(2 * cm, page[1] - (1.2 + 0.4 * number) * cm, line)
        for number, line in enumerate(printing.footer):
            canvas.drawString(2 * cm, (1 + 0.4 * number) * cm, line)
        of = f" of {printing.pages}" if printing.pages else ""
        canvas.drawRightString(page[0] - 2 * cm, 1 * cm, f"Page {doc.page}{of}")

    story = [] if running else [Paragraph(escape(title), styles["Title"])]
    width = page[0] - 4 * cm
    for heading, paragraphs, header, rows in sections:
        if heading:
            story.append(Paragraph(escape(heading), styles["Heading2"]))
        story.extend(
            Paragraph(f"<b>{escape(text)}</b>" if isinstance(text, Bold) else escape(text), body) for text in paragraphs
        )
        if header is None:
            story.append(PageBreak())
        printed = rows if header is None else [header, *rows]
        table = Table(
            [[cell(text) for text in row] for row in printed],
            repeatRows=0 if header is None or not printing.repeat_header else 1,
            splitInRow=1,
            colWidths=[width * share for share in printing.widths(len(printed[0]))],
        )
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        # Word draws a repeated header row's own bottom border over the rest of a row the page cut;
        # reportlab's in-row split keeps only its top, so the header and the rest print as one box.
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
        if across:
            style += [
                ("SPAN", (0, number), (-1, number))
                for number, row in enumerate(printed)
                if row[0] and not any(row[1:]) and len(row) > 1
            ]
        table.setStyle(TableStyle(style))
        story.append(table)
    margins = {"topMargin": (1.2 + 0.4 * len(running)) * cm} if running else {}
    if printing.footer:
        margins["bottomMargin"] = (1.4 + 0.4 * len(printing.footer)) * cm
    document = SimpleDocTemplate(str(path), pagesize=page, title=title, **margins)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return document.page


def sheet_csv_pdf(out: Path, name: str, sheet: list[Row], title: str, sections, **pdf_options) -> list[Path]:
    """``name``.xlsx and .csv of the pasted ``sheet`` rows, and ``name``.pdf printed from ``sections``
    (``write_pdf``'s title, sections and options): the three containers a Word plan's builder adds."""
    xlsx, csv_path, pdf = (out / f"{name}.{ext}" for ext in ("xlsx", "csv", "pdf"))
    write_sheet(xlsx, sheet)
    write_csv(csv_path, sheet)
    write_pdf(pdf, title, sections, **pdf_options)
    return [xlsx, csv_path, pdf]
