"""Progress written under the action in its own cell ("Update – …") is the action's comments, not its
wording nor a second action (an invented quarterly return)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Objective", "Action", "Timescale", "Lead Officer / Agency")


def _draft(*rows):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_an_update_paragraph_under_the_action_is_its_comments_and_no_second_action():
    draft = _draft(
        (
            "Fewer hate incidents go unreported.",
            "Run a hate crime awareness week.\nUpdate – Held in October with twelve partners.",
            "Oct 2026",
            "Council\nPolice",
        ),
        ("", "Update the leaflet for victims.", "Dec 2026", "Council"),
    )
    assert [(a.activity, a.lead, a.partners, a.comments) for a in draft.actions] == [
        ("Run a hate crime awareness week.", "Council", "Police", "Update – Held in October with twelve partners."),
        ("Update the leaflet for victims.", "Council", "", ""),
    ]


def test_the_rest_of_an_update_cut_by_a_page_break_goes_on_in_the_comments():
    draft = _draft(
        (
            "Fewer hate incidents go unreported.",
            "Open two reporting centres.\nQ2 update: one opened in the library and a",
            "Dec 2026",
            "Council",
        ),
        ("", "second is planned for the market hall.", "", ""),
        ("", "Train staff at the centres.", "March 2027", "Police"),
    )
    assert [(a.activity, a.comments) for a in draft.actions] == [
        (
            "Open two reporting centres.",
            "Q2 update: one opened in the library and a second is planned for the market hall.",
        ),
        ("Train staff at the centres.", ""),
    ]


def test_the_rest_of_an_update_cut_mid_sentence_goes_on_in_the_comments_when_it_opens_with_a_capital():
    # The page cut between two words of a name: the rest starts "Awareness Week …", in the Action
    # column alone, after an update that stops without a sentence's end.
    draft = _draft(
        (
            "Fewer hate incidents go unreported.",
            "Publish the strategy.\nUpdate – Launched in July; we are also planning to publicise Hate Crime",
            "July 2026",
            "Council",
        ),
        ("", "Awareness Week in October. We have opened two reporting centres.", "", ""),
        ("", "Train staff at the centres.", "March 2027", "Police"),
    )
    assert [a.activity for a in draft.actions] == ["Publish the strategy.", "Train staff at the centres."]
    assert draft.actions[0].comments.endswith(
        "publicise Hate Crime Awareness Week in October. We have opened two reporting centres."
    )


def test_a_new_action_after_a_finished_update_stays_an_action_without_lead_or_timescale():
    draft = _draft(
        (
            "Fewer hate incidents go unreported.",
            "Publish the strategy.\nUpdate – Launched in July.",
            "July 2026",
            "Council",
        ),
        ("", "Review the reporting centres.", "", ""),
    )
    assert [a.activity for a in draft.actions] == ["Publish the strategy.", "Review the reporting centres."]
