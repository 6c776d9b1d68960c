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


def test_one_action_described_in_sentences_stays_one_action():
    cell = (
        "Develop a county-wide hate crime reporting app for victims.\n"
        "The app will let victims report incidents anonymously.\n"
        "It will be launched at the partnership conference in May."
    )
    draft = _preview((cell, "May 2024", "Community Safety Team"))
    assert len(draft.actions) == 1


def test_an_action_and_what_will_happen_stay_one_action():
    cell = (
        "Commission a domestic abuse perpetrator programme\n"
        "This will be delivered by an external provider\n"
        "Referrals will come from police and probation"
    )
    draft = _preview((cell, "2024", "Police"))
    assert len(draft.actions) == 1


def test_statements_of_one_shape_are_still_a_list():
    cell = (
        "The council will run a consultation in each town\n"
        "The police will agree local indicators with residents\n"
        "Partners will share data through the new hub"
    )
    draft = _preview((cell, "2024", "Police"))
    assert len(draft.actions) == 3
