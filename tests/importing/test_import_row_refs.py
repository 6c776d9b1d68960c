"""A Ref column numbering each row once keeps its refs as written, however many rows a table holds
(invented plan, as a page break leaves it: one row in the first table, two in the next)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref No", "Objective", "Action", "Delivery Led By")


def _table(index, *rows):
    return RawTable("plan.docx", f"table {index + 1}", index, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())


def test_a_table_of_one_numbered_row_keeps_its_ref_as_a_table_of_several_does():
    first = _table(0, ("1.1", "Support the health partnership", "Engage with the partnership", "Health Officer"))
    second = _table(
        1,
        ("2.1", "Reduce anti-social behaviour", "Run weekend patrols", "Police"),
        ("2.2", "Reduce fly-tipping", "Clear reported sites within a week", "Environment Team"),
    )
    document = RawDocument("plan.docx", "docx", "Plan", (first, second), ())
    draft = preview_document(document, ImportOptions()).draft
    assert [(a.ref, a.objective_refs) for a in draft.actions] == [("1.1", ["1.1"]), ("2.1", ["2.1"]), ("2.2", ["2.2"])]
