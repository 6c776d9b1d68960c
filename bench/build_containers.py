"""Build the files a secretary would actually receive for each plan in bench/answer_keys/.

    python bench/build_containers.py [OUT_DIR]     (default: a fresh temporary folder)

Each plan is rebuilt from its published text with the layout mess real files carry: Word tables
broken across pages (a repeated header row, a row whose text runs on into the next table), bold
heading paragraphs above tables, bullet paragraphs inside cells, two leads on two lines, wrapped
header words ("Referenc e"); a workbook with full-width heading rows, repeated header rows and rows
pasted from a PDF one cell to the left. The wording comes from the published plans (sources cited in
docs/importing.md); the layout is what Word, Excel and copy-paste do to it.
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
from pathlib import Path

from docx import Document
from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from container_rows import BEXLEY, DORSET, DORSET_HEADER, TYNESIDE  # noqa: E402

# The shared folder beside the checkout (../shared/reference, or further up from a worktree): the plans as text.
REFERENCE = next(
    (
        folder / "shared" / "reference"
        for folder in Path(__file__).resolve().parents
        if (folder / "shared" / "reference").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "reference",
)
Row = list[str]


# -- writers ---------------------------------------------------------------------------------------
class WordPlan:
    """A Word document written piece by piece: paragraphs, tables, and a table broken at a page."""

    def __init__(self) -> None:
        self.doc = Document()
        self.table = None

    def para(self, text: str, bold: bool = False, style: str | None = None) -> None:
        self.table = None
        paragraph = self.doc.add_paragraph(style=style)
        paragraph.add_run(text).bold = bold

    def start_table(self, header: Row) -> None:
        self.table = self.doc.add_table(rows=0, cols=len(header))
        self.table.style = "Table Grid"
        self.row(header)

    def page_break(self, header: Row) -> None:
        """A new Word table straight after this one (nothing between), its header repeated."""
        self.start_table(header)

    def row(self, cells: Row) -> None:
        row = self.table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            _fill(cell, text)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def _fill(cell, text: str) -> None:
    """Lines starting "• " become List Bullet paragraphs (as Word stores them); others plain paragraphs."""
    lines = [line for line in text.split("\n")] or [""]
    first = True
    for line in lines:
        bullet = line.startswith("• ")
        words = line[2:] if bullet else line
        if first:
            paragraph = cell.paragraphs[0]
            if bullet:
                paragraph.style = "List Bullet"
            paragraph.add_run(words)
            first = False
        else:
            cell.add_paragraph(words, style="List Bullet" if bullet else None)


def write_sheet(path: Path, rows: list[Row], merge_full_width: bool = True) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Action Plan"
    width = max(len(row) for row in rows)
    for number, row in enumerate(rows, start=1):
        sheet.append(row)
        filled = [cell for cell in row if cell]
        if merge_full_width and len(filled) == 1 and row and row[0] and width > 1:
            sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
    workbook.save(str(path))


def write_csv(path: Path, rows: list[Row]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(rows)


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


# -- PDF: the Word layout printed, as a partnership publishes it ----------------------------------
def write_pdf(path: Path, title: str, sections: list[tuple[str, list[str], Row, list[Row]]]) -> None:
    """Each section: a heading, paragraphs under it, a ruled table whose header repeats on every page
    (rows may break across pages, as Word prints them), with a running header and page numbers."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]

    def cell(text: str) -> Paragraph:
        return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), body)

    def furniture(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, landscape(A4)[1] - 1.2 * cm, title)
        canvas.drawRightString(landscape(A4)[0] - 2 * cm, 1 * cm, f"Page {doc.page}")

    story = [Paragraph(escape(title), styles["Title"])]
    width = landscape(A4)[0] - 4 * cm
    for heading, paragraphs, header, rows in sections:
        if heading:
            story.append(Paragraph(escape(heading), styles["Heading2"]))
        story.extend(Paragraph(escape(text), body) for text in paragraphs)
        table = Table(
            [[cell(text) for text in row] for row in (header, *rows)],
            repeatRows=1,
            splitInRow=1,
            colWidths=[width / len(header)] * len(header),
        )
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title=title).build(
        story, onFirstPage=furniture, onLaterPages=furniture
    )


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
