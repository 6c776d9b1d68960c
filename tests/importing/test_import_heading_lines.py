"""Headings above the tables as PDFs and Word plans write them (invented plans)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action", "Owner", "Timescale")


def _plan(*paragraphs: str, rows=(("1.1.1 Open a youth hub in each town", "Youth Service", "2026"),)):
    table = RawTable("plan.pdf", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), paragraphs)
    preview = preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), paragraphs), ImportOptions())
    return [(p.code, p.title, [(o.ref, o.text) for o in p.objectives]) for p in preview.draft.priorities]


def test_a_priority_numbered_like_an_objective_names_that_objective_under_the_outcome_above():
    assert _plan("Outcome 1 - Fewer young people carrying knives", "Priority 1.1 Build resilience in young people") == [
        ("1", "Fewer young people carrying knives", [("1.1", "Build resilience in young people")])
    ]


def test_a_heading_wrapped_onto_a_second_line_keeps_its_whole_title():
    assert _plan(
        "Outcome 1 - Fewer young people carrying knives in the county",
        "(Prevention)",
    )[0] == ("1", "Fewer young people carrying knives in the county (Prevention)", [("1.1", "")])


def test_a_sentence_after_a_finished_heading_is_not_part_of_it():
    assert _plan("Outcome 1 - Fewer young people carrying knives.", "(Prevention is the aim of this section.)")[0][
        1
    ] == ("Fewer young people carrying knives")


def test_a_label_line_above_a_sheets_headers_is_no_priority():
    rows = (
        ("Youth Violence Delivery Plan", "", ""),
        ("Outcome 1 - Fewer young people carrying knives", "", ""),
        ("Priority 1.1 Build resilience in young people", "", ""),
        ("Priority Owner – Children's Partnership", "", ""),
        HEADER,
        ("1.1.1 Open a youth hub in each town", "Youth Service", "2026"),
    )
    table = RawTable("plan.xlsx", "sheet 1", 0, rows, tuple(range(1, len(rows) + 1)))
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())
    assert [(p.code, p.title) for p in preview.draft.priorities] == [("1", "Fewer young people carrying knives")]


def test_headings_with_no_number_name_the_priority_and_the_objective_the_rows_are_read_under():
    rows = (
        ("", "Action", "Owner", "Timescale"),
        ("2a", "Train housing officers to spot elder abuse", "Housing", "2026"),
        ("2b*", "Publish a leaflet for carers", "Adult Social Care", "2026"),
    )
    paragraphs = (
        "The National Elder Abuse Framework Objective: Older people are safe in their homes.",
        "Our Borough Goal - More reports of abuse from the people who see it:",
        "Measure of Success – A rise in reports by front-line staff.",
    )
    table = RawTable("plan.docx", "table 1", 0, rows, (1, 2, 3), paragraphs)
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), paragraphs), ImportOptions())
    assert [(p.title, [o.text for o in p.objectives]) for p in preview.draft.priorities] == [
        ("Older people are safe in their homes", ["More reports of abuse from the people who see it"])
    ]
    assert [(a.ref, a.objective_refs) for a in preview.draft.actions] == [("2a", ["1.1"]), ("2b*", ["1.1"])]
    assert preview.tables[0].mapping.fields[0] == "ref"  # an unheaded column of lettered refs


LONG_AIM = (
    "To make every town centre feel safe at night, and improve how residents hear of the work of the"
    " partnership through its meetings, campaigns and events"
)


def test_a_heading_with_its_words_on_the_next_line_takes_that_sentence_however_long():
    assert _plan("Strategic Priority 1:", LONG_AIM, "Indicators", "% people who feel safe")[0][:2] == ("1", LONG_AIM)


def test_that_sentence_wrapped_by_a_pdf_is_joined_and_a_label_or_list_lead_in_is_no_title():
    first, rest = LONG_AIM.split(" through ")
    rest = f"through {rest}"
    assert rest[0].islower()
    assert _plan("Strategic Priority 1:", first, rest)[0][:2] == ("1", LONG_AIM)
    lead_in = "The indicators the partnership will report to the Joint Committee every quarter are as follows:"
    assert _plan("Strategic Priority 1:", lead_in)[0][:2] == ("1", "Priority 1")  # named by its number only
