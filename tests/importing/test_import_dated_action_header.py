"""Headers that open with the action but name something else of it: "Action Due Date" is when the
action is due, "Managed By" who answers for it (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.headers import field_for_header
from exports.importing.source import RawDocument, RawTable


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_an_action_due_date_column_is_the_timescale_not_a_second_action_column():
    draft = _preview(
        ("Action", "Action Due Date", "Lead"),
        ("Open a drop-in clinic in each town", "31 March 2018", "Health Trust"),
        ("Publish one number for all services", "30 June 2018", "Council"),
    )
    assert [(a.activity, a.timescale) for a in draft.actions] == [
        ("Open a drop-in clinic in each town", "31 March 2018"),
        ("Publish one number for all services", "30 June 2018"),
    ]


def test_headers_opening_with_the_action_keep_their_own_meaning_otherwise():
    assert field_for_header("Action Target Date") == "timescale"
    assert field_for_header("Action required") == "activity"
    assert field_for_header("Actions to date") == "comments"


def test_a_managed_by_column_is_the_lead():
    draft = _preview(
        ("Action", "Due date", "Managed By"),
        ("Open a drop-in clinic in each town", "31 March 2018", "Community Justice Partners"),
    )
    assert [(a.activity, a.lead) for a in draft.actions] == [
        ("Open a drop-in clinic in each town", "Community Justice Partners")
    ]
