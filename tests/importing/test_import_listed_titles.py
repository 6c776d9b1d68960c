"""A heading with its number only ("Objective 1") under a list of the plan's objectives (invented
plans): titled by the list's item of that number."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action", "Responsible Agency", "Timescales")
ROW = ("Run a campaign on proxy purchasing", "Trading Standards", "March 2027")
OBJECTIVES = (
    "• Reduce alcohol related harm to young people and families.",
    "• Reduce alcohol related hospital admissions.",
)


def _titles(*paragraphs: str) -> list[tuple[str, str]]:
    """(code, title) of each priority of a Word plan whose paragraphs end right above its one table."""
    table = RawTable("plan.docx", "table 1", 0, (HEADER, ROW), (1, 2), paragraphs, heading=paragraphs[-1])
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), paragraphs), ImportOptions())
    return [(p.code, p.title) for p in preview.draft.priorities]


def test_an_objective_numbered_only_is_titled_by_its_item_in_the_list_of_objectives_above():
    assert _titles("Draft Objectives/Action Plan - Alcohol", *OBJECTIVES, "Objective 1") == [
        ("1", "Reduce alcohol related harm to young people and families.")
    ]
    assert _titles("Our objectives are:", *OBJECTIVES, "Objective 2") == [
        ("2", "Reduce alcohol related hospital admissions.")
    ]


def test_a_priority_numbered_only_is_titled_by_a_list_of_priorities():
    assert _titles("Our priorities", "• Safer streets at night", "• Less reoffending", "Priority 2:") == [
        ("2", "Less reoffending")
    ]


def test_only_a_list_that_names_the_headings_titles_them():
    assert _titles("Objectives", *OBJECTIVES, "Objective 1") == [("1", OBJECTIVES[0][2:])]
    # the indicators listed above the table are not the objectives: the heading stays untitled
    assert _titles("Performance measures:", *OBJECTIVES, "Objective 1") == [("1", "Priority 1")]


def test_only_a_number_the_list_reaches_is_titled():
    assert _titles("Our objectives are:", *OBJECTIVES, "Objective 2") == [("2", OBJECTIVES[1][2:])]
    assert _titles("Our objectives are:", *OBJECTIVES, "Objective 3") == [("3", "Priority 3")]


def test_a_sheet_with_the_list_above_its_headers_titles_the_heading_too():
    rows = (
        ("Alcohol Strategy for Stockton", "", ""),
        ("Draft Objectives/Action Plan - Alcohol", "", ""),
        (OBJECTIVES[0], "", ""),
        (OBJECTIVES[1], "", ""),
        ("Objective 1", "", ""),
        HEADER,
        ROW,
    )
    table = RawTable("plan.csv", "", 0, rows, tuple(range(1, len(rows) + 1)))
    preview = preview_document(RawDocument("plan.csv", "csv", "Plan", (table,)), ImportOptions())
    assert [(p.code, p.title) for p in preview.draft.priorities] == [
        ("1", "Reduce alcohol related harm to young people and families.")
    ]


def test_an_empty_paragraph_between_the_items_does_not_start_the_list_again():
    # Word plans space their lists with empty paragraphs: the second item is still item 2, not item 1
    assert _titles("Our objectives are:", OBJECTIVES[0], "", OBJECTIVES[1], "Objective 1") == [("1", OBJECTIVES[0][2:])]
