"""A sheet pasted from Word: a second table (measures) under the actions, and one Word row's Action
cell pasted a paragraph a row, the date and who manages them in the first row only (invented plan)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action", "Due Date", "Managed By")
ACTIONS = (
    "Set up local panels to hear what residents think of the service",
    "Agree local measures to track progress within the new model",
    "Publish a yearly account of what the partners have done",
)
MEASURES = (
    ("Outcome 2 measures", "", ""),
    ("Reporting Indicators", "", ""),
    ("Indicator Type", "Indicator", "Reporting Measure"),
    ("Quantitative", "Residents feeling safe", "Household survey results"),
    ("Contextual", "Attitudes to crime in the area", "Citizens panel findings"),
)


def _draft(rows, kind="xlsx"):
    rows = (("Justice Partnership Outcome 2:", "", ""), ("Residents trust the justice partners", "", ""), *rows)
    table = RawTable(f"plan.{kind}", "Sheet1", 0, rows, tuple(range(1, len(rows) + 1)), ("Sheet1",))
    return preview_document(RawDocument(f"plan.{kind}", kind, "Plan", (table,), ()), ImportOptions()).draft


def _pasted():
    return ((ACTIONS[0], "31 March 2027", "Justice Partners"), *((action, "", "") for action in ACTIONS[1:]))


def test_a_pasted_cell_a_paragraph_a_row_shares_the_first_rows_lead_and_date():
    draft = _draft((HEADER, *_pasted()))
    assert [(a.activity, a.lead, a.timescale) for a in draft.actions] == [
        (action, "Justice Partners", "31 March 2027") for action in ACTIONS
    ]


def test_the_measures_table_under_the_actions_is_no_actions():
    draft = _draft((HEADER, *_pasted(), *MEASURES), kind="csv")
    assert [a.activity for a in draft.actions] == list(ACTIONS)


def test_a_measures_header_alone_splits_rows_with_leads_of_their_own():
    rows = [(action, "31 March 2027", "Justice Partners") for action in ACTIONS]
    draft = _draft((HEADER, *rows, *MEASURES))
    assert [a.activity for a in draft.actions] == list(ACTIONS)


def test_leads_left_blank_as_the_plan_goes_stay_blank():
    rows = (
        (ACTIONS[0], "31 March 2027", "Justice Partners"),
        (ACTIONS[1], "", ""),
        (ACTIONS[2], "", ""),
        ("Review the partnership's training offer for all staff", "June 2027", "Training Lead"),
        ("Map the services offered to families across the area", "", ""),
    )
    draft = _draft((HEADER, *rows))
    assert [a.lead for a in draft.actions].count("Justice Partners") == 1  # the rows are read as before


def test_a_word_table_is_left_as_it_is():
    draft = _draft((HEADER, *_pasted()), kind="docx")
    assert [a.lead for a in draft.actions].count("Justice Partners") == 1  # Word's rows are Word's
