"""Containers for a safeguarding children board's business plan priority, a council's Best Value
Review of Safeguarding improvement plan and a council's child poverty review action plan, keyed
unseen (rows and lines in bench/container_rows_unseen13.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen13 import (
    POVERTY,
    POVERTY_HEADER,
    POVERTY_TITLE,
    SALFORD,
    SALFORD_BAND,
    SALFORD_FILE,
    SALFORD_HEADER,
    SALFORD_KEY,
    SALFORD_PREPARED,
    SALFORD_TITLE,
    SLOUGH,
    SLOUGH_HEADER,
    SLOUGH_LEAD,
    SLOUGH_OBJECTIVES,
    SLOUGH_PRIORITY,
    SLOUGH_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf


def _merged_rows(word: WordPlan, count: int) -> None:
    """The table's first ``count`` rows merged across it, as the template's title rows are."""
    for table_row in word.table.rows[:count]:
        table_row.cells[0].merge(table_row.cells[-1])


def slough(out: Path) -> list[Path]:
    """Word as the board's template: the title bold, then the priority's table whose first three rows
    are merged across it (the priority, its strategic lead, its objectives under their label), the
    column header under them. The sheet and CSV as Excel pastes it: the title and the three merged
    rows' text in the first column, the header, the rows. The PDF printed from the Word layout, the
    merged rows across the table."""
    name = "slough-lscb-business-plan-priority-1a"
    width = len(SLOUGH_HEADER)
    objectives = "\n".join(SLOUGH_OBJECTIVES)
    word = WordPlan()
    word.para(SLOUGH_TITLE, bold=True)
    word.start_table(padded(SLOUGH_PRIORITY, width))
    word.row(padded(SLOUGH_LEAD, width))
    word.row(padded(objectives, width))
    _merged_rows(word, 3)
    word.row(SLOUGH_HEADER)
    for row in SLOUGH:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    above = [SLOUGH_PRIORITY, SLOUGH_LEAD, objectives]
    sheet = [padded(SLOUGH_TITLE, width), *(padded(line, width) for line in above), list(SLOUGH_HEADER), *SLOUGH]
    table = [*(padded(line, width) for line in above[1:]), SLOUGH_HEADER, *SLOUGH]
    sections = [("", [], padded(SLOUGH_PRIORITY, width), table)]
    return [docx, *sheet_csv_pdf(out, name, sheet, SLOUGH_TITLE, sections, across=True)]


def salford(out: Path) -> list[Path]:
    """Word as the review template: the title lines, who prepared it, "(A)" and the key of codes as
    paragraphs, the band heading bold, then the table (the recommendation's number in the first,
    unheaded column; the tick columns empty). The sheet and CSV as Excel pastes it: those lines in
    the first column over the header and rows. The PDF printed from the Word layout, the template's
    file name as its running header."""
    name = "salford-bvr-safeguarding-improvement-2006"
    width = len(SALFORD_HEADER)
    word = WordPlan()
    for line in SALFORD_TITLE:
        word.para(line, bold=True)
    for line in [*SALFORD_PREPARED, *SALFORD_KEY]:
        word.para(line)
    word.para(SALFORD_BAND, bold=True)
    word.start_table(SALFORD_HEADER)
    for row in SALFORD:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    above = [*SALFORD_TITLE, *SALFORD_PREPARED, *SALFORD_KEY, SALFORD_BAND]
    sheet = [*(padded(line, width) for line in above), list(SALFORD_HEADER), *SALFORD]
    paragraphs = [*SALFORD_PREPARED, *SALFORD_KEY, SALFORD_BAND]
    sections = [(" ".join(SALFORD_TITLE), paragraphs, SALFORD_HEADER, SALFORD)]
    return [docx, *sheet_csv_pdf(out, name, sheet, SALFORD_FILE, sections, running=[SALFORD_FILE])]


def poverty(out: Path) -> list[Path]:
    """Word: the title bold over the six-column table, each cell's list as its lines. The sheet and
    CSV the title over the same rows (a cell's lines kept in the cell); the PDF from the Word layout."""
    name = "child-poverty-review-action-plan-2014"
    word = WordPlan()
    word.para(POVERTY_TITLE, bold=True)
    word.start_table(POVERTY_HEADER)
    for row in POVERTY:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    sheet = [padded(POVERTY_TITLE, len(POVERTY_HEADER)), list(POVERTY_HEADER), *POVERTY]
    sections = [("", [], POVERTY_HEADER, POVERTY)]
    return [docx, *sheet_csv_pdf(out, name, sheet, POVERTY_TITLE, sections)]


UNSEEN13_BUILDERS = {
    "slough-lscb-business-plan-priority-1a": slough,
    "salford-bvr-safeguarding-improvement-2006": salford,
    "child-poverty-review-action-plan-2014": poverty,
}
