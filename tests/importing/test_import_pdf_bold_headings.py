"""A bold line printed right above a PDF table heads it, as a bold paragraph above a Word table does
(invented plans, printed with reportlab as Word prints a bold paragraph: in a bold font)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.importing.service import preview_import
from exports.importing.pdf_reader import read_pdf

TITLE = "Anytown Community Safety Partnership Implementation Plan 2026-29"
CONTENTS = ["Contents:", "1. Cross Cutting Issues Page 3", "2. Nuisance and Disorder Page 6"]
SECTION = "CROSS CUTTING ISSUES"


def _pdf(path, bold: bool):
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    table = Table(
        [
            ["Actions", "Lead Agency / Officer", "Output target and date(s)"],
            ["1. Provide a citizenship education programme", "Community Safety Unit", "By September 2026"],
            ["2. Develop a strategy to reduce the fear of crime", "Press Office", "By June 2027"],
        ]
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    section = f"<b>{SECTION}</b>" if bold else SECTION
    story = [Paragraph(TITLE, styles["Title"]), *(Paragraph(line, body) for line in CONTENTS)]
    SimpleDocTemplate(str(path), pagesize=A4).build([*story, Paragraph(section, body), table])
    return path


def test_a_bold_line_right_above_a_table_is_its_heading_and_names_its_priority(tmp_path):
    path = _pdf(tmp_path / "plan.pdf", bold=True)
    assert read_pdf(path).tables[0].heading == SECTION
    preview = preview_import(path)
    assert [priority.title for priority in preview.draft.priorities] == [SECTION]
    assert [action.activity for action in preview.draft.actions] == [
        "Provide a citizenship education programme",
        "Develop a strategy to reduce the fear of crime",
    ]


def test_a_plain_line_and_the_document_title_head_no_table(tmp_path):
    assert read_pdf(_pdf(tmp_path / "plain.pdf", bold=False)).tables[0].heading == ""
    styles = getSampleStyleSheet()
    table = Table([["Action", "Lead"], ["Open a youth hub", "Youth Service"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    titled = tmp_path / "titled.pdf"
    SimpleDocTemplate(str(titled), pagesize=A4).build([Paragraph(TITLE, styles["Title"]), table])
    assert read_pdf(titled).tables[0].heading == ""
