"""A sheet whose priorities are a column of their own, as an officer's copy lays them out (invented plans)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable


def _draft(*rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 1", 0, rows, tuple(range(1, len(rows) + 1)))
    return preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,), ()), ImportOptions()).draft


def test_a_column_headed_priority_names_each_rows_priority_with_no_objective_column():
    draft = _draft(
        ("Priority", "Key actions", "Responsibility", "Timescale"),
        ("Safer town centres", "Open a night-time hub in each town.", "Police", "April 2026"),
        ("Safer town centres", "Train door staff in first aid.", "Licensing", "March 2027"),
        ("Fewer repeat victims", "Review every repeat referral at MARAC.", "MARAC chair", "Ongoing"),
    )
    assert [p.title for p in draft.priorities] == ["Safer town centres", "Fewer repeat victims"]
    assert [o for p in draft.priorities for o in p.objectives] == []


def test_a_priority_cell_is_titled_as_its_heading_would_be_and_numbered_by_its_refs():
    # The heading "PATHWAY: Life Skills…" moved into a Priority column; the date line of the paper
    # above the headers is no priority, and the refs 8.1, 8.2 keep the priority at number 8.
    draft = _draft(
        ("Action plan to reduce re-offending", "", "", ""),
        ("March 2009", "", "", ""),
        ("Priority", "Ref", "What are we going to do?", "Who will lead?"),
        ("PATHWAY: Life Skills & Offending Behaviour", "8.1", "Identify the number of offenders.", "Probation"),
        ("PATHWAY: Life Skills & Offending Behaviour", "8.2", "Set local targets for programmes.", "Probation"),
    )
    assert [(p.code, p.title) for p in draft.priorities] == [("8", "Life Skills & Offending Behaviour")]
    assert [a.ref for a in draft.actions] == ["8.1", "8.2"]


def test_a_theme_column_alone_names_each_rows_priority():
    # Plans use "theme" for their top level (as "Theme 2: Safer streets" heads a table).
    for header in ("Theme", "Priority area"):
        draft = _draft(
            (header, "Key actions", "Responsibility", "Timescale"),
            ("Safer town centres", "Open a night-time hub in each town.", "Police", "April 2026"),
            ("Fewer repeat victims", "Review every repeat referral at MARAC.", "MARAC chair", "Ongoing"),
        )
        assert [p.title for p in draft.priorities] == ["Safer town centres", "Fewer repeat victims"]


def test_a_theme_column_under_numbered_priority_headings_names_their_objectives():
    # The table names its priorities in rows across it: the themes are the areas under them.
    draft = _draft(
        ("Theme", "Key actions", "Responsibility", "Timescale"),
        ("1. Safer streets", "", "", ""),
        ("Night-time economy", "Open a night-time hub in each town.", "Police", "April 2026"),
        ("Night-time economy", "Train door staff in first aid.", "Licensing", "March 2027"),
    )
    assert [p.title for p in draft.priorities] == ["Safer streets"]
    assert [o.text for p in draft.priorities for o in p.objectives] == ["Night-time economy"]


def test_the_plans_period_above_the_headers_is_no_priority_beside_a_priority_column():
    # "2019 – 2021 (2019 – 2020 Version)" under the title dates the paper: it took priority 1's
    # number, and the column's "1. Safer town centres" was lost under it.
    draft = _draft(
        ("Safer Streets Action Plan", "", "", ""),
        ("2019 – 2021 (2019 – 2020 Version)", "", "", ""),
        ("Priority", "Key actions", "Responsibility", "Timescale"),
        ("1. Safer town centres", "1.1 Open a night-time hub in each town.", "Police", "April 2026"),
        ("", "1.2 Train door staff in first aid.", "Licensing", "March 2027"),
        ("2. Fewer repeat victims", "2.1 Review every repeat referral at MARAC.", "MARAC chair", "Ongoing"),
    )
    assert [p.title for p in draft.priorities] == ["Safer town centres", "Fewer repeat victims"]
