"""Containers for a county safeguarding adults board's business plan progress report, a violence
reduction partnership's delivery plan actions and a city safeguarding adults board's strategic plan,
keyed unseen (rows and lines in bench/container_rows_unseen9.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen9 import DEVON_HEADER, DEVON_STREAMS, DEVON_TITLE, HUMBER, YORK
from container_writers import WordPlan, padded, sheet_csv_pdf
from unseen3_containers import list_plan


def devon(out: Path) -> list[Path]:
    """Word as the board's report: the title bold, then each work stream's heading bold and its
    overall outcome over a table of its own (the header again on each), the Outcomes header and cells
    two numbered lines, the lead cells one officer a line. The sheet and CSV the same rows under the
    title, each work stream's lines above its header; the PDF printed from the Word layout."""
    name = "devon-sab-business-plan-2010-11"
    word = WordPlan()
    word.para(DEVON_TITLE, bold=True)
    width = len(DEVON_HEADER)
    sheet = [padded(DEVON_TITLE, width)]
    sections = []
    for heading, outcome, rows in DEVON_STREAMS:
        word.para(heading, bold=True)
        word.para(outcome)
        word.start_table(DEVON_HEADER)
        for row in rows:
            word.row(row)
        sheet += [padded(heading, width), padded(outcome, width), list(DEVON_HEADER), *rows]
        sections.append((heading, [outcome], DEVON_HEADER, rows))
    docx = out / f"{name}.docx"
    word.save(docx)
    return [docx, *sheet_csv_pdf(out, name, sheet, DEVON_TITLE, sections)]


UNSEEN9_BUILDERS = {
    "devon-sab-business-plan-2010-11": devon,
    "humber-vpp-delivery-plan-actions": lambda out: list_plan("humber-vpp-delivery-plan-actions", HUMBER, out),
    "york-sab-strategic-plan-2021-22": lambda out: list_plan("york-sab-strategic-plan-2021-22", YORK, out),
}
