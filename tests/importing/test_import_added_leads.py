"""A lead cell's line opened with "+" adds one more body to those named above it (invented plan)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from app.importing.text import read_lead_cell
from exports.importing.source import RawDocument, RawTable


def test_a_line_opened_with_a_plus_is_a_partner_of_its_own():
    cell = read_lead_cell("Board Manager\nSafeguarding Lead\n+ lead for each agency")
    assert (cell.lead, cell.partners) == ("Board Manager", ("Safeguarding Lead", "lead for each agency"))


def test_a_line_in_lower_case_with_no_plus_still_continues_the_name_above():
    cell = read_lead_cell("Head of Housing\noptions and advice")
    assert (cell.lead, cell.partners) == ("Head of Housing options and advice", ())


def _rows(*rows):
    rows = (("Action", "Lead person", "By when"), *rows)
    table = RawTable("plan.pdf", "page 1", 0, rows, tuple(range(1, len(rows) + 1)))
    return preview_document(RawDocument("plan.pdf", "pdf", "Plan", (table,), ()), ImportOptions()).draft.actions


def test_a_plus_line_on_the_part_of_a_row_cut_off_is_one_more_partner():
    (action,) = _rows(
        ("Develop a quality monitoring process for", "Maria Okafor", "January 2027"),
        ("compliance with standards by all partners", "+ lead for each agency", ""),
    )
    assert (action.lead, action.partners) == ("Maria Okafor", "lead for each agency")


def test_a_lead_name_cut_off_still_joins_the_name_above():
    (action,) = _rows(
        ("Develop a quality monitoring process for", "Head of Housing", "January 2027"),
        ("compliance with standards by all partners", "Services", ""),
    )
    assert action.lead == "Head of Housing Services"
