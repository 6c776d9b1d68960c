"""A ref list and an objective cell spread over the rows below them (a sheet pasted from a PDF),
each rule on an invented example."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")


def _plan(*rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 'Plan'", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)))
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())
    return preview.draft, preview.notes


def test_a_ref_list_spread_over_rows_with_actions_and_a_page_break_is_one_group():
    draft, notes = _plan(
        ("5.1 5.2", "Safer walking routes made", "Light the canal path from the station", "Highways", "March 2025"),
        ("5.4", "available to residents of", "to the market square", "", ""),
        ("5.6", "every ward", "Review the lighting of every underpass", "Highways", "June 2025"),
        HEADER,
        ("7.2", "", "Publish a map of the lit routes", "Comms Team", "July 2025"),
        ("", "", "Ask residents where they feel unsafe", "Comms Team", "May 2025"),
        ("3.1", "Fewer thefts from cars", "Run a lock-your-car campaign", "Police", "2025"),
    )
    spread = ["5.1", "5.2", "5.4", "5.6", "7.2"]
    assert [a.objective_refs for a in draft.actions] == [spread] * 4 + [["3.1"]]
    assert [a.activity for a in draft.actions][:2] == [
        "Light the canal path from the station to the market square",
        "Review the lighting of every underpass",
    ]
    whole = "Safer walking routes made available to residents of every ward"
    assert {a.outcome for a in draft.actions[:4]} == {whole}
    assert sum("continue the ref list of the rows above" in note for note in notes) == 2


def test_a_ref_under_a_list_with_an_objective_of_its_own_starts_its_own_group():
    draft, _ = _plan(
        ("5.1 5.2", "Safer walking routes", "Light the canal path", "Highways", "March 2025"),
        ("5.4", "Fewer people feel unsafe at night", "Review the lighting of every underpass", "Highways", "2025"),
    )
    assert [a.objective_refs for a in draft.actions] == [["5.1", "5.2"], ["5.4"]]


def test_a_ref_list_closed_by_an_ordinary_action_row_does_not_take_later_refs():
    draft, _ = _plan(
        ("5.1 5.2", "Safer walking routes", "Light the canal path", "Highways", "March 2025"),
        ("", "", "Review the lighting of every underpass", "Highways", "June 2025"),
        ("5.4", "", "Publish a map of the lit routes", "Comms Team", "July 2025"),
    )
    assert [a.objective_refs for a in draft.actions] == [["5.1", "5.2"], ["5.1", "5.2"], ["5.4"]]
