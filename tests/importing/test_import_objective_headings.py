"""A theme heading in words over a numbered objective heading ("Safer Streets", then "Strategic
Objective 2 – Reduce…" over the table): the theme is the priority and the objective its objective
(invented plans written as a workbook and a Word file)."""

from docx import Document
from openpyxl import Workbook

from app.importing.objective_headings import objective_under_theme
from app.importing.service import ImportOptions, preview_import

HEADER = ("Actions", "Lead", "Timescale")
ROWS = (("Run a night-time safety campaign", "Community Safety Team", "March 2025"),)
OBJECTIVE = "Strategic Objective 2 – Reduce alcohol-related violence in the town centre"
TITLE = "Town Centre Safety Delivery Plan 2025/26"


def _sheet(path, above):
    workbook = Workbook()
    for row in (*([line, "", ""] for line in (TITLE, *above)), HEADER, *ROWS):
        workbook.active.append(list(row))
    workbook.save(str(path))
    return preview_import(path, ImportOptions())


def _structure(preview):
    return [(p.title, [o.text for o in p.objectives]) for p in preview.draft.priorities]


def test_a_sheet_s_theme_over_its_objective_line_is_the_priority_of_that_objective(tmp_path):
    preview = _sheet(tmp_path / "plan.xlsx", ["Safer Streets", "Key Partners:", OBJECTIVE])
    assert _structure(preview) == [("Safer Streets", ["Reduce alcohol-related violence in the town centre"])]
    objective = preview.draft.priorities[0].objectives[0]
    assert preview.draft.actions[0].objective_refs == [objective.ref]


def test_a_word_theme_over_the_objective_s_title_row_is_the_priority_of_that_objective(tmp_path):
    document = Document()
    document.add_paragraph().add_run(TITLE).bold = True
    document.add_paragraph().add_run("Safer Streets").bold = True
    document.add_paragraph("Other Stakeholders:")
    table = document.add_table(rows=0, cols=3)
    for cells in ((OBJECTIVE, "", ""), HEADER, *ROWS):
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table.rows[0].cells[0].merge(table.rows[0].cells[-1])
    document.save(str(tmp_path / "plan.docx"))
    preview = preview_import(tmp_path / "plan.docx", ImportOptions())
    assert _structure(preview) == [("Safer Streets", ["Reduce alcohol-related violence in the town centre"])]


def test_an_objective_heading_alone_still_heads_the_plan(tmp_path):
    preview = _sheet(tmp_path / "plan.xlsx", [OBJECTIVE])
    assert [p.title for p in preview.draft.priorities] == ["Reduce alcohol-related violence in the town centre"]


def test_only_a_heading_in_words_over_an_objective_is_its_theme():
    assert objective_under_theme(["Safer Streets", OBJECTIVE])
    assert not objective_under_theme(["Priority 1 – Safer Streets", OBJECTIVE])  # numbered: its own rule
    assert not objective_under_theme(["The plan sets out what partners will do.", OBJECTIVE])  # prose
    assert not objective_under_theme(["Safer Streets", "Priority 2 – Reduce alcohol-related violence"])
    assert not objective_under_theme(["Lead officer: Jo Bloggs", OBJECTIVE])  # a label and its value
