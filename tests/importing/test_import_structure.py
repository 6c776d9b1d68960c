"""Plan structure read across whole tables, each rule on an invented example (never one plan's row)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable


def _draft(header: tuple[str, ...], *rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 'Plan'", 0, (header, *rows), tuple(range(1, len(rows) + 2)))
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())
    return preview.draft, preview.notes, preview.rows


def test_a_ref_column_giving_every_action_its_own_two_part_ref_numbers_the_actions():
    draft, notes, rows = _draft(
        ("Ref", "Action", "Lead officer", "Partners", "Target date"),
        ("3.1", "Open a youth hub", "Youth Service", "Police\nSchools", "2025"),
        ("3.2", "Run holiday activities", "Leisure", "", "2026"),
        ("4.1", "Fund a knife bin", "Police", "", "2025"),
    )
    assert [(a.ref, a.objective_refs) for a in draft.actions] == [("3.1", ["3.1"]), ("3.2", ["3.2"]), ("4.1", ["4.1"])]
    assert draft.actions[0].partners == "Police; Schools"
    assert any("a ref of its own" in note for note in notes)
    assert [row.made for row in rows if row.made][:3] == ["3.1", "3.2", "4.1"]


def test_refs_that_head_groups_of_actions_stay_objective_refs():
    draft, _, _ = _draft(
        ("Ref", "Action", "Lead", "Target date"),
        ("3.1", "Open a youth hub", "Youth Service", "2025"),
        ("", "Run holiday activities", "Leisure", "2026"),
    )
    assert [(a.ref, a.objective_refs) for a in draft.actions] == [("3.1.1", ["3.1"]), ("3.1.2", ["3.1"])]
