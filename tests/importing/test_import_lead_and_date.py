"""One column for who and when, "Responsibilities and timescales" (invented plan)."""

from app.importing.lead_and_date import split_lead_and_date
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_a_who_and_when_cell_gives_the_lead_before_its_last_dash_and_the_timescale_after():
    preview = _preview(
        ("Action", "Responsibilities and timescales"),
        ("Open a drop-in clinic", "Health and Social Care - Partnership Board - March 2026"),
        ("Publish one helpline number", "Police Scotland – Ongoing"),
    )
    assert [(a.lead, a.timescale) for a in preview.draft.actions] == [
        ("Health and Social Care - Partnership Board", "March 2026"),
        ("Police Scotland", "Ongoing"),
    ]
    assert any("names who and when" in note for note in preview.notes)


def test_a_timescale_column_alone_keeps_its_dashes():
    preview = _preview(("Action", "Timescale"), ("Open a drop-in clinic", "Phase one - March 2026"))
    assert [(a.lead, a.timescale) for a in preview.draft.actions] == [("", "Phase one - March 2026")]


def test_no_dash_before_a_timescale_leaves_the_cell_whole():
    assert split_lead_and_date("Police Scotland - with the housing team") == (
        "",
        "Police Scotland - with the housing team",
    )
    assert split_lead_and_date("-" * 5 + " " + " - " * 10000) == ("", "-" * 5 + " " + " - " * 10000)
