"""In a narrow PDF Lead column two bodies one a line print as one name wrapped; a body the table
writes whole in another cell tells them apart (invented plans printed by reportlab's table layout,
which wraps a cell's paragraphs greedily as Word does)."""

from __future__ import annotations

from test_import_pdf_item_starts import _plan_pdf, _printed_lines

from app.importing.service import preview_import
from exports.importing.pdf_reader import read_pdf
from exports.importing.whole_names import names_seen_whole

WIDTH = 72.8
ROWS = [
    ("1.1", "Agree the cohesion indicator", "Stockton Renaissance", "2009"),
    ("1.2", "Report progress on the indicator", "Stockton Renaissance\nChildren Trust Board", "2009"),
    ("1.3", "Publish the cohesion plan", "Stockton Renaissance", "2009"),
    ("1.4", "Map the community groups", "Local Partnership Delivery Group", "2009"),  # one name, wrapped
]


def test_a_line_the_table_writes_whole_elsewhere_ends_a_name_a_narrow_column_wrapped(tmp_path):
    # the layout cannot tell: "Children" would not have fitted after "Renaissance" either way
    assert _printed_lines("Stockton Renaissance Children Trust Board", WIDTH) == _printed_lines(ROWS[1][2], WIDTH)
    (table,) = read_pdf(_plan_pdf(tmp_path / "plan.pdf", ROWS, WIDTH)).tables
    assert table.rows[1:] == tuple(ROWS)
    preview = preview_import(tmp_path / "plan.pdf")
    assert [(a.lead, a.partners) for a in preview.draft.actions] == [
        ("Stockton Renaissance", ""),
        ("Stockton Renaissance", "Children Trust Board"),
        ("Stockton Renaissance", ""),
        ("Local Partnership Delivery Group", ""),
    ]


def test_lines_joined_into_a_name_written_whole_elsewhere_stay_one_name():
    header = ("Action", "Lead")
    rows = [header, ("Agree the plan", "Youth Offending Service"), ("Train the staff", "Youth Offending Service")]
    wraps = [((), ()), ((), (5,)), ((), (5, 15))]  # "Youth" / "Offending" / "Service", each wrapped
    assert names_seen_whole(rows, wraps) == rows  # "Youth" / "Service" seen nowhere else: one name


def test_a_wrap_inside_a_sentence_is_never_a_break():
    rows = [
        ("Action", "Lead"),
        ("Ask the Police to brief Stockton Renaissance and the Children Trust Board", "Police"),
        ("Agree the plan", "Stockton Renaissance"),
    ]
    wraps = [((), ()), ((15,), ()), ((), ())]  # "Ask the Police" / "to brief…": a sentence, long
    assert names_seen_whole(rows, wraps) == rows
