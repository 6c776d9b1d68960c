"""Plans written as records, one an action: its number on a line, "Action - …", then its other
fields as a labelled list (invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_import


def test_an_action_labelled_on_its_line_with_its_details_listed_under_it_is_one_action(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Empty Homes Plan"),
            ("heading", "Priority two"),
            ("para", "To bring empty homes back into use."),
            ("para", "2.1"),
            ("para", "Action - write to the owner of every home empty for two years."),
            ("bullet", "target / outcome - owners told of the help on offer"),
            ("bullet", "year - year 1"),
            ("para", "2.2"),
            ("para", "Action: offer a loan to repair homes empty for longer than a year."),
            ("bullet", "target / outcome - twenty homes repaired"),
            ("bullet", "year - ongoing"),
        ],
    )
    actions = preview_import(path, ImportOptions()).draft.actions
    assert [(a.ref, a.activity, a.outcome, a.timescale) for a in actions] == [
        ("2.1", "write to the owner of every home empty for two years.", "owners told of the help on offer", "year 1"),
        ("2.2", "offer a loan to repair homes empty for longer than a year.", "twenty homes repaired", "ongoing"),
    ]


def test_a_list_of_labelled_lines_under_no_action_line_is_still_a_list_of_actions(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Empty Homes Plan"),
            ("heading", "Empty homes"),
            ("para", "To bring empty homes back into use."),
            ("bullet", "Survey: count the empty homes in each ward."),
            ("bullet", "Letters: write to each owner."),
        ],
    )
    actions = preview_import(path, ImportOptions()).draft.actions
    assert len(actions) == 2
