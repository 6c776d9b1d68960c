"""A row of one line starting mid-sentence: the rest of the cell above that a page cut (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Action", "Lead", "Target date", "Progress")


def _draft(*rows):
    table = RawTable("plan.pdf", "table 1 (pages 1-2)", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft


def test_the_rest_of_a_progress_cell_cut_by_the_page_goes_on_in_the_progress_not_the_action():
    draft = _draft(
        (
            "1.1",
            "Raise completion of assessments to 98%.",
            "Operations Managers",
            "March 2013",
            "Done. In 8 cases the delay was due to young",
        ),
        ("", "", "", "", "people missing appointments."),
        ("1.2", "Review the target with the board.", "YOS Manager", "June 2013", "Not started."),
        ("", "", "and the courts", "", ""),
    )
    first, second = draft.actions
    assert first.activity == "Raise completion of assessments to 98%."
    assert "due to young people missing appointments." in first.comments
    # a pasted line in a short cell (a lead is no sentence a page cut) still goes on with the action
    assert second.activity == "Review the target with the board. and the courts"
