"""Containers for a Scottish community justice action plan, a partnership's answers to the National
Community Safety Plan and a health and wellbeing board's alcohol priority, keyed unseen (rows and
lines in bench/container_rows_unseen10.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_unseen10 import (
    NCSP,
    NCSP_OBJECTIVE,
    NCSP_PARAS,
    NCSP_PRIORITY,
    NOTTS,
    WDC_ABOVE,
    WDC_ACTIONS,
    WDC_BY,
    WDC_DUE,
    WDC_HEADER,
    WDC_INDICATORS,
    WDC_INDICATORS_ABOVE,
    WDC_INDICATORS_HEADER,
    WDC_OUTCOME,
    WDC_SECTION,
    WDC_TITLE,
)
from container_writers import WordPlan, padded, sheet_csv_pdf
from unseen3_containers import list_plan

NCSP_TITLE = "National Community Safety Plan 2008-2011"


def west_dunbartonshire(out: Path) -> list[Path]:
    """Word as published: the title and its lines, the strategy section and the local outcome bold,
    the action table's one row its Action cell of five paragraphs beside the date and the partners
    written once, then the indicators table. The sheet as Excel pastes that table: each paragraph of
    the cell a row of its own, the merged date and partners in the first of them only. The PDF from
    the Word layout."""
    name = "west-dunbartonshire-cj-2017-18"
    word = WordPlan()
    word.para(WDC_TITLE, bold=True)
    for line in WDC_ABOVE:
        word.para(line)
    for line in (*WDC_SECTION, *WDC_OUTCOME):
        word.para(line, bold=True)
    word.start_table(WDC_HEADER)
    word.row(["\n".join(WDC_ACTIONS), WDC_DUE, WDC_BY])
    for line in WDC_INDICATORS_ABOVE:
        word.para(line, bold=True)
    word.start_table(WDC_INDICATORS_HEADER)
    for row in WDC_INDICATORS:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(WDC_HEADER)
    above = [WDC_TITLE, *WDC_ABOVE, *WDC_SECTION, *WDC_OUTCOME]
    pasted = [[WDC_ACTIONS[0], WDC_DUE, WDC_BY], *([action, "", ""] for action in WDC_ACTIONS[1:])]
    sheet = [
        *(padded(line, width) for line in above),
        list(WDC_HEADER),
        *pasted,
        *(padded(line, width) for line in WDC_INDICATORS_ABOVE),
        list(WDC_INDICATORS_HEADER),
        *WDC_INDICATORS,
    ]
    sections = [
        ("", [*WDC_ABOVE, *WDC_SECTION, *WDC_OUTCOME], WDC_HEADER, [["\n".join(WDC_ACTIONS), WDC_DUE, WDC_BY]]),
        (WDC_INDICATORS_ABOVE[0], WDC_INDICATORS_ABOVE[1:], WDC_INDICATORS_HEADER, WDC_INDICATORS),
    ]
    return [docx, *sheet_csv_pdf(out, name, sheet, WDC_TITLE, sections)]


def national_community_safety_plan(out: Path) -> list[Path]:
    """Word: the page's title, the PSA and its priority action bold, the plan's paragraphs, then the
    two-column table with no header row (each thing to consider beside the partnership's answer).
    The sheet as Excel pastes it (the answer's second paragraph a row of its own); the PDF from the
    Word layout."""
    name = "ncsp-2008-11-serious-violence-response"
    word = WordPlan()
    word.para(NCSP_TITLE, bold=True)
    word.para(NCSP_PRIORITY, bold=True)
    word.para(NCSP_OBJECTIVE, bold=True)
    for text in NCSP_PARAS:
        word.para(text)
    word.start_table(NCSP[0])
    for row in NCSP[1:]:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(NCSP[0])
    pasted = [[cell.split("\n")[0] for cell in row] for row in NCSP]
    pasted += [["", line] for line in NCSP[-1][1].split("\n")[1:]]
    above = [NCSP_TITLE, NCSP_PRIORITY, NCSP_OBJECTIVE, *NCSP_PARAS]
    sheet = [*(padded(line, width) for line in above), *pasted]
    sections = [(NCSP_PRIORITY, [NCSP_OBJECTIVE, *NCSP_PARAS], NCSP[0], NCSP[1:])]
    return [docx, *sheet_csv_pdf(out, name, sheet, NCSP_TITLE, sections)]


UNSEEN10_BUILDERS = {
    "west-dunbartonshire-cj-2017-18": west_dunbartonshire,
    "ncsp-2008-11-serious-violence-response": national_community_safety_plan,
    "notts-hwb-alcohol-2022-26": lambda out: list_plan("notts-hwb-alcohol-2022-26", NOTTS, out),
}
