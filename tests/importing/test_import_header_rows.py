"""Headers written on two rows: a group header merged over the sub-headers under it (invented plans)."""

from __future__ import annotations

from docx import Document

from app.importing.corrections import RowRole
from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing.source import RawDocument, RawTable
from exports.importing.table_guess import guess_table


def _table(*rows: tuple[str, ...]) -> RawTable:
    return RawTable("plan.xlsx", "sheet 1", 0, rows, tuple(range(1, len(rows) + 1)))


def _preview(*rows: tuple[str, ...]):
    return preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (_table(*rows),)), ImportOptions())


def test_a_group_header_over_ref_and_description_names_both_columns_and_its_row_is_a_header():
    preview = _preview(
        ("Action", "", "Lead", "Timescale"),
        ("Ref", "Description", "", ""),
        ("1.1", "Open a second refuge", "Housing", "2026"),
        ("Action", "", "Lead", "Timescale"),  # both header rows again after a page break
        ("Ref", "Description", "", ""),
        ("1.2", "Fund a refuge outreach worker", "Housing", "2027"),
    )
    [summary] = preview.tables
    assert summary.mapping.fields == ("ref", "activity", "lead", "timescale")
    assert summary.header == ("Action Ref", "Action Description", "Lead", "Timescale")
    assert [(a.ref, a.activity, a.lead, a.timescale) for a in preview.draft.actions] == [
        ("1.1", "Open a second refuge", "Housing", "2026"),
        ("1.2", "Fund a refuge outreach worker", "Housing", "2027"),
    ]
    assert [row.role for row in preview.rows] == [RowRole.HEADER, RowRole.HEADER, RowRole.ACTION] * 2
    assert preview.draft.title == "Plan"  # the group row is no title above a pasted sheet


def test_progress_over_quarters_is_read_as_progress_and_the_quarter_row_is_no_data():
    guess = guess_table(
        _table(
            ("Ref", "Action", "Lead", "Progress", ""),
            ("", "", "", "Q1", "Q2"),
            ("2.1", "Train door staff", "Licensing", "Started", "Done"),
        )
    )
    assert (guess.mapping.header_row, guess.mapping.header_rows) == (1, 2)
    assert guess.mapping.fields == ("ref", "activity", "lead", "comments", "")


def test_a_first_data_row_of_short_cells_under_whole_headers_is_not_a_sub_header():
    guess = guess_table(
        _table(
            ("Ref", "Action", "Lead", "When", ""),
            ("1.1", "Map venues", "Police", "2025", "G"),
        )
    )
    assert (guess.mapping.header_row, guess.mapping.header_rows) == (0, 1)


def test_a_title_row_over_the_headers_stays_the_title():
    preview = _preview(
        ("Safer Streets Action Plan", "", "", ""),
        ("Ref", "Action", "Lead", "Timescale"),
        ("1.1", "Fit door alarms", "Fire Service", "2025"),
    )
    assert preview.tables[0].mapping.header_rows == 1
    assert preview.draft.title == "Plan"  # the document's own title; the row above is read as its title hint
    assert [a.activity for a in preview.draft.actions] == ["Fit door alarms"]


def test_a_word_table_with_merged_group_and_vertically_merged_headers_reads_as_one_header(tmp_path):
    document = Document()
    table = document.add_table(rows=3, cols=4)
    group, sub, data = table.rows
    group.cells[0].merge(group.cells[1]).text = "Action"
    for column, text in ((2, "Lead"), (3, "By when")):
        group.cells[column].merge(sub.cells[column]).text = text
    sub.cells[0].text, sub.cells[1].text = "No.", "What we will do"
    for cell, text in zip(data.cells, ("3.1", "Recruit volunteer mentors", "Youth Service", "March 2026"), strict=True):
        cell.text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    preview = preview_import(path)
    [action] = preview.draft.actions
    assert (action.ref, action.activity, action.lead, action.timescale) == (
        "3.1",
        "Recruit volunteer mentors",
        "Youth Service",
        "March 2026",
    )
    assert preview.tables[0].header == ("Action No.", "Action What we will do", "Lead", "By when")


def test_a_column_naming_each_group_once_left_of_the_actions_is_the_objective():
    preview = _preview(
        ("PHASE", "ACTION", "WHO", "WHEN BY?"),
        ("Getting ready", "Agree the terms of reference", "", ""),
        ("", "Name a chair for the group", "", ""),
        ("Doing it", "Hold the first panel meeting", "", ""),
        ("", "Publish the panel's minutes", "", ""),
        ("", "Review attendance after six months", "", ""),
    )
    [priority] = preview.draft.priorities
    assert [o.text for o in priority.objectives] == ["Getting ready", "Doing it"]
    assert [a.objective_refs for a in preview.draft.actions] == [["1.1"], ["1.1"], ["1.2"], ["1.2"], ["1.2"]]
    assert "'PHASE' names the group of the rows under it" in preview.tables[0].reason


def test_an_unknown_column_filled_on_most_rows_is_not_a_group():
    guess = guess_table(
        _table(
            ("Venue", "Action", "Lead"),
            ("Town hall", "Fit a hearing loop", "Council"),
            ("Library", "Add a quiet room", "Council"),
            ("", "Train the staff", "Council"),
        )
    )
    assert guess.mapping.fields == ("", "activity", "lead")
