"""Actions sorted by type, the type on a line of its own over the numbered action in its cell, as rough
sleeping action plans are laid out (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Actions", "Due date", "Who", "Evidencing success")


def _preview(*rows, paragraphs=()):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), paragraphs)
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), paragraphs), ImportOptions())


def test_the_number_under_the_actions_type_is_its_ref_and_the_type_goes_to_its_comments():
    draft = _preview(
        ("Prevention\n1.1: Agree a hospital discharge protocol", "April 2023", "RSMT", "No street discharges"),
        ("Early Intervention\n1.2 Fund two outreach posts", "June 2023", "RSOT", "Contact within a day"),
    ).draft
    assert [(a.ref, a.activity, a.comments) for a in draft.actions] == [
        ("1.1", "Agree a hospital discharge protocol", "Prevention"),
        ("1.2", "Fund two outreach posts", "Early Intervention"),
    ]


def test_a_first_line_that_is_a_sentence_or_has_no_number_under_it_stays_wording():
    draft = _preview(
        ("Review the offer.\n1.1 Map the beds", "April 2023", "RSMT", ""),
        ("Prevention\nAgree a protocol with the hospital", "April 2023", "RSMT", ""),
    ).draft
    assert [(a.ref, a.activity.split("\n")[0]) for a in draft.actions] == [
        (draft.actions[0].ref, "Review the offer."),
        (draft.actions[1].ref, "Prevention"),
    ]
    assert "1.1" not in {a.ref for a in draft.actions}
