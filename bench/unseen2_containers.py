"""Containers for two more plans keyed unseen (rows in bench/container_rows_unseen2.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen2 import (
    CUMBRIA,
    CUMBRIA_HEADER,
    CUMBRIA_TITLE,
    MEA,
    MEA_HEADER,
    MEA_INDICATORS,
    MEA_INDICATORS_LABEL,
    MEA_PRIORITY,
    MEA_PRIORITY_LABEL,
    MEA_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf, write_csv, write_pdf, write_sheet


def mea(out: Path) -> list[Path]:
    """Word: the title, "Strategic Priority 1:" and the priority's words as two bold paragraphs, the
    indicators under their label, then the projects table; the sheet and CSV as pasted from the
    published page (each of those lines in the first cell of its row, above the header); the PDF
    printed from the Word file."""
    name = "mea-pcsp-2025-26"
    word = WordPlan()
    word.para(MEA_TITLE, bold=True)
    word.para(MEA_PRIORITY_LABEL, bold=True)
    word.para(MEA_PRIORITY, bold=True)
    word.para(MEA_INDICATORS_LABEL, bold=True)
    for line in MEA_INDICATORS:
        word.para(line)
    word.start_table(MEA_HEADER)
    for row in MEA:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(MEA_HEADER)
    above = [MEA_TITLE, MEA_PRIORITY_LABEL, MEA_PRIORITY, MEA_INDICATORS_LABEL, *MEA_INDICATORS]
    sheet = [padded(line, width) for line in above] + [list(MEA_HEADER), *MEA]
    xlsx, csv_path, pdf = out / f"{name}.xlsx", out / f"{name}.csv", out / f"{name}.pdf"
    write_sheet(xlsx, sheet)
    write_csv(csv_path, sheet)
    paragraphs = [MEA_PRIORITY, MEA_INDICATORS_LABEL, *MEA_INDICATORS]
    write_pdf(pdf, MEA_TITLE, [(MEA_PRIORITY_LABEL, paragraphs, MEA_HEADER, MEA)])
    return [docx, xlsx, csv_path, pdf]


def cumbria(out: Path) -> list[Path]:
    """Word: the title, then the four-column table, the overarching action typed again in each row
    under it; the sheet and CSV the same rows under the title; the PDF printed from the Word file."""
    name = "cumbria-da-action-plan-2018"
    word = WordPlan()
    word.para(CUMBRIA_TITLE, bold=True)
    word.start_table(CUMBRIA_HEADER)
    for row in CUMBRIA:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    sheet = [padded(CUMBRIA_TITLE, len(CUMBRIA_HEADER)), list(CUMBRIA_HEADER), *CUMBRIA]
    return [docx, *sheet_csv_pdf(out, name, sheet, CUMBRIA_TITLE, [("", [], CUMBRIA_HEADER, CUMBRIA)])]


UNSEEN2_BUILDERS = {
    "mea-pcsp-2025-26": mea,
    "cumbria-da-action-plan-2018": cumbria,
}
