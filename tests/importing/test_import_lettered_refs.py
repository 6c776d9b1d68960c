"""Actions lettered in their own cell under a numbered recommendation ("(1a) Raise…"), as inspection
improvement plans are laid out (invented plan)."""

from app.importing.led_refs import leading_ref
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref No", "Area requiring improvement", "Action Required", "Planned Completion Date", "Lead Officer")


def _draft(*rows):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_a_lettered_number_opening_the_action_cell_is_its_ref_beside_the_recommendations_number():
    draft = _draft(
        ("1", "Timeliness of assessments", "(1a) Raise completion to 98%.", "March 2013", "Operations Managers"),
        ("", "", "(1b) Send weekly reports to managers.", "January 2013", "YOS Information Officer"),
        ("2", "Quality of plans", "2a) Audit ten plans a month.", "April 2013", "Team Managers"),
    )
    assert [(a.ref, a.activity) for a in draft.actions] == [
        ("1a", "Raise completion to 98%."),
        ("1b", "Send weekly reports to managers."),
        ("2a", "Audit ten plans a month."),
    ]


def test_a_lettered_number_is_wording_when_it_is_not_the_rows_number_or_not_in_brackets():
    assert leading_ref("(2a) Raise completion", "1") is None  # another recommendation's number
    assert leading_ref("4x4 Vehicles to patrol the moor") is None
    assert leading_ref("1st April: launch the scheme", "") is None
    assert leading_ref("(1b) Send reports\n(1c) Audit supervision notes", "") is None  # two actions in one cell
    assert leading_ref("(3c) Train door staff", None) == ("3c", "Train door staff")
    assert leading_ref("1.1 Map services", "1") is None  # a two-part number only with no Ref column, as before
