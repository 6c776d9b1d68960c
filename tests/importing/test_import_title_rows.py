"""A theme written as a row across a table whose first column is the activity (invented plans)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Key actions", "Outcome", "Responsibility", "Timescale")


def _read(*rows: tuple[str, ...]):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)))
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())
    return [p.title for p in preview.draft.priorities], [a.activity for a in preview.draft.actions]


def test_a_theme_row_in_the_activity_column_names_the_priority_and_is_no_action():
    titles, actions = _read(
        ("Safer town centres", "", "", ""),
        ("Open a night-time hub in each town.", "Fewer assaults at night", "Police", "From April 2026"),
        ("Train door staff in first aid.", "Fewer injuries", "Licensing", "March 2027"),
    )
    assert titles == ["Safer town centres"]
    assert actions == ["Open a night-time hub in each town.", "Train door staff in first aid."]


def test_a_short_action_with_no_lead_stays_an_action_where_other_actions_stand_alone_too():
    titles, actions = _read(
        ("Review the partnership plan", "", "", ""),
        ("Publish the annual report to the community safety board.", "", "", ""),
        ("Open a night-time hub in each town.", "Fewer assaults at night", "Police", "From April 2026"),
    )
    assert "Review the partnership plan" not in titles
    assert actions[0] == "Review the partnership plan"


def test_a_theme_row_names_the_priority_when_a_copy_puts_the_lead_or_timescale_column_first():
    # Columns moved in an officer's copy: the theme row's one cell now sits in the Lead (or
    # Timescale) column, which no action leaves standing alone.
    for moved in ("Responsibility", "Timescale"):
        at = HEADER.index(moved)
        order = [at, *(c for c in range(len(HEADER)) if c != at)]
        rows = [
            ("Safer town centres", "", "", ""),
            ("Open a night-time hub in each town.", "Fewer assaults at night", "Police", "From April 2026"),
            ("Train door staff in first aid.", "Fewer injuries", "Licensing", "March 2027"),
        ]
        moved_rows = [rows[0], *(tuple(row[c] for c in order) for row in rows[1:])]
        table = RawTable("plan.docx", "table 1", 0, (tuple(HEADER[c] for c in order), *moved_rows), tuple(range(1, 5)))
        preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())
        assert [p.title for p in preview.draft.priorities] == ["Safer town centres"]
        assert [a.activity for a in preview.draft.actions] == [
            "Open a night-time hub in each town.",
            "Train door staff in first aid.",
        ]


def test_a_second_title_line_above_a_sheets_headers_naming_the_plan_is_no_priority():
    # The partnership on one line, the plan on the next, then the headers: both are titles, so the
    # actions keep their own numbers under no priority.
    for plan_line in ("Appendix B - Safer Streets Partnership Action Plan", "Prevent delivery plan March 2026"):
        table = RawTable(
            "plan.xlsx",
            "sheet 1",
            0,
            (
                ("Northtown Community Safety Partnership", "", ""),
                ("", "", ""),
                (plan_line, "", ""),
                ("No.", "Action", "Lead"),
                ("1", "Open a night-time hub in each town.", "Police"),
                ("2", "Train door staff in first aid.", "Licensing"),
            ),
            tuple(range(1, 7)),
        )
        preview = preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,), ()), ImportOptions())
        assert preview.draft.priorities == []
        assert [a.ref for a in preview.draft.actions] == ["1", "2"]


def _read_under(*preceding: str, heading: str = ""):
    table = RawTable(
        "plan.docx",
        "table 1",
        0,
        (HEADER, ("Open a night-time hub in each town.", "Fewer assaults at night", "Police", "From April 2026")),
        (1, 2),
        preceding=preceding,
        heading=heading,
    )
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), preceding), ImportOptions())
    return [p.title for p in preview.draft.priorities]


def test_a_bold_title_and_date_above_a_word_table_are_no_priority():
    # A copy retitled for a meeting: the plan's name and its date in bold above the table.
    titles = _read_under("Community Safety Partnership – Delivery Plan", "December 2026", heading="December 2026")
    assert "December 2026" not in titles
    assert "Community Safety Partnership – Delivery Plan" not in titles


def test_a_priority_named_above_a_bold_title_block_still_heads_the_table():
    # The page header's pathway (read first), then the copy's title block in the body.
    titles = _read_under(
        "PATHWAY: Safer town centres",
        "Community Safety Partnership – Delivery Plan",
        "December 2026",
        heading="December 2026",
    )
    assert titles == ["Safer town centres"]


def test_a_bold_heading_in_words_right_above_a_table_still_names_its_priority():
    assert _read_under("Safer town centres", heading="Safer town centres") == ["Safer town centres"]
