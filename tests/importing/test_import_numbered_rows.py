"""Plans that number their rows 1, 2, 3 in a narrow column of their own, and group them under a
heading row; each rule on an invented example, never a copy of one plan's row."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable
from exports.importing.table_guess import guess_table


def _table(header: tuple[str, ...], *rows: tuple[str, ...]) -> RawTable:
    return RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)))


def test_an_unheaded_column_counting_the_rows_is_the_ref_column_when_the_column_headed_reference_is_empty():
    table = _table(
        ("", "Actions", "Who", "Closed (minutes reference)"),
        ("1", "Survey the footpaths each spring", "Parish clerk", ""),
        ("2", "Report fly-tipping to the district", "Parish clerk", ""),
        ("3", "Publish the survey in the newsletter", "Editor", ""),
    )
    assert guess_table(table).mapping.fields == ("ref", "activity", "lead", "")


def test_an_unheaded_column_of_amounts_or_years_is_not_the_ref_column():
    for cells in (("250", "400", "90"), ("1", "1", "2"), ("2009", "2010", "2011")):
        rows = [(cell, f"Action {n}", "Clerk") for n, cell in enumerate(cells)]
        assert guess_table(_table(("", "Actions", "Who"), *rows)).mapping.column_of("ref") is None


def test_a_portfolio_column_names_the_priority_of_the_rows_under_it():
    header = ("Portfolio", "Ref", "Objective", "Action", "Lead", "By when")
    rows = (
        ("Open Spaces", "1.1", "Safer footpaths", "Survey the footpaths each spring", "Clerk", "May 2025"),
        ("", "1.2", "Cleaner verges", "Report fly-tipping to the district", "Clerk", "Ongoing"),
        ("Roads", "2.1", "Slower traffic", "Ask for a speed survey on the main road", "Chair", "June 2025"),
    )
    document = RawDocument("plan.docx", "docx", "Plan", (_table(header, *rows),), ())
    draft = preview_document(document, ImportOptions()).draft
    assert [(p.title, [o.ref for o in p.objectives]) for p in draft.priorities] == [
        ("Open Spaces", ["1.1", "1.2"]),
        ("Roads", ["2.1"]),
    ]


def test_the_empty_reference_column_stays_empty_when_a_page_break_prints_its_header_again():
    header = ("", "Actions", "Who", "Closed (minutes reference)")
    table = _table(
        header,
        ("1", "Survey the footpaths each spring", "Parish clerk", ""),
        ("2", "Report fly-tipping to the district", "Parish clerk", ""),
        header,
        ("3", "Publish the survey in the newsletter", "Editor", ""),
    )
    assert guess_table(table).mapping.column_of("ref") == 0


HEADER = ("Portfolio", "Who", "", "Actions", "Year to Action")


def _draft(*rows: tuple[str, ...]):
    document = RawDocument("plan.docx", "docx", "Plan", (_table(HEADER, *rows),), ())
    preview = preview_document(document, ImportOptions())
    return preview.draft, preview.notes


def test_a_heading_row_among_numbered_rows_is_their_objective_and_its_lead_leads_them():
    draft, notes = _draft(
        ("Open Spaces", "Ann", "", "Footpaths", ""),
        ("", "", "1", "Survey the footpaths each spring", "Ongoing"),
        ("", "", "2", "Report broken stiles to the county", "1"),
        ("", "", "", "Verges", ""),
        ("", "Bob", "3", "Ask the district to cut the verges twice a year", "2"),
        ("", "", "4", "Clear the verge by the school", "1"),
    )
    assert [(p.title, [(o.ref, o.text) for o in p.objectives]) for p in draft.priorities] == [
        ("Open Spaces", [("1.1", "Footpaths"), ("1.2", "Verges")])
    ]
    assert [(a.ref, a.lead, a.objective_refs) for a in draft.actions] == [
        ("1", "Ann", ["1.1"]),
        ("2", "Ann", ["1.1"]),
        ("3", "Bob", ["1.2"]),
        ("4", "", ["1.2"]),
    ]
    assert any("its lead Ann leads the actions under it" in note for note in notes)


def test_an_unnumbered_row_is_still_an_action_when_another_unnumbered_row_is_plainly_one():
    draft, _ = _draft(
        ("Open Spaces", "Ann", "", "Footpaths", ""),
        ("", "", "1", "Survey the footpaths each spring", "Ongoing"),
        ("", "", "", "Write to the landowners about the blocked path.", "1"),
        ("", "", "2", "Report broken stiles to the county", "1"),
    )
    assert [a.activity for a in draft.actions][0] == "Footpaths"
    assert len(draft.actions) == 4


def test_a_short_unnumbered_line_under_a_numbered_action_heads_no_group_when_the_table_opens_numbered():
    draft, _ = _draft(
        ("Open Spaces", "Ann", "1", "Survey the footpaths each spring", "Ongoing"),
        ("", "", "", "Leaflet drop", ""),
        ("", "", "2", "Report broken stiles to the county", "1"),
        ("", "", "3", "Clear the verge by the school", "1"),
    )
    assert [a.activity for a in draft.actions] == [
        "Survey the footpaths each spring",
        "Leaflet drop",
        "Report broken stiles to the county",
        "Clear the verge by the school",
    ]
    assert not [o for p in draft.priorities for o in p.objectives if o.text == "Leaflet drop"]


def test_an_action_heading_merged_over_the_number_column_and_the_words_column_reads_the_numbers_as_refs():
    table = _table(
        ("Action", "", "Partners", "Milestones"),
        ("1.", "Review the allotment waiting list", "Clerk, Allotment Society", "Report twice yearly"),
        ("2.", "Agree a new tenancy for each plot", "Clerk", "Agree by March"),
    )
    assert guess_table(table).mapping.fields == ("ref", "activity", "partners", "")


def test_an_action_column_of_words_keeps_its_header_when_the_column_after_it_is_unheaded():
    table = _table(
        ("Action", "", "Lead"),
        ("Review the allotment waiting list", "Twice yearly", "Clerk"),
        ("Agree a new tenancy for each plot", "By March", "Clerk"),
    )
    assert guess_table(table).mapping.column_of("activity") == 0
