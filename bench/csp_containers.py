"""Containers for two community safety partnerships' drugs and alcohol plans keyed unseen (lines and
rows in bench/container_rows_csp.py).

Portsmouth's is a web page of one bullet list, built as the plans of lists are
(unseen3_containers.py): Word's List Bullet paragraphs, a sheet and CSV of one line a row, a PDF
printed from the Word layout. Stockton's is a Word document: the title lines and "Objective 1" bold,
the objectives Word's List Bullet paragraphs, then the six-column table; the sheet and CSV the same
lines above the header (the objectives with the "• " pasted text carries); the PDF printed from it.
"""

from __future__ import annotations

from pathlib import Path

from container_rows_csp import (
    PORTSMOUTH,
    STOCKTON_ALCOHOL,
    STOCKTON_ALCOHOL_HEADER,
    STOCKTON_ALCOHOL_HEADING,
    STOCKTON_ALCOHOL_OBJECTIVES,
    STOCKTON_ALCOHOL_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf
from unseen3_containers import list_plan


def stockton_alcohol(out: Path) -> list[Path]:
    name = "stockton-alcohol-action-plan-2009"
    word = WordPlan()
    for line in STOCKTON_ALCOHOL_TITLE:
        word.para(line, bold=True)
    for objective in STOCKTON_ALCOHOL_OBJECTIVES:
        word.para(objective, style="List Bullet")
    word.para(STOCKTON_ALCOHOL_HEADING, bold=True)
    word.start_table(STOCKTON_ALCOHOL_HEADER)
    for row in STOCKTON_ALCOHOL:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(STOCKTON_ALCOHOL_HEADER)
    above = [*STOCKTON_ALCOHOL_TITLE, *(f"• {text}" for text in STOCKTON_ALCOHOL_OBJECTIVES), STOCKTON_ALCOHOL_HEADING]
    sheet = [*(padded(line, width) for line in above), list(STOCKTON_ALCOHOL_HEADER), *STOCKTON_ALCOHOL]
    # the PDF: the first title line as its title, the rest of the lines above the table as paragraphs
    sections = [("", above[1:], STOCKTON_ALCOHOL_HEADER, STOCKTON_ALCOHOL)]
    return [docx, *sheet_csv_pdf(out, name, sheet, STOCKTON_ALCOHOL_TITLE[0], sections)]


CSP_BUILDERS = {
    "portsmouth-substance-misuse-2019": lambda out: list_plan("portsmouth-substance-misuse-2019", PORTSMOUTH, out),
    "stockton-alcohol-action-plan-2009": stockton_alcohol,
}
