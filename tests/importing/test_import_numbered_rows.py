"""Plans that number their rows 1, 2, 3 in a narrow column of their own, and group them under a
heading row; each rule on an invented example, never a copy of one plan's row."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.headers import guess_table
from exports.importing.source import RawDocument, RawTable


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
