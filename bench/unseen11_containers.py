"""Containers for a Crime and Disorder Reduction Partnership's implementation plan and a borough
community safety partnership's strategy aims, keyed unseen (rows and lines in
bench/container_rows_unseen11.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen11 import (
    SALFORD_CDRP,
    SALFORD_CDRP_COMMENTS,
    SALFORD_CDRP_CONTENTS,
    SALFORD_CDRP_COVER,
    SALFORD_CDRP_HEADER,
    SALFORD_CDRP_SECTION,
    SALFORD_CDRP_TITLE,
    WAVERLEY,
    WAVERLEY_LINES,
    WAVERLEY_TITLE,
)
from container_writers import Bold, WordPlan, padded, sheet_csv_pdf


def salford_cdrp(out: Path) -> list[Path]:
    """Word as the draft was written: the cover lines, the contents list with its pages, where to send
    comments, the section's bold heading over the four-column table, the lead cells' bodies on lines
    of their own. The sheet and CSV the same lines and rows pasted into the first column; the PDF
    printed from the Word layout."""
    name = "salford-cdrp-implementation-2002-05"
    word = WordPlan()
    for line in SALFORD_CDRP_COVER:
        word.para(line, bold=True)
    for line in [*SALFORD_CDRP_CONTENTS, *SALFORD_CDRP_COMMENTS]:
        word.para(line)
    word.para(SALFORD_CDRP_SECTION, bold=True)
    word.start_table(SALFORD_CDRP_HEADER)
    for row in SALFORD_CDRP:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(SALFORD_CDRP_HEADER)
    above = [*SALFORD_CDRP_COVER, *SALFORD_CDRP_CONTENTS, *SALFORD_CDRP_COMMENTS, SALFORD_CDRP_SECTION]
    sheet = [*(padded(line, width) for line in above), list(SALFORD_CDRP_HEADER), *SALFORD_CDRP]
    paragraphs = [*map(Bold, SALFORD_CDRP_COVER[1:]), *SALFORD_CDRP_CONTENTS, *SALFORD_CDRP_COMMENTS]
    # the cover lines and the section heading bold, as Word prints them
    sections = [("", [*paragraphs, Bold(SALFORD_CDRP_SECTION)], SALFORD_CDRP_HEADER, SALFORD_CDRP)]
    return [docx, *sheet_csv_pdf(out, name, sheet, SALFORD_CDRP_TITLE, sections)]


def waverley(out: Path) -> list[Path]:
    """Word as the committee page copies: its two lines and the strategy's title, then one
    single-column table per aim, the aim its first row, the "Objectives" label its second, then the
    numbered objectives, the number run into the words. The sheet and CSV the same rows down the
    first column; the PDF printed from the Word layout (each aim's row heading its table)."""
    name = "waverley-csp-strategy-2005-08"
    word = WordPlan()
    for line in WAVERLEY_LINES:
        word.para(line)
    word.para(WAVERLEY_TITLE, bold=True)
    for aim, label, items in WAVERLEY:
        word.start_table([aim])
        word.row([label])
        for item in items:
            word.row([item])
        word.para("")
    docx = out / f"{name}.docx"
    word.save(docx)
    sheet = [[line] for line in [*WAVERLEY_LINES, WAVERLEY_TITLE]]
    for aim, label, items in WAVERLEY:
        sheet += [[aim], [label], *([item] for item in items)]
    sections = [
        ("", WAVERLEY_LINES if index == 0 else [], [aim], [[label], *([item] for item in items)])
        for index, (aim, label, items) in enumerate(WAVERLEY)
    ]
    return [docx, *sheet_csv_pdf(out, name, sheet, WAVERLEY_TITLE, sections)]


UNSEEN11_BUILDERS = {
    "salford-cdrp-implementation-2002-05": salford_cdrp,
    "waverley-csp-strategy-2005-08": waverley,
}
