"""Rows whose ref is in place but whose other cells sit one or two cells left, as a PDF's text pasted
into a table arrives (an invented road-safety plan): moved back under their headers, and noted."""

from __future__ import annotations

from docx import Document
from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Area of work", "Activity", "Lead", "By when")
ROWS = (
    ("1.1", "Crossings", "Survey the crossings near every primary school", "Highways Team", "March 2026"),
    ("1.2", "Speed", "Run speed checks on the ten roads with most complaints", "Roads Policing Unit", "Quarterly"),
    # the ref in place, the rest one cell left: the lead under Activity, the date under Lead
    ("1.3", "Hold a cycle training week in the summer holidays", "Highways Team", "August 2026", ""),
    ("1.4", "Parking", "Agree school-gate parking rules with head teachers", "Schools Forum", "Ongoing"),
)
SHIFTED = ("Hold a cycle training week in the summer holidays", "Highways Team", "August 2026")


def _found(preview):
    return [(a.ref, a.activity, a.lead, a.timescale) for a in preview.draft.actions]


def _shift_notes(preview):
    return [note for note in preview.notes if "to the left of their headers" in note]


def test_a_word_row_shifted_left_after_its_ref_is_moved_back_and_noted(tmp_path):
    document = Document()
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in (HEADER, *ROWS):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(tmp_path / "roads.docx")
    preview = preview_import(tmp_path / "roads.docx")
    assert _found(preview)[2] == ("1.3.1", *SHIFTED)
    assert [a.timescale for a in preview.draft.actions] == ["March 2026", "Quarterly", "August 2026", "Ongoing"]
    notes = _shift_notes(preview)
    assert len(notes) == 1 and "row 4" in notes[0] and "from the Area of work column on" in notes[0]


def test_a_csv_row_shifted_left_after_its_ref_is_moved_back(tmp_path):
    preview = preview_import(write_csv(tmp_path / "roads.csv", [HEADER, *ROWS]))
    assert _found(preview)[2] == ("1.3.1", *SHIFTED)
    assert len(_shift_notes(preview)) == 1


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_a_row_shifted_two_cells_left_after_its_ref_is_moved_back():
    header = ("Ref", "Theme", "Objective", "Action", "Lead", "By when")
    preview = _preview(
        header,
        ("2.1", "Schools", "Safer journeys", "Map the walking routes to school", "Highways Team", "May 2026"),
        ("2.2", "Offer every school a road safety talk this term", "Schools Team", "Autumn 2026", "", ""),
    )
    second = preview.draft.actions[1]
    assert (second.activity, second.lead, second.timescale) == (
        "Offer every school a road safety talk this term",
        "Schools Team",
        "Autumn 2026",
    )
    assert any("sit 2 to the left" in note and "from the Theme column on" in note for note in _shift_notes(preview))


def test_rows_whose_cells_fit_their_columns_stay_beside_one_that_moved():
    header = ("Ref", "Area of work", "Activity", "Lead", "Start", "By when", "Notes")
    preview = _preview(
        header,
        # no lead yet, and a start date with no end: a date in a later column, but each cell in its own
        ("3.1", "Lighting", "Replace the lights on the canal path", "", "April 2026", "", ""),
        # no lead, the date where it belongs, an empty column after it
        ("3.2", "Patrols", "Evening patrols near the station", "", "", "Ongoing", ""),
        # a short activity beside its lead and date
        ("3.3", "Signs", "New signs", "Highways Team", "", "June 2026", ""),
        # a short activity, no lead, no date: a long area before it is no sign of a move
        ("3.4", "Reduce anti-social behaviour near the station", "Patrols", "", "", "", ""),
        # this one moved: its lead under Activity, its date under Lead, its last cells empty
        ("3.5", "Fix the broken bollards on the high street", "Highways Team", "May 2026", "July 2026", "", ""),
    )
    assert _found(preview) == [
        ("3.1.1", "Replace the lights on the canal path", "", ""),
        ("3.2.1", "Evening patrols near the station", "", "Ongoing"),
        ("3.3.1", "New signs", "Highways Team", "June 2026"),
        ("3.4.1", "Patrols", "", ""),
        ("3.5.1", "Fix the broken bollards on the high street", "Highways Team", "July 2026"),
    ]
    assert len(_shift_notes(preview)) == 1


def test_a_short_activity_with_its_date_one_cell_left_keeps_its_activity_and_no_lead():
    preview = _preview(
        HEADER,
        ("4.1", "Signs", "Put up new signs at the three crossings", "Highways Team", "June 2026"),
        ("4.2", "Signs", "New signs", "September 2026", ""),  # no lead given: only the date moved
    )
    second = preview.draft.actions[1]
    assert (second.activity, second.lead, second.timescale) == ("New signs", "", "September 2026")
    assert any("from the Lead column on" in note for note in _shift_notes(preview))


def test_without_a_ref_column_a_date_one_cell_left_of_its_column_is_moved_back_alone():
    preview = _preview(
        ("Area of work", "Activity", "Lead", "By when", "Notes"),
        ("Crossings", "Survey the crossings near every primary school", "Highways Team", "March 2026", ""),
        ("Cycling", "Hold a cycle training week in the summer holidays", "August 2026", "", ""),
    )
    second = preview.draft.actions[1]
    assert (second.activity, second.lead, second.timescale) == (
        "Hold a cycle training week in the summer holidays",
        "",
        "August 2026",
    )
    assert any("from the Lead column on" in note for note in _shift_notes(preview))


def test_an_action_saying_how_often_with_a_year_in_it_is_no_timescale_moved_in_from_the_left():
    # "annual" reads as a timescale, but the sentence's year is left unread: it is the action, and
    # the row stays where it is, not moved right with "2" as its action and the sentence its date.
    header = ("Who (lead)", "Ref", "Actions", "Year", "Closed")
    rows = (
        ("Margaret", "1", "Inspect every play area each spring", "Ongoing", ""),
        ("", "2", "Arrange annual meeting in Sept/Oct 2010", "1", ""),
    )
    table = RawTable("plan.pdf", "table 1", 0, (header, *rows), (1, 2, 3), ())
    draft = preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft
    assert [(a.ref, a.activity, a.timescale) for a in draft.actions][-1] == (
        "2",
        "Arrange annual meeting in Sept/Oct 2010",
        "1",
    )
