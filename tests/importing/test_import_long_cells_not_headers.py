"""A row whose cells end with the words of its columns' headers is a header row again only when its
cells are as short as headers: a sentence is data (invented plans)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import


def test_an_action_ending_with_a_header_word_under_an_aim_is_kept(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Aim", "Activity", "Lead"),
            ("To cut street violence.", "Light the three darkest underpasses.", "Council"),
            (
                "Aim: To divert people away from violence.",
                "Explore how youth clubs could support diversionary activities.",
                "",
            ),
        ],
    )
    actions = preview_import(path, ImportOptions()).draft.actions
    assert [a.activity for a in actions] == [
        "Light the three darkest underpasses.",
        "Explore how youth clubs could support diversionary activities.",
    ]


def test_the_header_again_in_other_words_is_still_skipped(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Aim", "Activity", "Lead"),
            ("To cut street violence.", "Light the three darkest underpasses.", "Council"),
            ("AIMS", "ACTIVITIES", "LEAD AGENCY"),
            ("To reach families sooner.", "Open a weekend drop-in for parents.", "Police"),
        ],
    )
    actions = preview_import(path, ImportOptions()).draft.actions
    assert [a.activity for a in actions] == [
        "Light the three darkest underpasses.",
        "Open a weekend drop-in for parents.",
    ]
