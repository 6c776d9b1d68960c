"""The rest of a row a page cut, when its first word is capitalised (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action", "Lead", "Partners", "By When", "How will we measure success", "Resource")


def _draft(*rows):
    table = RawTable("plan.pdf", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft


def test_the_rest_of_a_cut_row_joins_it_even_when_its_first_word_is_capitalised():
    draft = _draft(
        ("1.1. Collect data from the Youth Hub on Drug", "Public Health", "Police", "Nov 2006", "Inform testing,", ""),
        ("Misuse", "", "", "", "establish a baseline", ""),
        ("1.2. Agree a referral route", "Council", "", "Jan 2007", "Route agreed", "Staff time"),
    )
    assert [(a.ref, a.activity, a.lead, a.evidence) for a in draft.actions] == [
        (
            "1.1",
            "Collect data from the Youth Hub on Drug Misuse",
            "Public Health",
            "Inform testing, establish a baseline",
        ),
        ("1.2", "Agree a referral route", "Council", "Route agreed"),
    ]


def test_a_short_new_action_stays_an_action():
    draft = _draft(
        ("1.1. Run the awareness week.", "Council", "", "Nov 2006", "Week held", ""),
        ("Hold a debrief", "", "", "", "notes shared", ""),  # the action above ends its sentence
        ("Review the data", "Police", "", "", "quarterly report", ""),  # it names a lead of its own
    )
    assert [a.activity for a in draft.actions] == ["Run the awareness week.", "Hold a debrief", "Review the data"]
