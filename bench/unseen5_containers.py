"""Containers for a rough sleeping action plan and a community cohesion action plan keyed unseen
(rows in bench/container_rows_unseen5.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen5 import (
    COVENTRY,
    COVENTRY_HEADER,
    COVENTRY_KEY,
    COVENTRY_NOTES,
    COVENTRY_PRIORITY,
    COVENTRY_SUCCESS,
    COVENTRY_TITLE,
    COVENTRY_TYPES,
    STOCKTON,
    STOCKTON_HEADER,
    STOCKTON_INTRO,
    STOCKTON_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf


def coventry(out: Path) -> list[Path]:
    """Word as the page prints: the title, the notes, the acronym key and the types of action as
    bullet lists under bold labels, the priority area in bold and its measure of success, then the
    five-column table, each action cell its type on a line over the numbered action. The sheet and
    CSV as an officer pastes the table: the title, the priority area and its measure of success over
    the header. The PDF printed from the Word layout."""
    name = "coventry-rough-sleeping-2022-24"
    word = WordPlan()
    word.para(COVENTRY_TITLE, bold=True)
    for note in COVENTRY_NOTES:
        word.para(note)
    for label, items in (("Key", COVENTRY_KEY), ("Type of action", COVENTRY_TYPES)):
        word.para(label, bold=True)
        for item in items:
            word.para(item, style="List Bullet")
    word.para(COVENTRY_PRIORITY, bold=True)
    for line in COVENTRY_SUCCESS:
        word.para(line)
    word.start_table(COVENTRY_HEADER)
    for row in COVENTRY:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(COVENTRY_HEADER)
    above = [COVENTRY_TITLE, COVENTRY_PRIORITY, *COVENTRY_SUCCESS]
    sheet = [*(padded(line, width) for line in above), list(COVENTRY_HEADER), *COVENTRY]
    lines = [
        *COVENTRY_NOTES,
        "Key",
        *COVENTRY_KEY,
        "Type of action",
        *COVENTRY_TYPES,
        COVENTRY_PRIORITY,
        *COVENTRY_SUCCESS,
    ]
    sections = [("", lines, COVENTRY_HEADER, COVENTRY)]
    return [docx, *sheet_csv_pdf(out, name, sheet, COVENTRY_TITLE, sections)]


def stockton(out: Path) -> list[Path]:
    """Word: the title in bold, the paragraph saying what the plan answers, the four-column table,
    each action's milestones List Bullet paragraphs in its cell and the deadlines a line each. The
    sheet and CSV the same rows under the title and that paragraph; the PDF from the Word layout."""
    name = "stockton-community-cohesion-2008"
    word = WordPlan()
    word.para(STOCKTON_TITLE, bold=True)
    word.para(STOCKTON_INTRO)
    word.start_table(STOCKTON_HEADER)
    for row in STOCKTON:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(STOCKTON_HEADER)
    sheet = [padded(STOCKTON_TITLE, width), padded(STOCKTON_INTRO, width), list(STOCKTON_HEADER), *STOCKTON]
    sections = [("", [STOCKTON_INTRO], STOCKTON_HEADER, STOCKTON)]
    return [docx, *sheet_csv_pdf(out, name, sheet, STOCKTON_TITLE, sections)]


UNSEEN5_BUILDERS = {
    "coventry-rough-sleeping-2022-24": coventry,
    "stockton-community-cohesion-2008": stockton,
}
