"""Two headings above a table, each its label and number on a line and its words on the next
(invented plan, laid out as Scottish community justice plans are)."""

from app.importing.label_lines import labelled_levels
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

SECTION = "Better access to the services people need"
OUTCOME = "Improve access to housing on release"
ABOVE = ("Our Strategy Section 2", SECTION, "Our Community Justice Outcome 3:", OUTCOME)
HEADER = ("Action", "Due date", "Lead")
ROWS = (("Agree a housing protocol with the prison", "March 2026", "Council"),)


def _draft(above):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *ROWS), (1, 2), above)
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), above), ImportOptions()).draft


def test_the_section_is_the_priority_and_the_outcome_the_objective_of_the_rows():
    draft = _draft(ABOVE)
    assert [p.title for p in draft.priorities] == [SECTION]
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [objectives[a.objective_refs[0]] for a in draft.actions] == [OUTCOME]


def test_a_sheet_pasted_whole_reads_the_same_headings():
    rows = (("Plan",) + ("",) * 2, *((line, "", "") for line in ABOVE), HEADER, *ROWS)
    table = RawTable("plan.xlsx", "Sheet1", 0, rows, tuple(range(1, len(rows) + 1)))
    draft = preview_document(RawDocument("plan.xlsx", "xlsx", "", (table,), ()), ImportOptions()).draft
    assert [p.title for p in draft.priorities] == [SECTION]
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [objectives[a.objective_refs[0]] for a in draft.actions] == [OUTCOME]


def test_two_labels_of_the_same_word_are_not_two_levels():
    assert labelled_levels(("Outcome 1:", SECTION, "Outcome 2:", OUTCOME)) is None
    assert labelled_levels(ABOVE) == (("2", SECTION), ("3", OUTCOME))
