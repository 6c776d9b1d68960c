"""Containers for a Scottish ADP action plan, a borough's hate crime objectives and the national hate
crime action plan's update table, keyed unseen (rows and lines in bench/container_rows_unseen8.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen8 import (
    AAH,
    AAH_DATE,
    AAH_HEADER,
    AAH_TABLE,
    AAH_TITLE,
    HF,
    PERTH,
    PERTH_HEADER,
    PERTH_OUTCOME,
    PERTH_PRIORITY,
    PERTH_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf
from unseen3_containers import list_plan


def perth(out: Path) -> list[Path]:
    """Word as the web page copies: the title and the priority bold, the key outcome a List Bullet
    under its label, then the three-column table, the What cell written on the first of its rows and
    left empty under it (the merged cell as Word pastes it). The sheet and CSV the same rows under the
    title, the priority and the outcome; the PDF printed from the Word layout."""
    name = "perth-kinross-adp-2024-27"
    label, outcome = PERTH_OUTCOME
    word = WordPlan()
    word.para(PERTH_TITLE, bold=True)
    word.para(PERTH_PRIORITY, bold=True)
    word.para(label)
    word.para(outcome, style="List Bullet")
    word.start_table(PERTH_HEADER)
    for row in PERTH:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(PERTH_HEADER)
    above = [PERTH_TITLE, PERTH_PRIORITY, *PERTH_OUTCOME]
    sheet = [*(padded(line, width) for line in above), list(PERTH_HEADER), *PERTH]
    sections = [(PERTH_PRIORITY, PERTH_OUTCOME, PERTH_HEADER, PERTH)]
    return [docx, *sheet_csv_pdf(out, name, sheet, PERTH_TITLE, sections)]


def action_against_hate(out: Path) -> list[Path]:
    """Word: the title, its date and the table's caption over the six-column table, the Update cell
    its paragraphs. The sheet and CSV the same rows under the title and caption; the PDF landscape as
    published, from the Word layout."""
    name = "action-against-hate-update-2018"
    word = WordPlan()
    word.para(AAH_TITLE, bold=True)
    word.para(AAH_DATE)
    word.para(AAH_TABLE, bold=True)
    word.start_table(AAH_HEADER)
    for row in AAH:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(AAH_HEADER)
    sheet = [padded(AAH_TITLE, width), padded(AAH_TABLE, width), list(AAH_HEADER), *AAH]
    sections = [(AAH_TABLE, [AAH_DATE], AAH_HEADER, AAH)]
    return [docx, *sheet_csv_pdf(out, name, sheet, AAH_TITLE, sections)]


UNSEEN8_BUILDERS = {
    "perth-kinross-adp-2024-27": perth,
    "hf-hate-crime-objectives-2024-28": lambda out: list_plan("hf-hate-crime-objectives-2024-28", HF, out),
    "action-against-hate-update-2018": action_against_hate,
}
