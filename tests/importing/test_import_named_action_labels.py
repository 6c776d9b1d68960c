"""A page that names its actions' lists with a label of its own ("Examples of New Actions:"): only
the lists under such labels are actions, not the list of the plan's themes above them (invented
plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_import


def test_only_the_lists_under_a_label_ending_in_actions_are_actions(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("para", "The plan is framed around two themes:"),
            ("bullet", "Early help"),
            ("bullet", "Safer streets"),
            ("heading", "Early Help"),
            ("para", "To reach families sooner."),
            ("label", "Examples of New Actions:"),
            ("bullet", "Train school staff to spot early signs of harm."),
            ("bullet", "Open a weekend drop-in for parents."),
            ("heading", "Safer Streets"),
            ("para", "To cut street violence."),
            ("label", "Agreed partnership actions:"),
            ("bullet", "Light the three darkest underpasses."),
        ],
    )
    actions = preview_import(path, ImportOptions()).draft.actions
    assert [a.activity for a in actions] == [
        "Train school staff to spot early signs of harm.",
        "Open a weekend drop-in for parents.",
        "Light the three darkest underpasses.",
    ]


def test_a_sentence_ending_in_actions_is_no_label(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Early Help"),
            ("para", "To reach families sooner, the board agreed these actions."),
            ("bullet", "Train school staff to spot early signs of harm."),
            ("bullet", "Open a weekend drop-in for parents."),
        ],
    )
    actions = preview_import(path, ImportOptions()).draft.actions
    assert len(actions) == 2
