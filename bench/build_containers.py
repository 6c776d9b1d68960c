"""Build the files a secretary would actually receive for each plan in bench/answer_keys/.

    python bench/build_containers.py [OUT_DIR]     (default: a fresh temporary folder)

Each plan is rebuilt from its published text with the layout mess real files carry: Word tables
broken across pages (a repeated header row, a row whose text runs on into the next table), bold
heading paragraphs above tables, bullet paragraphs inside cells, two leads on two lines, wrapped
header words ("Referenc e"); a workbook with full-width heading rows, repeated header rows and rows
pasted from a PDF one cell to the left. The wording comes from the published plans (sources cited in
docs/importing.md); the layout is what Word, Excel and copy-paste do to it.

The plans keyed later are built by bench/new_containers.py (rows in container_rows_more.py) and
bench/unseen_containers.py (rows in container_rows_unseen.py) and bench/salford_containers.py (rows in
container_rows_salford.py) and bench/unseen2_containers.py (rows in container_rows_unseen2.py) and
bench/unseen3_containers.py (lines in container_rows_unseen3.py) and bench/unseen4_containers.py (rows
in container_rows_unseen4.py) and bench/youth_justice_containers.py (rows and lines in
container_rows_youth_justice.py) and bench/unseen5_containers.py (rows in container_rows_unseen5.py) and
bench/unseen6_containers.py (rows in container_rows_unseen6.py) and bench/unseen7_containers.py (rows and
lines in container_rows_unseen7.py); bench/unseen8_containers.py (rows and lines in container_rows_unseen8.py)
builds three more;
bench/unseen9_containers.py (rows and lines in container_rows_unseen9.py) three more;
bench/unseen10_containers.py (rows and lines in container_rows_unseen10.py) three more;
bench/unseen11_containers.py (rows and lines in container_rows_unseen11.py) two more;
bench/unseen12_containers.py (rows and lines in container_rows_unseen12.py) one more;
bench/unseen13_containers.py (rows and lines in container_rows_unseen13.py) three more;
the writers (Word, workbook, CSV, PDF) are in container_writers.py.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from container_rows import BEXLEY, DORSET, DORSET_HEADER, TYNESIDE  # noqa: E402
from container_writers import REFERENCE, Row, WordPlan, write_csv, write_pdf, write_sheet  # noqa: E402
from csp_containers import CSP_BUILDERS  # noqa: E402
from new_containers import NEW_BUILDERS  # noqa: E402
from salford_containers import SALFORD_BUILDERS  # noqa: E402
from unseen2_containers import UNSEEN2_BUILDERS  # noqa: E402
from unseen3_containers import UNSEEN3_BUILDERS  # noqa: E402
from unseen4_containers import UNSEEN4_BUILDERS  # noqa: E402
from unseen5_containers import UNSEEN5_BUILDERS  # noqa: E402
from unseen6_containers import UNSEEN6_BUILDERS  # noqa: E402
from unseen7_containers import UNSEEN7_BUILDERS  # noqa: E402
from unseen8_containers import UNSEEN8_BUILDERS  # noqa: E402
from unseen9_containers import UNSEEN9_BUILDERS  # noqa: E402
from unseen10_containers import UNSEEN10_BUILDERS  # noqa: E402
from unseen11_containers import UNSEEN11_BUILDERS  # noqa: E402
from unseen12_containers import UNSEEN12_BUILDERS  # noqa: E402
from unseen13_containers import UNSEEN13_BUILDERS  # noqa: E402
from unseen_containers import UNSEEN_BUILDERS  # noqa: E402
from youth_justice_containers import YOUTH_JUSTICE_BUILDERS  # noqa: E402


# -- Oxfordshire: four aims, area of work / activity / lead / comment, bullets in cells -------------
def _html_cell(text: str) -> str:
    """The reference text keeps some cells' Word markup (<p>, <ul>, •): back to lines and bullets."""
    text = re.sub(r"<ul[^>]*>", "\n", text)
    text = re.sub(r"</?p>|</ul>", "\n", text)
    text = text.replace("• ", "\n• ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _oxfordshire_sections() -> list[tuple[str, list[Row]]]:
    sections: list[tuple[str, list[Row]]] = []
    for line in (REFERENCE / "oxfordshire-delivery-plan-2019-20.txt").read_text().splitlines():
        if line.startswith("Glossary"):
            break
        if re.match(r"^(\d)\. (\w+)$", line):
            sections.append((line, []))
        elif "\t" in line and sections and not line.startswith("Area of work"):
            sections[-1][1].append([_html_cell(cell) for cell in line.split("\t")])
    return sections


OXON_HEADER = ["Area of work", "Activity", "Lead", "Comment"]


def oxfordshire(out: Path) -> list[Path]:
    sections = _oxfordshire_sections()
    word = WordPlan()
    word.para("Domestic Abuse Strategy 2019 – 2024", bold=True)
    word.para("Year 1 (2019-20) Delivery Plan", bold=True)
    word.para(
        "Activities to be completed in year one of the 2019 – 2024 Domestic Abuse Strategy for Oxfordshire "
        "are set out below against each of the four strategic aim headings."
    )
    for heading, rows in sections:
        word.para(heading, bold=True)
        word.start_table(OXON_HEADER)
        for row in rows:
            if not row[0] and not row[2] and row[1][:1].islower():  # the tail of a row cut by a page break
                word.page_break(OXON_HEADER)
            word.row(row)
    word.para("Glossary of terms", bold=True)
    word.start_table(["Acronym / term", "Meaning", "Acronym / term", "Meaning"])
    word.row(["BAMER", "Black Asian Minority Ethnic & Refugee", "MATAC", "Multi-agency Tasking & Co-ordination"])
    word.row(["DA", "Domestic abuse", "TVP", "Thames Valley Police"])
    docx = out / "oxfordshire-2019-20.docx"
    word.save(docx)
    rows: list[Row] = [
        ["Oxfordshire Domestic Abuse Strategy 2019 – 2024: Year 1 (2019-20) Delivery Plan", "", "", ""],
        ["", "", "", ""],
    ]
    for heading, section in sections:
        rows.append([heading, "", "", ""])
        rows.append(list(OXON_HEADER))  # the header repeated under every aim
        rows.extend(section)
    xlsx, csv_path = out / "oxfordshire-2019-20.xlsx", out / "oxfordshire-2019-20.csv"
    write_sheet(xlsx, rows)
    write_csv(csv_path, rows)
    return [docx, xlsx, csv_path]


# -- BCP: priority 4 with its listed objectives; ref / objective / activities / lead / timescale ----
BCP_HEADER = ["Ref", "Objective", "Activities", "Lead", "Timescale", "Evidence/Measure", "Resources"]


def _bcp_lines() -> list[str]:
    lines = (REFERENCE / "bcp-delivery-plan-2021-23.txt").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("4.1\tDisruption options"))
    end = next(i for i, line in enumerate(lines) if line == "Glossary")
    return lines[start:end]


def _bcp_aligned(cells: Row) -> Row:
    """Where the cells of a row sat in the Word original: the text extraction dropped leading empties."""
    if len(cells) == len(BCP_HEADER):
        return cells
    if (
        len(cells) == 5
        and cells[0]
        and not cells[0][0].isdigit()
        and cells[0] != "behaviour and wanting to make changes"
    ):
        return ["", "", *cells]  # activity, lead, timescale, evidence, resources
    if len(cells) == 6 and cells[0] == "":
        return ["", *cells]
    if len(cells) == 6:
        return ["", *cells]  # objective in the Objective column
    if len(cells) == 5:
        return ["", *cells, ""]
    return cells + [""] * (len(BCP_HEADER) - len(cells))


def bcp(out: Path) -> list[Path]:
    word = WordPlan()
    word.para("BCP Community Safety Partnership Preventing Domestic Abuse Strategy Delivery Plan 2021-2023", bold=True)
    word.para("Our Priorities:")
    word.para("Responding to perpetrators", bold=True)
    outline = [
        "4.1 Serial perpetrators of domestic abuse will be held to account and pursued through the criminal justice system",
        "4.2 We will increase the number of victimless prosecutions where appropriate",
        "4.3 We will prioritise the safety of victims and children by utilising the full range of powers available, both criminal and civil",
        "4.4 Perpetrators will be offered help to change their behaviour through effective interventions",
        "4.5 Restorative practice will be considered where applicable.",
    ]
    for line in outline:
        word.para(line, style="List Bullet")
    word.para("Our Delivery Plan:")
    word.start_table(BCP_HEADER)
    pasted: list[Row] = [list(BCP_HEADER)]
    for line in _bcp_lines():
        if not line.strip():
            word.page_break(BCP_HEADER)  # each blank line in the extraction is a page break
            pasted.append(list(BCP_HEADER))
            continue
        cells = line.split("\t")
        word.row(_bcp_aligned(cells))
        pasted.append(cells + [""] * (len(BCP_HEADER) - len(cells)))  # as pasted from the PDF: shifted left
    docx = out / "bcp-2021-23-perpetrators.docx"
    word.save(docx)
    blank = [""] * 6
    rows = [["BCP Preventing Domestic Abuse Strategy Delivery Plan 2021-2023", *blank], ["Our Priorities:", *blank]]
    rows.append(["Responding to perpetrators", *blank])
    rows.extend([f"- {line}", *blank] for line in outline)  # the objectives list, pasted with the table
    rows.append(["Our Delivery Plan:", *blank])
    rows.extend(pasted)
    xlsx = out / "bcp-2021-23-perpetrators.xlsx"
    write_sheet(xlsx, rows)
    return [docx, xlsx]


def bcp_prevention(out: Path) -> list[Path]:
    """Priority 1 as pasted into Excel from the published PDF: the objectives list above the headers,
    every cell where the PDF's text extraction put it (rows short of their first cells shift left),
    page furniture in the Ref column, and the header row again after every page break."""
    lines = (REFERENCE / "bcp-delivery-plan-2021-23.txt").read_text().splitlines()
    start = lines.index("Preventing Violence and Abuse")
    header = lines.index("\t".join(BCP_HEADER))
    end = next(i for i, line in enumerate(lines) if line.startswith("1.2 1.3\tTrauma informed"))
    blank = [""] * 6
    rows = [["BCP Preventing Domestic Abuse Strategy Delivery Plan 2021-2023", *blank], ["Our Priorities:", *blank]]
    listed = [line for line in lines[start : start + 9] if line.strip()][:7]  # the heading and 1.1-1.6
    rows.extend([line, *blank] for line in listed)
    rows.append(["Our Delivery Plan:", *blank])
    for line in lines[header:end]:
        cells = line.split("\t") if line.strip() else list(BCP_HEADER)
        rows.append(cells + [""] * (len(BCP_HEADER) - len(cells)))
    xlsx, csv_path = out / "bcp-2021-23-prevention.xlsx", out / "bcp-2021-23-prevention.csv"
    write_sheet(xlsx, rows, merge_full_width=False)
    write_csv(csv_path, rows)
    return [xlsx, csv_path]


def bexley(out: Path) -> list[Path]:
    header = ["No.", "Aims", "Lead", "Target Date"]
    xlsx = out / "bexley-vawg-2024-28.xlsx"
    write_sheet(xlsx, [["Appendix B - BCSP VAWG Partnership Action Plan", "", "", ""], header, *BEXLEY])
    word = WordPlan()
    word.para("Appendix B - BCSP VAWG Partnership Action Plan", bold=True)
    word.para(
        "Below, is an overview of the actions. The Action plan 2024-2028 was developed with a partnership approach in mind."
    )
    word.start_table(header)
    for row in BEXLEY:
        word.row(row)
    docx = out / "bexley-vawg-2024-28.docx"
    word.save(docx)
    return [xlsx, docx]


def dorset(out: Path) -> list[Path]:
    word = WordPlan()
    word.para("Dorset Community Safety Partnership (CSP) Domestic Bill – Action Plan DRAFT", bold=True)
    word.para("This is a working document as is being updated as draft legislation / guidance is finalised.")
    word.para(
        "Action Plan - Formal duties placed on local public bodies as set out in the Domestic Abuse Bill / Domestic Abuse Act 2021"
    )
    word.start_table(DORSET_HEADER)
    for row in DORSET:
        word.row(row)
    docx = out / "dorset-da-bill-2021.docx"
    word.save(docx)
    xlsx = out / "dorset-da-bill-2021.xlsx"
    write_sheet(xlsx, [DORSET_HEADER, *DORSET])
    return [docx, xlsx]


def north_tyneside(out: Path) -> list[Path]:
    word = WordPlan()
    word.para("Strategic Priorities and Actions 2024 - 2027", bold=True)
    word.para("In setting out a revised set of priorities for 2024-27 the domestic abuse partnership will:")
    for title, aim, actions in TYNESIDE:
        word.para(title, bold=True)
        word.start_table(["Aim", "Actions"])
        word.row([aim, "\n".join(f"• {action}" for action in actions)])
    docx = out / "north-tyneside-da-2024-27.docx"
    word.save(docx)
    return [docx]


def oxfordshire_pdf(out: Path) -> list[Path]:
    """Printed from Word, a row cut by the Word file's page break is one row again (the print breaks elsewhere)."""
    sections = []
    for heading, rows in _oxfordshire_sections():
        whole: list[Row] = []
        for row in rows:
            if whole and not row[0] and not row[2] and row[1][:1].islower():
                whole[-1] = [whole[-1][0], f"{whole[-1][1]} {row[1]}", whole[-1][2], whole[-1][3]]
            else:
                whole.append(list(row))
        sections.append((heading, [], OXON_HEADER, whole))
    pdf = out / "oxfordshire-2019-20.pdf"
    write_pdf(pdf, "Domestic Abuse Strategy 2019 – 2024: Year 1 (2019-20) Delivery Plan", sections)
    return [pdf]


def bexley_pdf(out: Path) -> list[Path]:
    pdf = out / "bexley-vawg-2024-28.pdf"
    write_pdf(
        pdf,
        "Appendix B - BCSP VAWG Partnership Action Plan",
        [("", ["Below, is an overview of the actions."], ["No.", "Aims", "Lead", "Target Date"], BEXLEY)],
    )
    return [pdf]


BUILDERS = {
    "oxfordshire-2019-20": oxfordshire,
    "bcp-2021-23-perpetrators": bcp,
    "bcp-2021-23-prevention": bcp_prevention,
    "bexley-vawg-2024-28": bexley,
    "dorset-da-bill-2021": dorset,
    "north-tyneside-da-2024-27": north_tyneside,
    **NEW_BUILDERS,
    **UNSEEN_BUILDERS,
    **SALFORD_BUILDERS,
    **UNSEEN2_BUILDERS,
    **UNSEEN3_BUILDERS,
    **UNSEEN4_BUILDERS,
    **YOUTH_JUSTICE_BUILDERS,
    **CSP_BUILDERS,
    **UNSEEN5_BUILDERS,
    **UNSEEN6_BUILDERS,
    **UNSEEN8_BUILDERS,
    **UNSEEN9_BUILDERS,
    **UNSEEN7_BUILDERS,
    **UNSEEN10_BUILDERS,
    **UNSEEN11_BUILDERS,
    **UNSEEN12_BUILDERS,
    **UNSEEN13_BUILDERS,
}


PDF_BUILDERS = {"oxfordshire-2019-20": oxfordshire_pdf, "bexley-vawg-2024-28": bexley_pdf}


def build_all(out: Path) -> dict[str, list[Path]]:
    out.mkdir(parents=True, exist_ok=True)
    built = {name: builder(out) for name, builder in BUILDERS.items()}
    for name, builder in PDF_BUILDERS.items():
        built[name].extend(builder(out))
    return built


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="plans-"))
    for name, paths in build_all(target).items():
        print(name, *(str(p) for p in paths))
