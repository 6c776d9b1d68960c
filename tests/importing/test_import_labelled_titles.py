"""Headings and titles whose opening words say what they are: "Aim: …" before an objective's title,
"Priority Work Stream 1 – …" numbering a priority after the kind of group it is (invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.labelled_titles import without_label
from app.importing.service import ImportOptions, preview_import
from app.importing.text import parse_priority_heading


def test_an_aim_labelled_above_a_list_is_titled_without_its_label(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Early Help"),
            ("para", "Aim: To reach families sooner."),
            ("para", "Actions"),
            ("bullet", "Train school staff to spot early signs of harm."),
            ("bullet", "Open a weekend drop-in for parents."),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [o.text for p in draft.priorities for o in p.objectives] == ["To reach families sooner."]


def test_a_label_before_a_short_name_or_a_label_of_a_detail_is_kept():
    assert without_label("Aim: Prevention") == "Aim: Prevention"
    assert without_label("Lead officer: Head of Housing Options") == "Lead officer: Head of Housing Options"
    assert without_label("Overall Outcome: Monitoring is used to improve services.") == (
        "Monitoring is used to improve services."
    )


def test_a_priority_numbered_after_the_kind_of_group_it_is():
    assert parse_priority_heading("Priority Work Stream 1 – Embedding good practice") == (
        "1",
        "Embedding good practice",
    )
    assert parse_priority_heading("Priority Area 2: Housing") == ("2", "Housing")
    assert parse_priority_heading("Priority work for 2 years – housing") is None
