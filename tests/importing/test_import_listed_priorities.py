"""A plan listing its priorities by number under a line announcing them, setting out only the first
(invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing.source import RawDocument, RawTable

LINES = [
    ("heading", "Safer Streets Strategy 2025-2028 - Our priorities"),
    ("para", "This strategy sets out our three priorities, which are:"),
    ("para", "1. Reduce violence in the night-time economy"),
    ("para", "2. Make our parks safe for everyone"),
    ("para", "3. Tackle anti-social behaviour on public transport"),
    ("heading", "Priority 1: Reduce violence in the night-time economy"),
    ("para", "Most violent crime in the town happens between 10pm and 4am."),
    ("label", "We will:"),
    ("bullet", "Open a night-time hub in the town centre."),
    ("bullet", "Train door staff in first aid."),
]


def _titles(preview):
    return [p.title for p in preview.draft.priorities]


WANTED = [
    "Reduce violence in the night-time economy",
    "Make our parks safe for everyone",
    "Tackle anti-social behaviour on public transport",
]


def test_the_listed_priorities_are_kept_though_only_the_first_is_set_out(tmp_path):
    preview = preview_import(outline_docx(tmp_path / "plan.docx", LINES), ImportOptions())
    assert _titles(preview) == WANTED
    assert [a.objective_refs[0].split(".")[0] for a in preview.draft.actions] == ["1", "1"]


def test_the_same_page_pasted_into_a_sheet_a_line_a_row_reads_the_same():
    rows = tuple((f"• {text}" if kind == "bullet" else text,) for kind, text in LINES)
    table = RawTable("plan.csv", "sheet", 0, rows, tuple(range(1, len(rows) + 1)))
    preview = preview_document(RawDocument("plan.csv", "csv", "", (table,), ()), ImportOptions())
    assert _titles(preview) == WANTED


def test_numbered_lines_under_a_line_naming_no_priorities_are_still_the_document_s_sections(tmp_path):
    lines = [
        (kind, "The strategy is set out as follows:" if index == 1 else text)
        for index, (kind, text) in enumerate(LINES)
    ]
    preview = preview_import(outline_docx(tmp_path / "plan.docx", lines), ImportOptions())
    assert _titles(preview) == WANTED[:1]


PILLARS = [
    ("para", "The Delivery Plan is framed around the three pillars of our Safer Streets Strategy:"),
    ("bullet", "Safer night-time economy"),
    ("bullet", "Safer parks"),
    ("bullet", "Safer public transport"),
    ("heading", "Safer Night-time Economy"),
    ("para", "Aim: To reduce violence between 10pm and 4am."),
    ("label", "Examples of New Actions:"),
    ("bullet", "Open a night-time hub in the town centre."),
    ("bullet", "Train door staff in first aid."),
    ("heading", "Safer Parks"),
    ("para", "Aim: To make our parks safe for everyone."),
    ("label", "Examples of New Actions:"),
    ("bullet", "Light the main paths after dark."),
    ("bullet", "Run park watch patrols in summer."),
]
PILLAR_TITLES = ["Safer Night-time Economy", "Safer Parks", "Safer public transport"]


def test_a_pillar_listed_in_words_with_no_part_of_its_own_is_still_a_priority(tmp_path):
    preview = preview_import(outline_docx(tmp_path / "plan.docx", PILLARS), ImportOptions())
    assert _titles(preview) == PILLAR_TITLES
    assert len(preview.draft.actions) == 4


def test_the_pillars_pasted_into_a_sheet_a_line_a_row_read_the_same():
    rows = tuple((f"• {text}" if kind == "bullet" else text,) for kind, text in PILLARS)
    table = RawTable("plan.csv", "sheet", 0, rows, tuple(range(1, len(rows) + 1)))
    preview = preview_document(RawDocument("plan.csv", "csv", "", (table,), ()), ImportOptions())
    assert _titles(preview) == PILLAR_TITLES


def test_a_list_under_a_line_naming_no_priorities_adds_none(tmp_path):
    lines = [("para", "The plan was written with:"), *PILLARS[1:]]
    preview = preview_import(outline_docx(tmp_path / "plan.docx", lines), ImportOptions())
    assert _titles(preview) == PILLAR_TITLES[:2]


def test_numbered_lines_under_a_line_naming_priorities_on_the_way_to_something_else_are_not_priorities(tmp_path):
    lines = [
        (kind, "Our priorities were informed by the following:" if index == 1 else text)
        for index, (kind, text) in enumerate(LINES)
    ]
    preview = preview_import(outline_docx(tmp_path / "plan.docx", lines), ImportOptions())
    assert _titles(preview) == WANTED[:1]
