"""Writers for the bench containers: a Word document built piece by piece, a workbook, a CSV, and a
PDF printed the way Word prints a plan (ruled tables, header repeated on each page, page furniture)."""

from __future__ import annotations

import csv
from pathlib import Path

from docx import Document
from openpyxl import Workbook

Row = list[str]


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
def write_pdf(
    path: Path,
    title: str,
    sections: list[tuple[str, list[str], Row | None, list[Row]]],
    running: list[str] | None = None,
    across: bool = False,
) -> None:
    """Each section: a heading, paragraphs under it, a ruled table whose header repeats on every page
    (rows may break across pages, as Word prints them), with a running header and page numbers.
    ``running``: the lines of Word's page header, printed at the top of every page instead of the title
    (and no title above the first section). A section with no header is the rest of the table above it
    on a new page, its header not repeated (a row the page cut goes on there). ``across``: a row
    whose only text is in its first cell is printed as one cell across the table (merged in Word)."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]

    def cell(text: str) -> Paragraph:
        return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), body)

    def furniture(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        for number, line in enumerate(running or [title]):
            canvas.drawString(2 * cm, landscape(A4)[1] - (1.2 + 0.4 * number) * cm, line)
        canvas.drawRightString(landscape(A4)[0] - 2 * cm, 1 * cm, f"Page {doc.page}")

    story = [] if running else [Paragraph(escape(title), styles["Title"])]
    width = landscape(A4)[0] - 4 * cm
    for heading, paragraphs, header, rows in sections:
        if heading:
            story.append(Paragraph(escape(heading), styles["Heading2"]))
        story.extend(Paragraph(escape(text), body) for text in paragraphs)
        if header is None:
            story.append(PageBreak())
        printed = rows if header is None else [header, *rows]
        table = Table(
            [[cell(text) for text in row] for row in printed],
            repeatRows=0 if header is None else 1,
            splitInRow=1,
            colWidths=[width / len(printed[0])] * len(printed[0]),
        )
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if across:
            style += [
                ("SPAN", (0, number), (-1, number))
                for number, row in enumerate(printed)
                if row[0] and not any(row[1:]) and len(row) > 1
            ]
        table.setStyle(TableStyle(style))
        story.append(table)
    margins = {"topMargin": (1.2 + 0.4 * len(running)) * cm} if running else {}
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title, **margins).build(
        story, onFirstPage=furniture, onLaterPages=furniture
    )
