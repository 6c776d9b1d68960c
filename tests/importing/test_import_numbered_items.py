"""A table with no header row: each numbered thing to consider beside what the partnership has
done on it (invented plan)."""

import pytest

from app.importing.service import ImportOptions, preview_document
from exports.importing import PlanFileError
from exports.importing.source import RawDocument, RawTable

ROWS = (
    ("1. identification of victims early, through risk assessment conferences", "Conference now meets monthly."),
    ("2. building on this, intervening early with those at risk of violence", "Co-ordinator in post."),
    ("3. Targeting the causes of serious violence", "Data sharing agreed."),
)


def _draft(rows, above=()):
    table = RawTable("plan.docx", "table 1", 0, (*above, *rows), tuple(range(1, len(above) + len(rows) + 1)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_the_numbered_column_is_the_actions_their_numbers_refs_the_column_beside_their_progress():
    draft = _draft(ROWS)
    assert [(a.ref, a.activity, a.comments) for a in draft.actions] == [
        ("1", "identification of victims early, through risk assessment conferences", "Conference now meets monthly."),
        ("2", "building on this, intervening early with those at risk of violence", "Co-ordinator in post."),
        ("3", "Targeting the causes of serious violence", "Data sharing agreed."),
    ]


def test_lines_of_a_pasted_sheet_above_the_items_stay_above_them():
    draft = _draft(ROWS, above=(("Serious violence", ""), ("Partnerships should consider:", "")))
    assert [a.ref for a in draft.actions] == ["1", "2", "3"]


def test_numbers_out_of_order_are_not_a_numbered_list():
    rows = (ROWS[1], ROWS[0])
    table = RawTable("plan.docx", "table 1", 0, rows, (1, 2), ())
    with pytest.raises(PlanFileError):
        preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_numbered_entries_beside_page_numbers_are_a_contents_table_not_items():
    contents = RawTable(
        "plan.docx", "table 1", 0, (("1. Introduction", "3"), ("2. Our priorities", "Page 5")), (1, 2), ()
    )
    rows = (("Ref", "Action", "Lead"), ("1.1", "Run a campaign in schools", "Police"))
    plan = RawTable("plan.docx", "table 2", 1, rows, (1, 2), ())
    document = RawDocument("plan.docx", "docx", "Plan", (contents, plan), ())
    draft = preview_document(document, ImportOptions()).draft
    assert [a.activity for a in draft.actions] == ["Run a campaign in schools"]
