"""Containers for a Prevent action plan keyed unseen (rows in bench/container_rows_unseen6.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen6 import (
    WARWICKSHIRE_HEADER,
    WARWICKSHIRE_SECTIONS,
    WARWICKSHIRE_SUBTITLE,
    WARWICKSHIRE_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf


def warwickshire(out: Path) -> list[Path]:
    """Word as the plan prints: the title and its period and date, then each numbered section
    heading in bold over a table of its own, the header repeated on each (its second cell blank).
    The sheet and CSV as an officer pastes it: the title lines, then each heading as a full-width
    row over its header and rows. The PDF printed from the Word layout, a section a heading."""
    name = "warwickshire-prevent-2019-21"
    word = WordPlan()
    word.para(WARWICKSHIRE_TITLE, bold=True)
    for line in WARWICKSHIRE_SUBTITLE:
        word.para(line)
    for heading, rows in WARWICKSHIRE_SECTIONS:
        word.para(heading, bold=True)
        word.start_table(WARWICKSHIRE_HEADER)
        for row in rows:
            word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(WARWICKSHIRE_HEADER)
    sheet = [padded(line, width) for line in (WARWICKSHIRE_TITLE, *WARWICKSHIRE_SUBTITLE)]
    for heading, rows in WARWICKSHIRE_SECTIONS:
        sheet += [padded(heading, width), list(WARWICKSHIRE_HEADER), *rows]
    sections = [(heading, [], WARWICKSHIRE_HEADER, rows) for heading, rows in WARWICKSHIRE_SECTIONS]
    sections[0] = (sections[0][0], list(WARWICKSHIRE_SUBTITLE), *sections[0][2:])
    title = f"{WARWICKSHIRE_TITLE} {WARWICKSHIRE_SUBTITLE[0]}"
    return [docx, *sheet_csv_pdf(out, name, sheet, title, sections)]


UNSEEN6_BUILDERS = {"warwickshire-prevent-2019-21": warwickshire}
