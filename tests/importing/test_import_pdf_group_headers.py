"""Group headers across a PDF table drawn without lines are headings, not actions; and a row of one
title across any table names a priority. Invented plans, built with reportlab."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing import read_plan_file
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")
LONG = (
    "Priority 2 – Tackling offending and reoffending by adults and young people in every town and village of the county"
)
ROWS = [
    (
        "1.1.1",
        "Fewer repeat victims",
        "Offer every repeat victim a visit within a week of the report",
        "Police",
        "2023",
    ),
    (
        "1.1.2",
        "",
        "Review the visits with the victims' service and share what they learn",
        "Victim Support",
        "June 2023",
    ),
    LONG,
    ("2.1.1", "Less reoffending", "Run the integrated offender management scheme", "Probation", "2024"),
    "Safer streets at night",
    ("3.1.1", "Safer night economy", "Train door staff in spotting vulnerability", "Licensing", "May 2024"),
]


def _lineless_pdf(path):
    """A borderless table, as a Word table with no borders prints: group headers in bold across it."""
    styles = getSampleStyleSheet()
    plain, bold = styles["BodyText"], styles["BodyText"].clone("bold", fontName="Helvetica-Bold")
    body, style = [list(HEADER)], [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for number, row in enumerate(ROWS, start=1):
        if isinstance(row, str):
            body.append([Paragraph(row, bold), "", "", "", ""])
            style.append(("SPAN", (0, number), (-1, number)))
        else:
            body.append([Paragraph(text, plain) for text in row])
    table = Table(body, colWidths=[1.6 * cm, 3.4 * cm, 7 * cm, 2.8 * cm, 2.2 * cm])
    table.setStyle(TableStyle(style))
    title = Paragraph("Anytown Safer Communities Plan 2023-25", styles["Title"])
    SimpleDocTemplate(str(path), pagesize=A4, title="Anytown plan").build([title, table])
    return path


def test_group_headers_across_a_table_without_lines_read_as_one_cell_each(tmp_path):
    [table] = read_plan_file(_lineless_pdf(tmp_path / "plan.pdf")).tables
    assert table.rows[3] == (LONG, "", "", "", "")  # wrapped onto a second line, still one title
    assert table.rows[5] == ("Safer streets at night", "", "", "", "")
    assert table.rows[1] == ROWS[0]  # plain rows keep their cells


def test_group_headers_in_a_lineless_pdf_are_priorities_and_no_action_is_made_of_them(tmp_path):
    preview = preview_import(_lineless_pdf(tmp_path / "plan.pdf"))
    assert [(p.code, p.title) for p in preview.draft.priorities] == [
        ("1", "Priority 1"),
        ("2", LONG.removeprefix("Priority 2 – ")),
        ("3", "Safer streets at night"),
    ]
    assert [(a.ref, a.lead, a.timescale) for a in preview.draft.actions] == [
        ("1.1.1", "Police", "2023"),
        ("1.1.2", "Victim Support", "June 2023"),
        ("2.1.1", "Probation", "2024"),
        ("3.1.1", "Licensing", "May 2024"),
    ]


def _sheet(*rows, header=HEADER):
    table = RawTable("plan.xlsx", "sheet 'Plan'", 0, (header, *rows), tuple(range(1, len(rows) + 2)))
    return preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())


def test_a_title_row_in_words_names_the_priority_its_refs_start_with():
    preview = _sheet(
        ("1.1.1", "Fewer victims", "Run a scams campaign", "Police", "2025"),
        ("Safer streets at night", "", "", "", ""),
        ("4.1.1", "Safer night economy", "Train door staff", "Licensing", "2026"),
    )
    assert [(p.code, p.title) for p in preview.draft.priorities] == [
        ("1", "Priority 1"),
        ("4", "Safer streets at night"),
    ]
    assert [a.ref for a in preview.draft.actions] == ["1.1.1", "4.1.1"]


def test_a_sentence_or_a_lone_cell_under_an_objective_header_is_no_title_row():
    sentence = _sheet(
        ("1.1.1", "Fewer victims", "Run a scams campaign", "Police", "2025"),
        ("See the annex for the funding of these actions.", "", "", "", ""),
    )
    assert [p.title for p in sentence.draft.priorities] == ["Priority 1"]
    grouped = _sheet(
        ("Safer streets", "", "", ""),
        ("", "Train door staff in spotting vulnerability", "Licensing", "2026"),
        header=("Objective", "Action", "Lead", "By when"),
    )
    [priority] = grouped.draft.priorities
    assert (priority.title, [o.text for o in priority.objectives]) == ("Priority 1", ["Safer streets"])
