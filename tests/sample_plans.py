"""Plan files built in code from the reference plans (BCP 2021-23, Oxfordshire 2019-20), with their mess."""

from __future__ import annotations

import csv
from pathlib import Path

from docx import Document
from openpyxl import Workbook

from exports.importing.source import RawDocument, RawTable

BCP_HEADER = ("Ref", "Objective", "Activities", "Lead", "Timescale", "Evidence/Measure", "Resources")
BCP_OUTLINE = [
    "Our Priorities:",
    "Preventing Violence and Abuse",
    "- 1.1 All victims regardless of race, age, gender or sexuality receive appropriate service provision",
    "- 1.2 Victims, families and friends know where to go for help and support and can access a single service pathway",
    "- 1.3 The BCP MARAC is effective, protects victims and reduces the risk of further harm",
    "Provision of Service",
    "- 2.1 Our services will be co-produced, co-delivered and co-evaluated with our service users",
    "- 2.2 Irrespective of where a victim lives in BCP they will be able to access a service quickly",
    "- 2.3 Specialist services will be available to victims in a number of different settings",
    "Partnership Working",
    "•3.3 Good practice will be highlighted and shared as well as lessons learnt from Domestic Homicide Reviews",
    "Responding to perpetrators",
    "- 4.2 We will increase the number of victimless prosecutions where appropriate",
    "- 4.4 Perpetrators will be offered help to change their behaviour through effective interventions",
    "Our Delivery Plan:",
]
# Page one of the BCP table; the second page continues it (see BCP_PAGE_TWO).
BCP_PAGE_ONE = [
    (
        "1.1 2.1",
        "Referrals to services will better represent the local demographic",
        "Use the findings of the whole systems work to inform future commissioning and pathway design",
        "Community Safety Team BCP",
        "April 2022",
        "Quality assurance work to review cases",
        "Currently £456,000 plus an additional £150,000 on related support services)",
    ),
    (
        "",
        "",
        "Service user involvement in service design and evaluation. Public consultation",
        "DA Operational Group",
        "May 2022",
        "Report to be shared and reviewed by DA OP's group",
        "",
    ),
]
BCP_PAGE_TWO = [
    ("", "", "to be repeated in 12 months to measure the impact of this delivery plan", "", "", "", ""),
    (
        "",
        "",
        "7-minute learning to be developed to raise awareness with staff of the barriers",
        "Safeguarding Adults Board",
        "Sept 2021",
        "7 minute learning evaluation",
        "",
    ),
    (
        "1.2 2.2 2.3 3.3",
        'Development of a "one front door" model across BCP',
        'The commitment within the strategy to implement a "one front door" approach to DA',
        "DA strategic Group Lead By CSC and ASC",
        "June 2021",
        "Paper to be shared with DA strategic Group",
        "MHCLG Funding to support the posts delivering this service",
    ),
    (
        "",
        "",
        "General awareness campaigns and positive promotion of services available to victims",
        "DA Op's group",
        "October 2021",
        "Comms evaluation data",
        "Multi agency budget contribution",
    ),
    ("", "", 'pandemic such as "Ask Ani".', "", "", "", ""),
    (
        "4. 4",
        "Perpetrators are held to account for their actions",
        "Body worn videos available across the force area to increase victimless prosecution options",
        "Dorset Police",
        "TBC",
        "Increase in convictions",
        "",
    ),
    (
        "Funding2.2 4.2 4.4",
        "Increase in positive criminal justice outcomes for victims",
        "DA Vehicle to visit victims of DA shortly after Police attend an incident",
        "Dorset Police",
        "When the funding allows",
        "Increase in positive outcomes both criminal and civil measures",
        "Funding to support court proceedings",
    ),
    (
        "",
        "",
        "A menu of justice options created to include out of court disposal",
        "DA OP's Group",
        "December 2021",
        "Increase in restorative justice referrals",
        "Commissioned RJ service via the OPCC",
    ),
    (
        "1.3",
        "Increase in referrals into the MARAC process from agencies other than the Police",
        "Funding for a Young People's DAA to be agreed",
        "To be agreed",
        "April 2022",
        "",
        "",
    ),
]
BCP_GLOSSARY = [
    "DAA – Domestic Abuse Advisors working for Dorset Police with high risk victims",
    "Drive Programme - A perpetrator programme for high risk perpetrators commissioned by Dorset Police",
    "MARAC – Multi-Agency Risk Management Meetings, where high-risk victims of domestic abuse are discussed",
]


def bcp_docx(path: Path, repeat_header: bool = True) -> Path:
    """The BCP plan: objectives listed as paragraphs, one table split across two pages (two Word tables)."""
    document = Document()
    document.core_properties.title = "BCP Preventing Domestic Abuse Delivery Plan 2021-2023"
    for text in BCP_OUTLINE:
        document.add_paragraph(text)
    _add_table(document, [BCP_HEADER, *BCP_PAGE_ONE])
    document.add_paragraph("")
    _add_table(document, [BCP_HEADER, *BCP_PAGE_TWO] if repeat_header else BCP_PAGE_TWO)
    document.add_paragraph("Glossary")
    for text in BCP_GLOSSARY:
        document.add_paragraph(text)
    document.save(path)
    return path


OXON_HEADER = ("Area of work", "Activity", "Lead", "Comment")
OXON_SECTIONS = {
    "1. Prevention": [
        (
            "Training",
            [
                "Deliver a range of multi-agency domestic abuse (DA) training including:",
                "• DA Basic Awareness",
                "• Children & Families and DA",
                "• Champions training",
                "Develop the following new training",
                "• Coercive Control",
                "• Stalking & Harassment",
            ],
            "Strategic Lead Domestic Abuse / Violence Against Women & Girls Co-ordinator",
            "Delivery of each of these domestic abuse training modules has been set up for 2019-20.",
        ),
        (
            "Conferences",
            ["Work with Thames Valley Domestic Abuse Co-ordinator Group partners to deliver a conference."],
            "Strategic Lead Domestic Abuse / Violence Against Women & Girls Co-ordinator",
            "The Group will decide on a strategically relevant topic.",
        ),
    ],
    "2. Provision": [
        (
            "Sanctuary Schemes",
            ["Keeping victims and children safe in their home"],
            "Strategic Board for Domestic Abuse",
            "Local Authority District partners will collect data for their own district.",
        ),
    ],
    "3. Pursuing": [
        (
            "Criminal Justice System",
            ["Ensure victims attending court have access to specialist domestic abuse support."],
            "Criminal Justice Board Manager",
            "This is key to the DA Best Practice Framework.",
        ),
        (
            "",
            ["Ensure Witness Service staff receive bespoke domestic abuse training."],
            "Strategic Lead Domestic Abuse",
            "We will liaise with the Witness Service.",
        ),
    ],
}
OXON_GLOSSARY = [
    ("BAMER", "Black Asian Minority Ethnic & Refugee", "MATAC", "Multi-agency Tasking & Co-ordination"),
    ("CSC", "Children’s Social Care", "TVP", "Thames Valley Police"),
    ("DA", "Domestic abuse", "", ""),
]


def oxfordshire_docx(path: Path) -> Path:
    """Oxfordshire: a table per aim under "1. Prevention" headings, bullets in cells, a glossary table."""
    document = Document()
    document.add_heading("Domestic Abuse Strategy 2019 – 2024", level=1)
    document.add_paragraph("Year 1 (2019-20) Delivery Plan")
    for heading, rows in OXON_SECTIONS.items():
        document.add_heading(heading, level=2)
        table = document.add_table(rows=1, cols=4)
        for cell, text in zip(table.rows[0].cells, OXON_HEADER, strict=True):
            cell.text = text
        for area, activity_lines, lead, comment in rows:
            cells = table.add_row().cells
            cells[0].text = area
            cells[1].text = activity_lines[0]
            for line in activity_lines[1:]:
                if line.startswith("• "):
                    cells[1].add_paragraph(line[2:], style="List Bullet")
                else:
                    cells[1].add_paragraph(line)
            cells[2].text = lead
            cells[3].text = comment
    document.add_heading("Glossary of terms", level=2)
    _add_table(document, [("Acronym / term", "Meaning", "Acronym / term", "Meaning"), *OXON_GLOSSARY])
    document.save(path)
    return path


def _add_table(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for table_row, values in zip(table.rows, rows, strict=True):
        for cell, text in zip(table_row.cells, values, strict=True):
            cell.text = text


def bcp_rows() -> list[tuple[str, ...]]:
    return [BCP_HEADER, *BCP_PAGE_ONE, *BCP_PAGE_TWO]


def bcp_xlsx(path: Path) -> Path:
    """BCP as a workbook: a title row above the headers, a glossary on a second sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Delivery plan"
    sheet.append(["BCP Delivery Plan 2021-2023"])
    for row in bcp_rows():
        sheet.append(list(row))
    glossary = workbook.create_sheet("Glossary")
    glossary.append(["Acronym / term", "Meaning"])
    for text in BCP_GLOSSARY:
        term, meaning = text.replace(" - ", " – ").split(" – ", 1)
        glossary.append([term, meaning])
    workbook.save(path)
    return path


def write_csv(path: Path, rows, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def encrypt_office_file(source: Path, target: Path, password: str = "board-2024") -> Path:
    """Save ``source`` (.xlsx or .docx) as Excel or Word does with File > Protect > Encrypt with password."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, target.open("wb") as locked:
        OOXMLFile(plain).encrypt(password, locked)
    return target


def outline_docx(path: Path, lines: list[tuple[str, str]]) -> Path:
    """A Word plan of headings and lists: ("bullet", text) a List Bullet item, ("heading", text) a bold
    line, anything else a plain paragraph."""
    document = Document()
    for kind, text in lines:
        if kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph().add_run(text).bold = kind == "heading"
    document.save(str(path))
    return path


def lines_sheet(lines, name: str = "plan.csv") -> RawDocument:
    """A page pasted into a sheet a line a row (one column), as an officer pastes a web page."""
    kind = name.rsplit(".", 1)[-1]
    rows = tuple((text,) for text in lines)
    table = RawTable(name, "sheet", 0, rows, tuple(range(1, len(rows) + 1)))
    return RawDocument(name, kind, "", (table,), ())
