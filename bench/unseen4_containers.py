"""Containers for a plan keyed unseen, a table with lead and timescale columns (rows in
bench/container_rows_unseen4.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen4 import SHENINGTON, SHENINGTON_HEADER, SHENINGTON_TITLE
from container_writers import WordPlan, padded, write_csv, write_pdf, write_sheet


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
    xlsx, csv_path, pdf = out / f"{name}.xlsx", out / f"{name}.csv", out / f"{name}.pdf"
    write_sheet(xlsx, sheet)
    write_csv(csv_path, sheet)
    write_pdf(pdf, SHENINGTON_TITLE, [("", [], SHENINGTON_HEADER, SHENINGTON)])
    return [docx, xlsx, csv_path, pdf]


UNSEEN4_BUILDERS = {"shenington-portfolio-action-plan": shenington}
