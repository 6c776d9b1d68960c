"""A label and its value between a sheet's priority line and its header row (invented plans)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action", "Lead", "Timescale")
ROWS = (
    ("Open a recovery cafe in each town.", "Recovery Service", "March 2027"),
    ("Train GPs to refer to peer support.", "NHS Board", "June 2027"),
)


def _titles(*above: str):
    width = len(HEADER)
    rows = (*((line,) + ("",) * (width - 1) for line in above), HEADER, *ROWS)
    table = RawTable("plan.xlsx", "Sheet1", 0, rows, tuple(range(1, len(rows) + 1)))
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "", (table,), ()), ImportOptions())
    return [p.title for p in preview.draft.priorities]


def test_the_value_under_a_label_is_no_heading_and_the_priority_line_above_heads_the_rows():
    titles = _titles(
        "Alcohol and Drug Partnership Delivery Plan",
        "Priority 2 - Recovery",
        "Key outcome:",
        "More people recover from problem drug use.",
    )
    assert titles == ["Recovery"]


def test_a_heading_under_no_label_still_heads_the_rows():
    titles = _titles("Alcohol and Drug Partnership Delivery Plan", "Notes", "Safer town centres")
    assert titles == ["Safer town centres"]
