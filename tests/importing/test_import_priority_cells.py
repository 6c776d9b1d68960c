"""A Priority column whose cell labels an objective under a theme heading above the header, and a
priority heading row moved into the Action column when the column was put in front (invented plans
written as workbooks)."""

from openpyxl import Workbook

from app.importing.priority_cells import objective_in_cell
from app.importing.service import ImportOptions, preview_import

TITLE = "Town Centre Safety Delivery Plan 2025/26"
HEADER = ("Priority", "Actions", "Lead", "Timescale")
OBJECTIVE = "Strategic Objective 2 – Reduce alcohol-related violence in the town centre"
WANTED = "Reduce alcohol-related violence in the town centre"


def _sheet(path, rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(str(path))
    return preview_import(path, ImportOptions())


def _structure(preview):
    return [(p.title, [o.text for o in p.objectives]) for p in preview.draft.priorities]


def test_an_objective_in_the_priority_column_under_a_theme_is_the_theme_s_objective(tmp_path):
    preview = _sheet(
        tmp_path / "plan.xlsx",
        [
            (TITLE, "", "", ""),
            ("Safer Streets", "", "", ""),
            ("Key Partners:", "", "", ""),
            HEADER,
            (OBJECTIVE, "Run a night-time safety campaign", "Community Safety Team", "March 2025"),
            (OBJECTIVE, "Train door staff in spotting vulnerability", "Licensing Team", "June 2025"),
        ],
    )
    assert _structure(preview) == [("Safer Streets", [WANTED])]
    objective = preview.draft.priorities[0].objectives[0]
    assert [a.objective_refs for a in preview.draft.actions] == [[objective.ref], [objective.ref]]


def test_an_outcome_in_the_priority_column_under_a_moved_priority_row(tmp_path):
    preview = _sheet(
        tmp_path / "plan.xlsx",
        [
            (TITLE, "", "", ""),
            ("Priority 1 – Safer Streets", "", "", ""),
            HEADER,
            ("", "Run a night-time safety campaign", "Community Safety Team", "March 2025"),
            ("", "Priority 2 – Safer Homes", "", ""),
            HEADER,
            ("Overall Outcome: Fewer repeat victims of burglary", "Offer target hardening", "Police", "May 2025"),
        ],
    )
    assert _structure(preview) == [("Safer Streets", []), ("Safer Homes", ["Fewer repeat victims of burglary"])]
    assert [a.activity for a in preview.draft.actions] == ["Run a night-time safety campaign", "Offer target hardening"]


def test_a_priority_column_with_no_theme_above_still_names_the_priorities(tmp_path):
    preview = _sheet(
        tmp_path / "plan.xlsx",
        [
            (TITLE, "", "", ""),
            HEADER,
            (OBJECTIVE, "Run a night-time safety campaign", "Community Safety Team", "March 2025"),
        ],
    )
    assert [p.title for p in preview.draft.priorities] == [WANTED]


def test_only_an_objective_s_label_names_an_objective():
    assert objective_in_cell(OBJECTIVE) == WANTED
    assert objective_in_cell("Overall Outcome: Fewer repeat victims of burglary") == "Fewer repeat victims of burglary"
    assert objective_in_cell("Theme 2: Safer nights") is None
    assert objective_in_cell("Safer nights") is None
