"""Page numbers and stray figures in lead cells are not leads, on invented examples."""

from __future__ import annotations

import pytest

from app.importing.lead_cells import is_debris
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Action", "Lead", "Partners", "By when")


def _plan(*rows: tuple[str, ...]):
    table = RawTable("plan.csv", "sheet 'plan'", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)))
    preview = preview_document(RawDocument("plan.csv", "csv", "Plan", (table,)), ImportOptions())
    return preview.draft, preview.notes


@pytest.mark.parametrize("line", ["Page 3", "page 12 of 40", "3 of 10", "12", "0-6-70", "p. 4"])
def test_page_numbers_and_figures_are_debris(line):
    assert is_debris(line)


@pytest.mark.parametrize("line", ["Police", "1.2.1 1.2.2", "01/04/2021", "2021", "TBC", "-", "Team 2", "999 Control"])
def test_names_refs_dates_and_markers_are_not_debris(line):
    assert not is_debris(line)


def test_figures_in_the_lead_cell_of_a_row_run_on_from_above_do_not_join_the_lead():
    draft, notes = _plan(
        ("4.1", "Offer every school a briefing on the new", "Schools Liaison", "", "May 2025"),
        ("", "referral route", "2-14-33", "", ""),
    )
    [action] = draft.actions
    assert (action.activity, action.lead) == (
        "Offer every school a briefing on the new referral route",
        "Schools Liaison",
    )
    assert any("'2-14-33' in the lead cell names no one" in note for note in notes)


def test_a_page_number_under_the_lead_or_alone_in_the_cell_is_no_lead_or_partner():
    draft, _ = _plan(
        ("4.1", "Open a drop-in at the library", "Youth Service\nPage 3", "Police\n7", "May 2025"),
        ("4.2", "Run a summer football league", "12", "", "June 2025"),
    )
    assert [(a.lead, a.partners) for a in draft.actions] == [("Youth Service", "Police"), ("", "")]


def test_a_lead_cell_of_refs_still_means_no_lead_with_its_words_kept():
    draft, _ = _plan(("4.1", "Open a drop-in at the library", "4.1.1 4.1.2", "", "May 2025"))
    assert draft.actions[0].lead == "" and "4.1.1 4.1.2" in draft.actions[0].comments
