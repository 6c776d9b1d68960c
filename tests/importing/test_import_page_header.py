"""A plan's title and pathway printed on every page from Word's page header; a heading in words over
a table whose refs all start with one number (invented examples)."""

from docx import Document

from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "What are we going to do?", "Who will lead?", "When?")
ROWS = (
    ("3.1", "Count prison leavers housed on release", "Probation", "June 2009"),
    ("3.2", "Agree a hostel referral route", "Council Housing", "Sept 2009"),
)


def test_the_page_headers_pathway_names_the_priority_its_refs_number(tmp_path):
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Safer Town Reoffending Action Plan"
    header.add_paragraph("PATHWAY: Housing and Accommodation Needs")
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in (HEADER, *ROWS):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    draft = preview_import(path, ImportOptions()).draft
    assert draft.title == "Safer Town Reoffending Action Plan"
    assert [(p.code, p.title, [o.ref for o in p.objectives]) for p in draft.priorities] == [
        ("3", "Housing and Accommodation Needs", ["3.1", "3.2"])
    ]


def test_a_heading_over_refs_of_several_numbers_is_a_priority_of_its_own():
    rows = (*ROWS, ("4.1", "Train hostel staff in risk assessment", "Probation", "May 2009"))
    table = RawTable(
        "plan.docx",
        "table 1",
        0,
        (HEADER, *rows),
        tuple(range(1, len(rows) + 2)),
        ("Pathway: Housing and Accommodation Needs",),
    )
    draft = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft
    titles = {p.code: p.title for p in draft.priorities}
    assert "Housing and Accommodation Needs" in titles.values()
    assert titles.get("3") != "Housing and Accommodation Needs"


def test_a_committee_papers_labels_are_not_the_plans_title():
    from exports.importing.title_lines import is_paper_label, title_line

    assert [
        is_paper_label(t) for t in ("Item No: 10", "Appendix 8", "Agenda item 5", "Annex B", "March 2009", "-1-")
    ] == [True] * 6
    assert not is_paper_label("Item 4 of the plan: reducing harm")
    assert is_paper_label("OFFICIAL - SENSITIVE") and is_paper_label("Not protectively marked")
    assert not is_paper_label("Official launch of the hate crime campaign")
    assert title_line(["Item No: 10", "Appendix 8", "ACTION PLAN TO REDUCE REOFFENDING", "March 2009"]) == (
        "ACTION PLAN TO REDUCE REOFFENDING"
    )
    rows = (
        ("Item No: 10", "", "", ""),
        ("Appendix 8", "", "", ""),
        ("Safer Town Reoffending Action Plan", "", "", ""),
        HEADER,
        *ROWS,
    )
    table = RawTable("plan.xlsx", "sheet 'Plan'", 0, rows, tuple(range(1, len(rows) + 1)), ())
    draft = preview_document(RawDocument("plan.xlsx", "xlsx", "", (table,), ()), ImportOptions()).draft
    assert draft.title == "Safer Town Reoffending Action Plan"
