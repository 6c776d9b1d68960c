"""A numbered "priority action" heading under the priority it serves, the plan's paragraphs between
it and the table (invented plan)."""

from __future__ import annotations

from app.importing.priority_actions import priority_action
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

ROWS = (
    ("1. identification of victims early, through risk assessment conferences", "Conference now meets monthly."),
    ("2. building on this, intervening early with those at risk of violence", "Co-ordinator in post."),
)
PROSE = (
    "The most harmful crimes are those in which people are hurt. Protecting the public begins here.",
    "What does it mean for partnerships?",
    "In line with local priorities, partnerships should consider:",
)


def _draft(preceding=(), rows=ROWS, header=()):
    rows = (*header, *rows)
    table = RawTable("plan.docx", "table 1", 0, rows, tuple(range(1, len(rows) + 1)), tuple(preceding))
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_the_heading_above_names_the_priority_the_priority_action_the_objective():
    draft = _draft(("KEEP TOWNS SAFER (PSA 9)", "PRIORITY ACTION 2: CUT KNIFE CRIME", *PROSE))
    assert [(p.title, [o.text for o in p.objectives]) for p in draft.priorities] == [
        ("KEEP TOWNS SAFER (PSA 9)", ["CUT KNIFE CRIME"])
    ]
    objective = draft.priorities[0].objectives[0].ref
    assert [(a.ref, a.objective_refs) for a in draft.actions] == [("1", [objective]), ("2", [objective])]


def test_with_no_heading_above_the_priority_action_is_the_priority():
    draft = _draft(("The plan's opening paragraph ends here.", "Priority action 3 – Cut knife crime", *PROSE))
    assert [(p.code, p.title) for p in draft.priorities] == [("3", "Cut knife crime")]


def test_a_sheet_pasted_whole_reads_the_same_lines_above_its_rows():
    lines = ("Safer Towns Plan", "Keep towns safer", "Priority Action 1: Cut knife crime", *PROSE)
    above = [(line, "") for line in lines]
    draft = _draft(rows=ROWS, header=above)
    assert [(p.title, [o.text for o in p.objectives]) for p in draft.priorities] == [
        ("Keep towns safer", ["Cut knife crime"])
    ]


def test_a_line_that_is_no_prose_after_the_heading_ends_the_search():
    assert priority_action(("Priority action 1: Cut knife crime", "Partnership delivery")) is None
    assert priority_action(("Priority action 1: Cut knife crime", *PROSE)) == ("", "1", "Cut knife crime")


def test_prose_a_pdf_broke_into_lines_is_passed_over_too():
    lines = (
        "Priority action 1: Cut knife crime",
        "The most harmful crimes are those in which people are hurt, and all local agencies in every",
        "area can be expected to prioritise them.",
        "Partnerships should consider:",
    )
    assert priority_action(lines) == ("", "1", "Cut knife crime")
