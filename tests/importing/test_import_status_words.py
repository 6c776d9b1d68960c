"""RAG and status cells as councils write them, on an invented example: read as the app's statuses,
the council's words kept in the comments whenever they were reinterpreted."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from app.importing.status_words import read_status
from exports.importing.source import RawDocument, RawTable
from models import Status


def _preview(rows, header):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), (), (), {})
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_rag_words_as_councils_write_them_become_statuses_with_the_words_kept():
    written = ("In Progress (amber)", "Complete (green)", "Red", "A/G", "On track", "n/a")
    rows = tuple((f"6.1.{n}", f"Action number {n} for the parks", "Parks Service", s) for n, s in enumerate(written))
    preview = _preview(rows, header=("Ref", "Action", "Lead", "RAG Rating"))
    actions = preview.draft.actions
    assert [a.status for a in actions] == ["At risk", "Complete", "Off track", "At risk", "On track", "Not started"]
    assert [a.comments for a in actions] == [
        "RAG as written: In Progress (amber)",
        "RAG as written: Complete (green)",
        "",
        "RAG as written: A/G",
        "",
        "",
    ]
    assert any("'In Progress (amber)' read as At risk" in note for note in preview.notes)
    assert any("'n/a' is not one Delivery Desk knows" in note for note in preview.notes)


def test_a_negated_state_is_not_that_state():
    assert read_status("Not complete (red)")[0] is Status.OFF_TRACK
    assert read_status("Not yet started")[0] is Status.NOT_STARTED
