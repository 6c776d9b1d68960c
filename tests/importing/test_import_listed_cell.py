"""An Action cell listing the actions a paragraph each, beside one lead and one date for them all
(invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

LISTED = "\n".join(
    (
        "Establish a consultation group in each town",
        "Agree local indicators to monitor progress",
        "Identify ways to improve communication between partners",
    )
)


def _preview(*rows):
    header = ("Action", "Due date", "Lead")
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_three_paragraphs_of_one_shape_are_three_actions_sharing_the_lead_and_date():
    draft = _preview((LISTED, "31 March 2018", "Community Justice Partners"))
    assert [(a.activity, a.lead, a.timescale) for a in draft.actions] == [
        ("Establish a consultation group in each town", "Community Justice Partners", "31 March 2018"),
        ("Agree local indicators to monitor progress", "Community Justice Partners", "31 March 2018"),
        ("Identify ways to improve communication between partners", "Community Justice Partners", "31 March 2018"),
    ]


def test_a_title_over_its_description_stays_one_action():
    cell = "MARAC review work\nSet up a review group to oversee delivery.\nReport each quarter on performance."
    draft = _preview((cell, "2019", "Police"))
    assert len(draft.actions) == 1


def test_an_action_and_its_update_stay_one_action():
    cell = "Hold a hate crime awareness week.\nUpdate – the week was held in October."
    draft = _preview((cell, "2019", "Police"))
    assert len(draft.actions) == 1
