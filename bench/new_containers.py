"""Containers for the plans keyed after the first six (rows in bench/container_rows_more.py)."""

from __future__ import annotations

from pathlib import Path

from container_rows_more import (
    BCP_PROVISION_PAGES,
    HERTS,
    HERTS_HEADER,
    HERTS_OUTCOME,
    HERTS_OWNER,
    HERTS_PRIORITY,
    SCOTLAND,
    SCOTLAND_HEADER,
    SHEFFIELD,
    SHEFFIELD_HEADER,
    SHEFFIELD_HEADINGS,
)
from container_writers import REFERENCE, Row, WordPlan, padded, sheet_csv_pdf, write_csv, write_pdf, write_sheet


def sheffield(out: Path) -> list[Path]:
    """Word: the objective and goal as bold paragraphs, the table broken after 1b with its header
    repeated; the sheet: the paragraphs pasted above the header; the PDF as published."""
    name = "sheffield-hate-crime-2010-13"
    word = WordPlan()
    word.para("DRAFT v4")
    objective, goal, measure = SHEFFIELD_HEADINGS
    word.para(objective, bold=True)
    word.para(goal, bold=True)
    word.para(measure)
    word.start_table(SHEFFIELD_HEADER)
    for number, row in enumerate(SHEFFIELD):
        if number == 2:
            word.page_break(SHEFFIELD_HEADER)
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(SHEFFIELD_HEADER)
    rows = [padded("DRAFT v4", width), *(padded(text, width) for text in SHEFFIELD_HEADINGS)]
    rows += [list(SHEFFIELD_HEADER), *SHEFFIELD]
    return [
        docx,
        *sheet_csv_pdf(
            out,
            name,
            rows,
            "Sheffield Hate Crime Strategy 2010-13",
            [("", SHEFFIELD_HEADINGS, SHEFFIELD_HEADER, SHEFFIELD)],
        ),
    ]


def hertfordshire(out: Path) -> list[Path]:
    """Outcome, priority and priority owner above the table: bold paragraphs in Word, full-width
    rows in the sheet, a heading and paragraphs in the PDF (its "Appendix A" label left out of the
    print); refs at the start of each action."""
    name = "hertfordshire-sv-delivery-plan"
    word = WordPlan()
    word.para("Serious Violence Strategy Delivery Plan V1.2")
    word.para("Appendix A")
    word.para(HERTS_OUTCOME, bold=True)
    word.para(HERTS_PRIORITY, bold=True)
    word.para(HERTS_OWNER)
    word.start_table(HERTS_HEADER)
    for row in HERTS:
        word.row(row)
    docx = out / f"{name}.docx"
    word.save(docx)
    width = len(HERTS_HEADER)
    rows = [padded(text, width) for text in ("Serious Violence Strategy Delivery Plan V1.2", "Appendix A")]
    rows += [padded(text, width) for text in (HERTS_OUTCOME, HERTS_PRIORITY, HERTS_OWNER)]
    rows += [list(HERTS_HEADER), *HERTS]
    xlsx, csv_path, pdf = out / f"{name}.xlsx", out / f"{name}.csv", out / f"{name}.pdf"
    write_sheet(xlsx, rows)
    write_csv(csv_path, rows)
    write_pdf(
        pdf,
        "Serious Violence Strategy Delivery Plan V1.2",
        [(HERTS_OUTCOME, [HERTS_PRIORITY, HERTS_OWNER], HERTS_HEADER, HERTS)],
    )
    return [docx, xlsx, csv_path, pdf]


def scotland(out: Path) -> list[Path]:
    """Word: the stage cell merged down its rows (as the page's table spans them); the sheet and CSV:
    the stage in its first row only; the PDF: the stage in its first row."""
    name = "scotland-cs-strategy-checklist"
    word = WordPlan()
    word.para("Developing a community safety strategy - checklist", bold=True)
    word.start_table(SCOTLAND_HEADER)
    flat: list[Row] = []
    for stage, actions in SCOTLAND:
        first = len(word.table.rows)
        for number, action in enumerate(actions):
            row = [stage if number == 0 else "", action, "", ""]
            word.row(row)
            flat.append(row)
        column = word.table.columns[0].cells
        column[first].merge(column[first + len(actions) - 1])
    docx = out / f"{name}.docx"
    word.save(docx)
    rows = [["Developing a community safety strategy - checklist", "", "", ""], list(SCOTLAND_HEADER), *flat]
    return [
        docx,
        *sheet_csv_pdf(
            out, name, rows, "Developing a community safety strategy - checklist", [("", [], SCOTLAND_HEADER, flat)]
        ),
    ]


def bcp_provision(out: Path) -> list[Path]:
    """The BCP rows after the prevention key's (from "1.2 1.3 Trauma informed…" to the last row
    before 4.1). The .xlsx/.csv as pasted into Excel from the published PDF, as bcp_prevention
    pastes its own: the lists of priorities 1 and 2 above the headers, each cell where the text
    extraction put it, the header again after each page break. The .docx as the Word original holds
    the rows (container_rows_more.BCP_PROVISION_PAGES), one table a page, a cut row going on in the
    next; the .pdf that Word file printed, each row whole again."""
    lines = (REFERENCE / "bcp-delivery-plan-2021-23.txt").read_text().splitlines()
    header = next(line for line in lines if line.startswith("Ref\tObjective\t")).split("\t")
    first = lines.index("Preventing Violence and Abuse")
    listed = [line for line in lines[first : lines.index("Partnership Working")] if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("1.2 1.3\tTrauma informed"))
    end = next(i for i, line in enumerate(lines) if line.startswith("4.1\tDisruption options"))
    title = "BCP Community Safety Partnership Preventing Domestic Abuse Strategy Delivery Plan 2021-2023"
    blank = [""] * (len(header) - 1)
    rows = [[title, *blank], ["Our Priorities:", *blank]]
    rows.extend([line, *blank] for line in listed)
    rows += [["Our Delivery Plan:", *blank], list(header)]
    for line in lines[start:end]:
        cells = line.split("\t") if line.strip() else list(header)
        rows.append(cells + [""] * (len(header) - len(cells)))
    name = "bcp-2021-23-provision"
    xlsx, csv_path, docx, pdf = (out / f"{name}.{suffix}" for suffix in ("xlsx", "csv", "docx", "pdf"))
    write_sheet(xlsx, rows, merge_full_width=False)
    write_csv(csv_path, rows)
    word = WordPlan()
    word.para(title, bold=True)
    word.para("Our Priorities:")
    for line in listed:
        if line.startswith("- "):
            word.para(line[2:].lstrip("•"), style="List Bullet")
        else:
            word.para(line, bold=True)
    word.para("Our Delivery Plan:")
    whole: list[Row] = []
    for page in BCP_PROVISION_PAGES:
        word.start_table(header)
        for row in page:
            word.row(row)
            if whole and not any(row[:2] + row[3:5]):  # the tail of a row the page cut
                whole[-1] = [" ".join(filter(None, pair)) for pair in zip(whole[-1], row, strict=True)]
            else:
                whole.append(list(row))
    word.save(docx)
    printed = ["Our Priorities:", *(line.replace("•", "") for line in listed), "Our Delivery Plan:"]
    write_pdf(pdf, title, [("", printed, header, whole)])
    return [xlsx, csv_path, docx, pdf]


NEW_BUILDERS = {
    "sheffield-hate-crime-2010-13": sheffield,
    "hertfordshire-sv-delivery-plan": hertfordshire,
    "scotland-cs-strategy-checklist": scotland,
    "bcp-2021-23-provision": bcp_provision,
}
