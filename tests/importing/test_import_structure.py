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


def test_two_actions_run_together_can_be_split_where_a_capital_follows_a_lower_case_word():
    from app.importing.corrections import RowRole, SetRole, SplitRow, split_points

    text = "cut across two pages Train the wardens in first aid"
    [(at, label)] = [(at, label) for at, label in split_points(text) if "Train" in label]
    assert label == "before “Train the wardens in first aid” (a capital after a lower-case word)"
    header = ("Ref", "Action", "Lead", "Timescale")
    table = RawTable(
        "plan.xlsx",
        "sheet 'Plan'",
        0,
        (header, ("1.1", "Open the park gates earlier when work is", "Parks", "2025"), ("", text, "Wardens", "2026")),
        (1, 2, 3),
    )
    corrections = (SplitRow((0, 2, 0), 1, at), SetRole((0, 2, 0), RowRole.CONTINUATION))
    preview = preview_document(
        RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions(corrections=corrections)
    )
    assert [(a.activity, a.lead, a.timescale) for a in preview.draft.actions] == [
        ("Open the park gates earlier when work is cut across two pages", "Parks", "2025"),
        ("Train the wardens in first aid", "Wardens", "2026"),
    ]


def test_a_heading_with_no_title_of_its_own_takes_the_line_under_it():
    header = ("Ref", "Action", "Lead", "Timescale")
    table = RawTable("plan.docx", "table 1", 0, (header, ("2.1", "Fund a refuge", "Council", "2025")), (1, 2))
    paragraphs = ("Priority 2 –", "Protecting victims", "Our actions:")
    draft = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), paragraphs), ImportOptions()).draft
    assert [(p.code, p.title) for p in draft.priorities] == [("2", "Protecting victims")]


def _word_plan(path, between: list[tuple[str, bool]]):
    """Two Word tables with the same headers and the given paragraphs (text, bold) between them."""
    from docx import Document

    document = Document()
    document.add_paragraph("Town Safety Plan 2025")
    document.add_paragraph().add_run("1. Safer streets").bold = True
    for number, rows in enumerate(([("Repair street lights", "Council")], [("Map dark alleys", "Police")])):
        if number:
            for text, bold in between:
                document.add_paragraph().add_run(text).bold = bold
        table = document.add_table(rows=0, cols=2)
        for cells in (("Action", "Lead"), *rows):
            for cell, text in zip(table.add_row().cells, cells, strict=True):
                cell.text = text
    document.save(path)
    return path


def test_a_page_number_and_a_running_header_between_two_pieces_of_a_table_do_not_split_it(tmp_path):
    from app.importing.service import preview_import

    preview = preview_import(_word_plan(tmp_path / "plan.docx", [("Page 1", False), ("Town Safety Plan 2025", False)]))
    assert [t.part for t in preview.tables] == ["tables 1-2"]
    assert [p.title for p in preview.draft.priorities] == ["Safer streets"]
    assert any("running header between the pieces" in note for note in preview.notes)


def test_a_heading_between_two_tables_with_the_same_headers_keeps_them_apart(tmp_path):
    from app.importing.service import preview_import

    preview = preview_import(_word_plan(tmp_path / "plan.docx", [("2. Calmer nights", True)]))
    assert [t.part for t in preview.tables] == ["table 1", "table 2"]
    assert [p.title for p in preview.draft.priorities] == ["Safer streets", "Calmer nights"]


def test_an_objective_cell_opening_with_its_heading_word_and_number_is_titled_without_them():
    draft, _, _ = _draft(
        ("Objective", "Action", "Lead"),
        ("Outcome 1: Victims report with confidence", "Open third-party reporting centres", "Council"),
        ("Objective two – Fewer repeat victims", "Refer every repeat victim to an adviser", "Police"),
        ("Reduce reoffending", "Run a mentoring scheme", "Probation"),
    )
    titles = [o.text for p in draft.priorities for o in p.objectives]
    assert titles == ["Victims report with confidence", "Fewer repeat victims", "Reduce reoffending"]
