"""One column for an output and its date, "Output target and date(s)" (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from app.importing.target_dates import split_target_and_date
from exports.importing.source import RawDocument, RawTable


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_the_date_a_target_cell_ends_with_is_the_timescale_and_the_words_before_the_target():
    preview = _preview(
        ("Action", "Lead", "Output target and dates"),
        ("Run a schools awareness programme", "Community Safety Unit", "Sessions in six schools by March 2003"),
        ("Publish a reporting leaflet", "Press Office", "By June 2002"),
        ("Train housing officers", "Housing", "Every officer trained, each year"),
    )
    assert [(a.timescale, a.evidence) for a in preview.draft.actions] == [
        ("by March 2003", "Sessions in six schools"),
        ("By June 2002", ""),
        ("", "Every officer trained, each year"),
    ]
    assert any("names the target and its date" in note for note in preview.notes)


def test_a_timescale_column_alone_keeps_its_words():
    for header in ("Timescale", "Target date", "Target completion date", "Milestone dates"):
        preview = _preview(("Action", header), ("Run a programme", "Sessions in six schools by March 2003"))
        assert [(a.timescale, a.evidence) for a in preview.draft.actions] == [
            ("Sessions in six schools by March 2003", "")
        ], header


def test_a_rate_per_year_is_a_target_not_a_timescale():
    assert split_target_and_date("Increase referrals by 2% per annum") == ("Increase referrals by 2% per annum", "")
    assert split_target_and_date("Ongoing") == ("", "Ongoing")
