"""A lead cell's line opened with "+" adds one more body to those named above it (invented plan)."""

from __future__ import annotations

from app.importing.text import read_lead_cell


def test_a_line_opened_with_a_plus_is_a_partner_of_its_own():
    cell = read_lead_cell("Board Manager\nSafeguarding Lead\n+ lead for each agency")
    assert (cell.lead, cell.partners) == ("Board Manager", ("Safeguarding Lead", "lead for each agency"))


def test_a_line_in_lower_case_with_no_plus_still_continues_the_name_above():
    cell = read_lead_cell("Head of Housing\noptions and advice")
    assert (cell.lead, cell.partners) == ("Head of Housing options and advice", ())
