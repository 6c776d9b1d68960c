"""Containers for plans of layouts the first ten keys lacked (rows in bench/container_rows_unseen.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen import (
    BANES,
    BANES_HEADER,
    BANES_TITLE,
    BLACKPOOL_HEADER,
    BLACKPOOL_SECTIONS,
    BLACKPOOL_TITLE,
    DONCASTER,
    DONCASTER_HEADER,
    DONCASTER_TITLE,
    RECOVERY,
    RECOVERY_HEADER,
    RECOVERY_THEME,
    RECOVERY_TITLE,
    STOCKTON_HEADER,
    STOCKTON_PAGE_1,
    STOCKTON_PAGE_2,
    STOCKTON_PAGE_HEADER,
)
from container_writers import WordPlan, padded, sheet_csv_pdf, write_csv, write_pdf, write_sheet


def stockton(out: Path) -> list[Path]:
    """Word: the committee labels, title and pathway in the page header (printed on every page, as
    the published PDF shows them), the table in two pieces at the page break with no header repeated,
    8.2's first cell going on in the second piece; the sheet: those lines above the header, 8.2 whole;
    the PDF printed from the Word file: the page header's lines at the top of every page, 8.2's last
    words at the top of page 2 with no header repeated."""
    name = "stockton-reoffending-2009"
    word = WordPlan()
    header = word.doc.sections[0].header
    header.paragraphs[0].text = STOCKTON_PAGE_HEADER[0]
    for line in STOCKTON_PAGE_HEADER[1:]:
        header.add_paragraph(line)
    word.start_table(STOCKTON_HEADER)
    for row in STOCKTON_PAGE_1:
        word.row(row)
    word.para("")
    word.table = word.doc.add_table(rows=0, cols=len(STOCKTON_HEADER))
    word.table.style = "Table Grid"
    for row in STOCKTON_PAGE_2:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    whole = [list(row) for row in STOCKTON_PAGE_1]
    whole[-1][1] += " " + STOCKTON_PAGE_2[0][1]
    width = len(STOCKTON_HEADER)
    rows = [padded(line, width) for line in STOCKTON_PAGE_HEADER] + [list(STOCKTON_HEADER), *whole]
    xlsx, csv_path, pdf = out / f"{name}.xlsx", out / f"{name}.csv", out / f"{name}.pdf"
    write_sheet(xlsx, rows)
    write_csv(csv_path, rows)
    pages = [("", [], STOCKTON_HEADER, STOCKTON_PAGE_1), ("", [], None, STOCKTON_PAGE_2)]
    write_pdf(pdf, STOCKTON_PAGE_HEADER[2], pages, running=STOCKTON_PAGE_HEADER)
    return [docx, xlsx, csv_path, pdf]


def banes(out: Path) -> list[Path]:
    """Word: the title, then the table whose first header cell spans the number and guidance columns;
    the sheet: the same header with its first cell merged across two columns (blank in the CSV); the
    PDF printed from it."""
    name = "banes-prevent-2017"
    word = WordPlan()
    word.para(BANES_TITLE, bold=True)
    word.start_table(["", "", BANES_HEADER[2], BANES_HEADER[3]])
    first = word.table.rows[0].cells
    merged = first[0].merge(first[1])
    merged.paragraphs[0].add_run(BANES_HEADER[0])
    for row in BANES:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(BANES_HEADER)
    rows = [padded(BANES_TITLE, width), list(BANES_HEADER), *BANES]
    return [docx, *sheet_csv_pdf(out, name, rows, BANES_TITLE, [("", [], BANES_HEADER, BANES)])]


def blackpool(out: Path) -> list[Path]:
    """Word: the title, then one table per section, each with the eight-column header again and only a
    blank paragraph between them; the sheet: the header again above each section's rows, as the tables
    were pasted one under the other; the PDF printed from the Word file."""
    name = "blackpool-alcohol-2006-07"
    word = WordPlan()
    word.para(BLACKPOOL_TITLE, bold=True)
    for number, section in enumerate(BLACKPOOL_SECTIONS):
        if number:
            word.para("")
        word.start_table(BLACKPOOL_HEADER)
        for row in section:
            word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    rows = [padded(BLACKPOOL_TITLE, len(BLACKPOOL_HEADER))]
    for section in BLACKPOOL_SECTIONS:
        rows += [list(BLACKPOOL_HEADER), *section]
    return [
        docx,
        *sheet_csv_pdf(
            out, name, rows, BLACKPOOL_TITLE, [("", [], BLACKPOOL_HEADER, section) for section in BLACKPOOL_SECTIONS]
        ),
    ]


def doncaster(out: Path) -> list[Path]:
    """Word: the title, then the table, the objective cell merged down its rows and the leads as List
    Bullet paragraphs; the sheet and CSV as pasted from the Word file: the objective in its first row
    only, each cell's paragraphs as lines, the bullets typed as "- " (as the stored copy shows them);
    the PDF printed from the Word file."""
    name = "doncaster-hate-crime-2017-21"
    word = WordPlan()
    word.para(DONCASTER_TITLE, bold=True)
    word.start_table(DONCASTER_HEADER)
    for row in DONCASTER:
        word.row(row)
    column = word.table.columns[0].cells
    column[1].merge(column[len(DONCASTER)])
    docx = out / f"{name}.docx"
    word.save(docx)
    pasted = [[cell.replace("• ", "- ") for cell in row] for row in DONCASTER]
    rows = [padded(DONCASTER_TITLE, len(DONCASTER_HEADER)), list(DONCASTER_HEADER), *pasted]
    return [docx, *sheet_csv_pdf(out, name, rows, DONCASTER_TITLE, [("", [], DONCASTER_HEADER, DONCASTER)])]


def recovery(out: Path) -> list[Path]:
    """Word: the title, then the table, the theme in a row merged across it and each responsibility
    cell a paragraph per body; the sheet and CSV as pasted from the published page (the theme in the
    first cell of its row, merged across in the sheet; the bodies as lines of one cell); the PDF
    printed from the Word file."""
    name = "scotland-road-to-recovery-2008"
    word = WordPlan()
    word.para(RECOVERY_TITLE, bold=True)
    word.start_table(RECOVERY_HEADER)
    word.row([RECOVERY_THEME] + [""] * (len(RECOVERY_HEADER) - 1))
    cells = word.table.rows[-1].cells
    cells[0].merge(cells[-1])
    for row in RECOVERY:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(RECOVERY_HEADER)
    rows = [padded(RECOVERY_THEME, width), *RECOVERY]
    sheet = [padded(RECOVERY_TITLE, width), list(RECOVERY_HEADER), *rows]
    return [docx, *sheet_csv_pdf(out, name, sheet, RECOVERY_TITLE, [("", [], RECOVERY_HEADER, rows)], across=True)]


UNSEEN_BUILDERS = {
    "stockton-reoffending-2009": stockton,
    "banes-prevent-2017": banes,
    "blackpool-alcohol-2006-07": blackpool,
    "doncaster-hate-crime-2017-21": doncaster,
    "scotland-road-to-recovery-2008": recovery,
}
