"""A plan whose template leaves the header cell over "who" blank: the column of short names is the
Lead column; a blank-headed column of dates, progress or ratings is not. Invented examples."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable
from exports.importing.table_guess import guess_table


def _table(header: tuple[str, ...], *rows: tuple[str, ...]) -> RawTable:
    return RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)))


HEADER = ("Key action", "", "Timescale", "Notes")


def test_an_unheaded_column_of_names_beside_the_actions_is_the_lead_column():
    table = _table(
        HEADER,
        ("Hold a footpath survey each spring", "Parish Clerk", "Ongoing", "First one held"),
        ("Publish the survey results", "Editor – Jo Bloggs", "June 2025", ""),
    )
    assert guess_table(table).mapping.fields == ("activity", "lead", "timescale", "comments")


def test_the_header_printed_again_over_a_second_section_does_not_hide_the_lead_column():
    table = _table(
        HEADER,
        ("Hold a footpath survey each spring", "Parish Clerk", "Ongoing", ""),
        ("2. Roads", "", "", ""),
        HEADER,
        ("Ask for a speed survey", "Highways Team, Police", "May 2025", ""),
    )
    document = RawDocument("plan.docx", "docx", "Plan", (table,), ())
    draft = preview_document(document, ImportOptions()).draft
    assert [action.lead for action in draft.actions] == ["Parish Clerk", "Highways Team, Police"]


def test_an_unheaded_column_of_dates_progress_or_ratings_is_not_the_lead_column():
    for cells in (("March 2025", "Q2"), ("Green", "Amber"), ("Completed", "In progress")):
        rows = [(f"Action number {n}", cell, "Ongoing", "") for n, cell in enumerate(cells)]
        assert guess_table(_table(HEADER, *rows)).mapping.column_of("lead") is None


def test_an_unheaded_column_with_a_sentence_or_an_empty_cell_is_not_the_lead_column():
    long_note = "A note of progress written at length by the officer for the partnership board meeting last week"
    for cells in (("Parish Clerk", long_note), ("Parish Clerk", "")):
        rows = [(f"Action number {n}", cell, "Ongoing", "x") for n, cell in enumerate(cells)]
        assert guess_table(_table(HEADER, *rows)).mapping.column_of("lead") is None
