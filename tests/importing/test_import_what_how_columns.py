"""A plan written as questions: "What will we do" once for the steps "How will we do it" under it
(invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

WHAT = "We will make it easier to ask for help early"
OTHER = "We will reach people who have never asked"


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_the_hows_are_the_actions_and_the_what_they_serve_their_objective():
    draft = _preview(
        ("What will we do", "How will we do it", "Lead", "By when"),
        (WHAT, "Open a drop-in clinic in each town", "Health Trust", "March 2026"),
        (WHAT, "Publish one number for all services", "Council", "June 2026"),
        (OTHER, "Train outreach workers in motivational work", "Police", "2027"),
    )
    assert [a.activity for a in draft.actions] == [
        "Open a drop-in clinic in each town",
        "Publish one number for all services",
        "Train outreach workers in motivational work",
    ]
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [objectives[a.objective_refs[0]] for a in draft.actions] == [WHAT, WHAT, OTHER]


def test_a_what_column_alone_is_still_the_actions():
    draft = _preview(
        ("What will we do", "How will we know", "Lead"),
        ("Open a drop-in clinic in each town", "Visits counted", "Health Trust"),
    )
    assert [(a.activity, a.evidence) for a in draft.actions] == [
        ("Open a drop-in clinic in each town", "Visits counted")
    ]
