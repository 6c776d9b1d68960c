"""Headings and titles whose opening words say what they are: "Aim: …" before an objective's title,
"Priority Work Stream 1 – …" numbering a priority after the kind of group it is, "Overall Outcome: …"
under a numbered priority naming the rows' objective (invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx, write_csv

from app.importing.labelled_titles import without_label
from app.importing.service import ImportOptions, preview_document, preview_import
from app.importing.text import parse_priority_heading
from exports.importing.source import RawDocument, RawTable

HEADER = ("What we will do", "Lead", "By when")


def _preview(*rows, paragraphs=()):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), paragraphs)
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), paragraphs), ImportOptions())


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


def test_an_outcome_labelled_under_a_numbered_priority_is_the_rows_objective():
    preview = _preview(
        ("Agree a hospital discharge protocol", "Health", "April 2023"),
        ("Train ward staff", "Health", "June 2023"),
        paragraphs=("Priority 3 – Quality and Performance", "Overall Outcome: Monitoring is used to improve services."),
    )
    draft = preview.draft
    assert [(p.code, p.title) for p in draft.priorities] == [("3", "Quality and Performance")]
    (objective,) = draft.priorities[0].objectives
    assert objective.text == "Monitoring is used to improve services."
    assert {tuple(a.objective_refs) for a in draft.actions} == {(objective.ref,)}


def test_a_sheets_outcome_rows_under_numbered_priorities_name_each_tables_objective(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Priority Work Stream 1 – Leadership", "", ""),
            ("Overall Outcome: Partners lead safeguarding at every level.", "", ""),
            HEADER,
            ("Gain board members from the council", "Chair", "September 2009"),
            ("Priority Work Stream 2 – Quality and Performance", "", ""),
            ("Overall Outcome: Monitoring is used to improve services.", "", ""),
            HEADER,
            ("Develop a quality monitoring process", "Manager", "January 2010"),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [(p.title, [o.text for o in p.objectives]) for p in draft.priorities] == [
        ("Leadership", ["Partners lead safeguarding at every level."]),
        ("Quality and Performance", ["Monitoring is used to improve services."]),
    ]
    assert [a.activity for a in draft.actions] == [
        "Gain board members from the council",
        "Develop a quality monitoring process",
    ]
