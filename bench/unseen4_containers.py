"""Containers for a plan keyed unseen, a table with lead and timescale columns (rows in
bench/container_rows_unseen4.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen4 import SHENINGTON, SHENINGTON_HEADER, SHENINGTON_TITLE
from container_writers import WordPlan, padded, sheet_csv_pdf


def shenington(out: Path) -> list[Path]:
    """Word: the title as a bold paragraph over the six-column table, the portfolio and its
    councillor typed once in the row that opens it; the sheet and CSV the same rows under the title;
    the PDF printed from the Word file."""
    name = "shenington-portfolio-action-plan"
    word = WordPlan()
    word.para(SHENINGTON_TITLE, bold=True)
    word.start_table(SHENINGTON_HEADER)
    for row in SHENINGTON:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    sheet = [padded(SHENINGTON_TITLE, len(SHENINGTON_HEADER)), list(SHENINGTON_HEADER), *SHENINGTON]
    return [docx, *sheet_csv_pdf(out, name, sheet, SHENINGTON_TITLE, [("", [], SHENINGTON_HEADER, SHENINGTON)])]


UNSEEN4_BUILDERS = {"shenington-portfolio-action-plan": shenington}
