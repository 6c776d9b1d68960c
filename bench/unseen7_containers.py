"""Containers for three plans keyed unseen: a police force's domestic abuse action plan and a
council's homelessness action plan priority, both web pages of headings and lists, and a district
council's housing strategy action plan, a table under a merged heading (rows in
bench/container_rows_unseen7.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen7 import (
    BUCKS,
    CAMBS_DA,
    STRATFORD,
    STRATFORD_AIM,
    STRATFORD_HEADER,
    STRATFORD_NOTES,
    STRATFORD_NOTES_LABEL,
    STRATFORD_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf
from unseen3_containers import list_plan


def stratford(out: Path) -> list[Path]:
    """Word as the council's file: the title, the notes as a bullet list under their bold label, the
    aim's label and words in bold, then the table whose "Action" heading cell is merged over the
    number column and the action column. The sheet and CSV as pasted from it (the merged heading in
    the first of its two cells); the PDF printed from the Word layout."""
    name = "stratford-housing-action-plan-2015-20"
    word = WordPlan()
    word.para(STRATFORD_TITLE, bold=True)
    word.para(STRATFORD_NOTES_LABEL, bold=True)
    for note in STRATFORD_NOTES:
        word.para(note, style="List Bullet")
    for line in STRATFORD_AIM:
        word.para(line, bold=True)
    word.start_table(STRATFORD_HEADER)
    word.table.cell(0, 0).merge(word.table.cell(0, 1))
    for row in STRATFORD:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(STRATFORD_HEADER)
    above = [STRATFORD_TITLE, STRATFORD_NOTES_LABEL, *STRATFORD_NOTES, *STRATFORD_AIM]
    sheet = [*(padded(line, width) for line in above), list(STRATFORD_HEADER), *STRATFORD]
    lines = [STRATFORD_NOTES_LABEL, *STRATFORD_NOTES, *STRATFORD_AIM]
    sections = [("", lines, STRATFORD_HEADER, STRATFORD)]
    return [docx, *sheet_csv_pdf(out, name, sheet, STRATFORD_TITLE, sections)]


UNSEEN7_BUILDERS = {
    "cambs-police-da-action-plan-2020-21": lambda out: list_plan("cambs-police-da-action-plan-2020-21", CAMBS_DA, out),
    "bucks-homelessness-2022-25-priority-3": lambda out: list_plan("bucks-homelessness-2022-25-priority-3", BUCKS, out),
    "stratford-housing-action-plan-2015-20": stratford,
}
