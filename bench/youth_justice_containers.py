"""Containers for two youth justice improvement plans keyed unseen (rows and lines in
bench/container_rows_youth_justice.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_youth_justice import ROTHERHAM, ROTHERHAM_HEADER, ROTHERHAM_SUBTITLE, ROTHERHAM_TITLE, TORBAY
from container_writers import WordPlan, padded, sheet_csv_pdf
from unseen3_containers import list_plan


def rotherham(out: Path) -> list[Path]:
    """Word: the title and the inspection it answers as bold paragraphs over the six-column table,
    each cell's paragraphs as written; the sheet and CSV the same rows under those two lines; the
    PDF printed from the Word file (landscape, the header on each page)."""
    name = "rotherham-yos-improvement-2013"
    word = WordPlan()
    word.para(ROTHERHAM_TITLE, bold=True)
    word.para(ROTHERHAM_SUBTITLE, bold=True)
    word.start_table(ROTHERHAM_HEADER)
    for row in ROTHERHAM:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(ROTHERHAM_HEADER)
    sheet = [padded(ROTHERHAM_TITLE, width), padded(ROTHERHAM_SUBTITLE, width), list(ROTHERHAM_HEADER), *ROTHERHAM]
    sections = [("", [ROTHERHAM_SUBTITLE], ROTHERHAM_HEADER, ROTHERHAM)]
    return [docx, *sheet_csv_pdf(out, name, sheet, ROTHERHAM_TITLE, sections)]


YOUTH_JUSTICE_BUILDERS = {
    "rotherham-yos-improvement-2013": rotherham,
    "torbay-yot-hmip-improvement-plan": lambda out: list_plan("torbay-yot-hmip-improvement-plan", TORBAY, out),
}
