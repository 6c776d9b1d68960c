"""Containers for two Salford community action plans (rows in bench/container_rows_salford.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_salford import (
    HEALTH_HEADER,
    HEALTH_KEY,
    HEALTH_NOTE,
    HEALTH_PAGE_1,
    HEALTH_PAGE_2,
    HEALTH_THEME,
    WEASTE,
    WEASTE_HEADER,
    WEASTE_HEADING,
    WEASTE_SUBHEADER,
)
from container_writers import Row, WordPlan, padded, sheet_csv_pdf, write_csv, write_pdf, write_sheet


def _across(word: WordPlan, text: str) -> None:
    """A row of one cell merged across the Word table."""
    word.row([text] + [""] * (len(word.table.columns) - 1))
    cells = word.table.rows[-1].cells
    cells[0].merge(cells[-1])


def weaste(out: Path) -> list[Path]:
    """Word: the theme as a bold paragraph above the table, the two header lines, each action's
    progress in a row merged across the table; the sheet and CSV as pasted from the Word file (the
    progress in the first cell of its row, merged across in the sheet); the PDF printed from Word."""
    name = "salford-weaste-cap-2008-09"
    word = WordPlan()
    word.para(WEASTE_HEADING, bold=True)
    word.start_table(WEASTE_HEADER)
    word.row(WEASTE_SUBHEADER)
    rows: list[Row] = [list(WEASTE_HEADER), list(WEASTE_SUBHEADER)]
    for action, progress in WEASTE:
        word.row(action)
        rows.append(list(action))
        if progress:
            _across(word, progress)
            rows.append(padded(progress, len(WEASTE_HEADER)))
    docx = out / f"{name}.docx"
    word.save(docx)
    sheet = [padded(WEASTE_HEADING, len(WEASTE_HEADER)), *rows]
    return [
        docx,
        *sheet_csv_pdf(
            out, name, sheet, "The Community Action Plan", [(WEASTE_HEADING, [], rows[0], rows[1:])], across=True
        ),
    ]


def health(out: Path) -> list[Path]:
    """Word: the status key as a one-row table and its note, then the plan table: the theme in a row
    merged across it, row 1.1, the header typed again where the page broke and the rest of 1.1's
    objective in a row of its own (as the published PDF reads); the sheet and CSV as pasted from that
    PDF; the PDF printed from Word, the header repeated at the top of page 2 above the rest of 1.1."""
    name = "salford-health-cap-2007-08"
    word = WordPlan()
    word.start_table(HEALTH_KEY)
    word.para(HEALTH_NOTE)
    word.start_table(HEALTH_HEADER)
    _across(word, HEALTH_THEME)
    word.row(HEALTH_PAGE_1)
    word.row(HEALTH_HEADER)
    word.row(HEALTH_PAGE_2)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(HEALTH_HEADER)
    theme = padded(HEALTH_THEME, width)
    sheet = [HEALTH_KEY + [""] * (width - len(HEALTH_KEY)), padded(HEALTH_NOTE, width)]
    sheet += [list(HEALTH_HEADER), theme, list(HEALTH_PAGE_1), list(HEALTH_HEADER), list(HEALTH_PAGE_2)]
    xlsx, csv_path, pdf = out / f"{name}.xlsx", out / f"{name}.csv", out / f"{name}.pdf"
    write_sheet(xlsx, sheet)
    write_csv(csv_path, sheet)
    sections = [
        ("", [], HEALTH_KEY, []),
        ("", [HEALTH_NOTE], HEALTH_HEADER, [theme, list(HEALTH_PAGE_1)]),
        ("", [], None, [list(HEALTH_HEADER), list(HEALTH_PAGE_2)]),
    ]
    write_pdf(pdf, "", sections, across=True)
    return [docx, xlsx, csv_path, pdf]


SALFORD_BUILDERS = {
    "salford-weaste-cap-2008-09": weaste,
    "salford-health-cap-2007-08": health,
}
