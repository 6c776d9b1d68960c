"""Containers for a county's community cohesion delivery plan, keyed unseen (rows and lines in
bench/container_rows_unseen12.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen12 import (
    COHESION,
    COHESION_HEADER,
    COHESION_LABELS,
    COHESION_NOTES,
    COHESION_NOTES_HEADING,
    COHESION_OBJECTIVE,
    COHESION_THEME,
    COHESION_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf


def county_cohesion(out: Path) -> list[Path]:
    """Word as the template was filled in: the title and "Cover Notes" bold over the five notes, the
    theme bold over its two empty labels, then the table whose first row is the strategic objective
    merged across it, the column header under it, the Outcome cell merged down over the rows (Word
    keeps one cell, so each row reads it). The sheet and CSV as Excel pastes it: the lines above the
    header in the first column, the objective's row merged across, the Outcome on its first row
    only. The PDF printed from the Word layout, the objective's row across the table."""
    name = "county-cohesion-delivery-plan-2008-09"
    width = len(COHESION_HEADER)
    word = WordPlan()
    word.para(COHESION_TITLE, bold=True)
    word.para(COHESION_NOTES_HEADING, bold=True)
    for note in COHESION_NOTES:
        word.para(note)
    word.para(COHESION_THEME, bold=True)
    for label in COHESION_LABELS:
        word.para(label)
    word.start_table(padded(COHESION_OBJECTIVE, width))
    title_row = word.table.rows[0].cells
    title_row[0].merge(title_row[-1])
    word.row(COHESION_HEADER)
    for row in COHESION:
        word.row(row)
    outcome_cells = [table_row.cells[0] for table_row in word.table.rows[2:]]
    outcome_cells[0].merge(outcome_cells[-1])
    docx = out / f"{name}.docx"
    word.save(docx)
    above = [
        COHESION_TITLE,
        COHESION_NOTES_HEADING,
        *COHESION_NOTES,
        COHESION_THEME,
        *COHESION_LABELS,
        COHESION_OBJECTIVE,
    ]
    sheet = [*(padded(line, width) for line in above), list(COHESION_HEADER), *COHESION]
    paragraphs = [*COHESION_NOTES, COHESION_THEME, *COHESION_LABELS]
    sections = [(COHESION_NOTES_HEADING, paragraphs, padded(COHESION_OBJECTIVE, width), [COHESION_HEADER, *COHESION])]
    return [docx, *sheet_csv_pdf(out, name, sheet, COHESION_TITLE, sections, across=True)]


UNSEEN12_BUILDERS = {"county-cohesion-delivery-plan-2008-09": county_cohesion}
