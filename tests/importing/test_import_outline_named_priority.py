"""A plan of lists under a heading that names itself the priority, its year span closing the line
(invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_document, preview_import
from app.importing.text import parse_named_heading
from exports.importing.source import RawDocument, RawTable


def _plan(preview):
    draft = preview.draft
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    return (
        [p.title for p in draft.priorities],
        [(a.activity, objectives.get(a.objective_refs[0], "") if a.objective_refs else "") for a in draft.actions],
    )


LINES = [
    ("heading", "Knife Crime Plan"),
    ("heading", "Strategic Crime Priority – Reducing Serious Violence 2023-2024"),
    ("heading", "Serious Violence"),
    ("para", "Violence that causes serious injury, including the following:"),
    ("para", "Knife crime, gun crime and violence in public places."),
    ("heading", "Knife Crime Action Plan 2023 - 2024"),
    ("bullet", "Run weapon sweeps in every park each month."),
    ("bullet", "Train youth workers to spot carrying."),
]


def test_a_heading_naming_the_priority_heads_the_lists_and_its_parts_name_nothing(tmp_path):
    path = outline_docx(tmp_path / "plan.docx", LINES)
    priorities, actions = _plan(preview_import(path, ImportOptions()))
    # the definition's heading and the action plan's own heading are parts of the priority, not
    # priorities; the action plan's heading is no objective either
    assert priorities == ["Reducing Serious Violence"]
    assert actions == [
        ("Run weapon sweeps in every park each month.", ""),
        ("Train youth workers to spot carrying.", ""),
    ]


def test_the_same_plan_pasted_into_a_sheet_reads_the_same():
    rows = tuple((f"• {text}" if kind == "bullet" else text,) for kind, text in LINES)
    table = RawTable("plan.csv", "sheet", 0, rows, tuple(range(1, len(rows) + 1)))
    preview = preview_document(RawDocument("plan.csv", "csv", "", (table,), ()), ImportOptions())
    assert _plan(preview)[0] == ["Reducing Serious Violence"]


def test_a_year_span_closing_a_named_heading_is_no_part_of_its_title():
    assert parse_named_heading("Strategic Priority – Reducing Serious Violence (2024/28)") == (
        "priority",
        "Reducing Serious Violence",
    )
    # a single year is part of what the heading says, not when the work runs
    assert parse_named_heading("Priority: Halve knife crime by 2025") == ("priority", "Halve knife crime by 2025")
