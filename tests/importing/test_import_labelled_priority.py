"""A priority written after a label ("Priority area for the people who use our services: 1. Finding
the right accommodation"), as rough sleeping action plans head their tables (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from app.importing.text import parse_priority_heading
from exports.importing.source import RawDocument, RawTable

HEADER = ("Actions", "Due date", "Who", "Evidencing success")


def _preview(*rows, paragraphs=()):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), paragraphs)
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), paragraphs), ImportOptions())


def test_a_priority_numbered_after_its_label_is_that_numbered_priority():
    preview = _preview(
        ("Prevention\n1.1: Agree a hospital discharge protocol", "April 2023", "RSMT", ""),
        paragraphs=("Priority area for the people who use our services: 1. Finding the right accommodation",),
    )
    assert [(p.code, p.title) for p in preview.draft.priorities] == [("1", "Finding the right accommodation")]


def test_a_label_of_a_detail_is_no_priority():
    assert parse_priority_heading("Priority owner: 2. Housing Options Manager") is None
    assert parse_priority_heading("Outcome for residents: 12 months of support") is None
    assert parse_priority_heading("Theme for our tenants: 2) Safer streets") == ("2", "Safer streets")
