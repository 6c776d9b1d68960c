"""Start Date and End Date columns read as one timescale (invented plan)."""

from datetime import date

from app.importing.service import ImportOptions, preview_document
from app.timescale.parser import parse_timescale
from exports.importing.source import RawDocument, RawTable


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_a_start_and_an_end_date_column_are_one_timescale_due_at_the_end():
    preview = _preview(
        ("Action", "Lead", "Start Date", "End Date"),
        ("Run the summer diversion scheme", "Youth Service", "June 2025", "September 2025"),
        ("Publish the hate crime leaflet", "Council", "", "December 2025"),
    )
    actions = preview.draft.actions
    assert [a.timescale for a in actions] == ["June 2025 – September 2025", "December 2025"]
    assert parse_timescale(actions[0].timescale).due == date(2025, 9, 30)
    assert any("start and end date columns" in note for note in preview.notes)


def test_the_end_date_written_first_still_ends_the_range_and_two_due_dates_are_left_alone():
    preview = _preview(
        ("Action", "End Date", "Start Date"),
        ("Run the summer diversion scheme", "September 2025", "June 2025"),
    )
    assert preview.draft.actions[0].timescale == "June 2025 – September 2025"
    preview = _preview(("Action", "Target Date", "Review Date"), ("Run the summer scheme", "June 2025", "July 2025"))
    assert preview.draft.actions[0].timescale == "June 2025"
