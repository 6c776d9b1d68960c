"""A Resources column that only names organisations, in a plan with no Lead or Partners column: who
contributes to each action, read as its partners (invented plans)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable


def _preview(*rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 1", 0, rows, tuple(range(1, len(rows) + 1)))
    return preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,), ()), ImportOptions())


def test_a_resources_column_of_organisations_names_the_partners_with_no_lead_column():
    preview = _preview(
        ("Ref", "Action", "Resources", "Milestones or targets"),
        ("1", "Review the allocations policy.", "SDC, Registered Providers, Housing Forum.", "Report yearly"),
        ("2", "Open a young people's hostel.", "SDC; Homes England\nYMCA", "Agree a site"),
    )
    actions = preview.draft.actions
    assert [(a.lead, a.partners, a.resources) for a in actions] == [
        ("", "SDC, Registered Providers, Housing Forum", ""),
        ("", "SDC; Homes England; YMCA", ""),
    ]
    assert preview.tables[0].mapping.column_of("partners") == 2  # the wizard's drop-down says so
    assert "read as the partners" in preview.tables[0].reason


def test_a_resources_column_of_money_time_or_materials_stays_resources():
    cells = ("£5,000 from the PCC grant", "Officer Time", "Training Materials", "Existing budgets")
    for cell in (*cells, "Leaflets, Posters", "CCTV Cameras", "Volunteers"):
        actions = _preview(
            ("Ref", "Action", "Resources", "Milestones or targets"),
            ("1", "Review the allocations policy.", "Housing Forum", "Report yearly"),
            ("2", "Open a young people's hostel.", cell, "Agree a site"),
        ).draft.actions
        assert [(a.partners, a.resources) for a in actions] == [("", "Housing Forum"), ("", cell)]


def test_beside_a_lead_column_a_resources_column_of_names_stays_resources():
    actions = _preview(
        ("Ref", "Action", "Lead", "Resources"),
        ("1", "Review the allocations policy.", "Housing team", "Housing Forum, Registered Providers"),
    ).draft.actions
    assert [(a.lead, a.partners, a.resources) for a in actions] == [
        ("Housing team", "", "Housing Forum, Registered Providers")
    ]
