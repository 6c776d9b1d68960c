"""Refs "2 (i)", "2 (ii)" in a column with no header: each row's own ref (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import
from app.importing.text import parse_ref_cell


def test_a_bracketed_sub_number_is_an_action_s_own_ref():
    assert parse_ref_cell("2 (iii)").action_ref == "2 (iii)"
    assert parse_ref_cell("4(a)").action_ref == "4(a)"
    assert parse_ref_cell("2 (i) and more").action_ref == ""


def test_an_unheaded_column_of_bracketed_refs_is_the_ref_column(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("", "Recommendation", "Responsible Officer", "Update on progress"),
            ("2 (i)", "Establish a safeguarding lead in each directorate", "Directors of Services", "Agreed"),
            ("2 (ii)", "Refresh the roles and responsibilities document", "Head of Safeguarding", "Drafted"),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [a.ref for a in draft.actions] == ["2 (i)", "2 (ii)"]
