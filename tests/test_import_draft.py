"""From raw tables to a PlanDraft: refs, page splits, headings, bullets, glossaries, leads, timescales."""

from __future__ import annotations

import pytest
from plan_files import BCP_HEADER, bcp_docx, bcp_rows, oxfordshire_docx, write_csv

from app.importing.service import ImportOptions, preview_import
from app.importing.text import parse_priority_heading, parse_ref_cell, split_bullets
from exports.importing import PlanFileError


@pytest.mark.parametrize(
    ("text", "objectives", "action", "ignored"),
    [
        ("1.2 2.2 3.3", ("1.2", "2.2", "3.3"), "", ""),
        ("4. 4", ("4.4",), "", ""),
        ("1.1.1", ("1.1",), "1.1.1", ""),
        ("Funding2.2 4.2", ("2.2", "4.2"), "", "Funding"),
        ("6 S N N", (), "", "S N N"),
        ("", (), "", ""),
    ],
)
def test_ref_cells_as_plans_write_them(text, objectives, action, ignored):
    cell = parse_ref_cell(text)
    assert (cell.objective_refs, cell.action_ref, cell.ignored) == (objectives, action, ignored)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Objective 2 – Partnership Working", ("2", "Partnership Working")),
        ("1. Prevention", ("1", "Prevention")),
        ("Priority 3: Pursuing", ("3", "Pursuing")),
        ("2019-20 Delivery Plan", None),
        ("- 1.1 All victims receive a service", None),
        ("Glossary", None),
    ],
)
def test_priority_headings(text, expected):
    assert parse_priority_heading(text) == expected


def test_bullet_cells_split_with_their_introduction():
    text = "Deliver training including:\n• DA Basic Awareness\n• Champions training\nDevelop new training\n1. Stalking"
    assert split_bullets(text) == [
        "Deliver training including: DA Basic Awareness",
        "Deliver training including: Champions training",
        "Develop new training: Stalking",
    ]
    assert split_bullets("One action - with a dash") == ["One action - with a dash"]


def test_bcp_plan_refs_groups_and_page_split_rows(tmp_path):
    preview = preview_import(bcp_docx(tmp_path / "bcp.docx"))
    draft = preview.draft
    assert [(p.code, p.title) for p in draft.priorities][:2] == [
        ("1", "Preventing Violence and Abuse"),
        ("2", "Provision of Service"),
    ]
    by_ref = {a.ref: a for a in draft.actions}
    # "1.1 2.1" maps the action to two objectives; the empty-ref row below continues the group.
    assert by_ref["1.1.1"].objective_refs == ["1.1", "2.1"]
    assert by_ref["1.1.2"].objective_refs == ["1.1", "2.1"]
    assert by_ref["1.1.2"].outcome.startswith("Referrals to services")
    # The page-split row "to be repeated in 12 months…" joins the action above instead of becoming one.
    assert by_ref["1.1.2"].activity.endswith(
        "Public consultation to be repeated in 12 months to measure the impact of this delivery plan"
    )
    assert by_ref["1.2.2"].activity.endswith('pandemic such as "Ask Ani".')
    assert preview.actions == 9
    assert by_ref["4.4.1"].objective_refs == ["4.4"]  # "4. 4"
    assert by_ref["2.2.1"].objective_refs == ["2.2", "4.2", "4.4"]  # "Funding2.2 4.2 4.4"
    assert any("'Funding' in the ref cell was ignored" in note for note in preview.notes)
    assert sum("joined to action" in note for note in preview.notes) == 2
    assert [g.term for g in draft.glossary] == ["DAA", "Drive Programme", "MARAC"]


def test_leads_to_be_agreed_become_no_lead_and_keep_the_words(tmp_path):
    draft = preview_import(bcp_docx(tmp_path / "bcp.docx")).draft
    action = next(a for a in draft.actions if a.ref == "1.3.1")
    assert action.lead == ""
    assert action.comments == "Lead: To be agreed"


def test_unparsed_timescales_are_listed_with_their_cell_never_guessed(tmp_path):
    preview = preview_import(bcp_docx(tmp_path / "bcp.docx"))
    [unparsed] = preview.unparsed_timescales
    assert (unparsed.ref, unparsed.text) == ("2.2.1", "When the funding allows")
    assert unparsed.location == "bcp.docx, tables 1-2, row 10, column E"
    assert next(a for a in preview.draft.actions if a.ref == "2.2.1").timescale == "When the funding allows"


def test_lead_spellings_are_offered_for_merging_and_merge_when_accepted(tmp_path):
    path = bcp_docx(tmp_path / "bcp.docx")
    preview = preview_import(path)
    assert ("DA OP's Group", "DA Op's group", "DA Operational Group") in preview.lead_groups
    merged = preview_import(path, ImportOptions(merge_lead_groups=preview.lead_groups))
    [lead] = merged.draft.leads
    assert lead.name == "DA OP's Group"
    assert "DA Operational Group" in lead.aliases
    assert "DA Operational Group" not in merged.leads and "DA OP's Group" in merged.leads


def test_oxfordshire_headings_name_priorities_and_area_of_work_names_objectives(tmp_path):
    preview = preview_import(oxfordshire_docx(tmp_path / "oxon.docx"))
    draft = preview.draft
    assert [(p.code, p.title) for p in draft.priorities] == [("1", "Prevention"), ("2", "Provision"), ("3", "Pursuing")]
    assert [(o.ref, o.text) for o in draft.priorities[0].objectives] == [("1.1", "Training"), ("1.2", "Conferences")]
    # The Pursuing row with an empty "Area of work" stays under Criminal Justice System.
    assert [(a.ref, a.objective_refs) for a in draft.actions if a.ref.startswith("3.")] == [
        ("3.1.1", ["3.1"]),
        ("3.1.2", ["3.1"]),
    ]
    assert preview.actions == 5
    assert preview.glossary == 5
    assert ("CSC", "Children’s Social Care") in [(g.term, g.meaning) for g in draft.glossary]


def test_bullet_cells_become_several_actions_only_when_asked(tmp_path):
    path = oxfordshire_docx(tmp_path / "oxon.docx")
    assert preview_import(path).actions == 5
    split = preview_import(path, ImportOptions(split_bullets=True))
    assert split.actions == 9
    training = [a.activity for a in split.draft.actions if a.objective_refs == ["1.1"]]
    assert training[-1] == "Develop the following new training: Stalking & Harassment"


def test_corrected_mapping_changes_the_preview(tmp_path):
    path = write_csv(tmp_path / "plan.csv", bcp_rows())
    preview = preview_import(path)
    assert preview.draft.actions[0].lead == "Community Safety Team BCP"
    remapped = preview.tables[0].mapping.with_field(3, "partners")
    changed = preview_import(path, ImportOptions(mappings=((0, remapped),)))
    assert changed.draft.actions[0].lead == ""
    assert changed.draft.actions[0].partners == "Community Safety Team BCP"
    assert changed.tables[0].reason == "chosen by you"


def test_statuses_go_through_status_parse(tmp_path):
    rows = [("Ref", "Action", "RAG"), ("1.1", "A", "Green"), ("", "B", "red"), ("", "C", "Purple")]
    preview = preview_import(write_csv(tmp_path / "rag.csv", rows))
    assert [a.status for a in preview.draft.actions] == ["On track", "Off track", "Not started"]
    assert any("status 'Purple'" in note and "row 4, column C" in note for note in preview.notes)


def test_a_file_without_an_activity_column_is_refused_clearly(tmp_path):
    path = write_csv(tmp_path / "plan.csv", [BCP_HEADER[:2], ("1.1", "Objective only")])
    with pytest.raises(PlanFileError, match="no actions were found"):
        preview_import(path)


def test_workbook_section_rows_merged_cells_and_own_refs(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Ref", "Priority area", "Action", "Led by", "Timescale plan", "Status"])
    sheet.append(["Objective 2 – Partnership Working"])
    sheet.merge_cells("A2:F2")
    sheet.append(["2.1.1", "Information sharing", "Agree a data protocol", "CSP Manager", "March 2025", "Amber"])
    sheet.append(["", "", "Publish the dashboard quarterly", "CSP Manager", "Quarterly", "G"])
    sheet.append(["3. Pursuing"])
    sheet.append(["3.2", "Perpetrators held to account", "Review DVPO use", "Police", "2024/25", ""])
    sheet.append(["", "", "Ref, Objective and Lead cells merged downwards read as the group above", "", "", ""])
    workbook.save(tmp_path / "plan.xlsx")
    preview = preview_import(tmp_path / "plan.xlsx")
    draft = preview.draft
    assert [(p.code, p.title) for p in draft.priorities] == [("2", "Partnership Working"), ("3", "Pursuing")]
    assert [(a.ref, a.objective_refs, a.status) for a in draft.actions] == [
        ("2.1.1", ["2.1"], "At risk"),
        ("2.1.2", ["2.1"], "On track"),
        ("3.2.1", ["3.2"], "Not started"),
        ("3.2.2", ["3.2"], "Not started"),
    ]
    assert [(o.ref, o.text) for p in draft.priorities for o in p.objectives] == [
        ("2.1", "Information sharing"),
        ("3.2", "Perpetrators held to account"),
    ]
    assert preview.unparsed_timescales == ()


def test_two_column_table_under_a_glossary_heading_is_a_glossary(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Ref")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Lead"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("1.1", "Train staff", "CST"), strict=True):
        cell.text = text
    document.add_heading("Glossary", level=2)
    glossary = document.add_table(rows=2, cols=2)
    terms = [("IDVA", "Independent DV Adviser"), ("DHR", "Review")]
    for row, (term, meaning) in zip(glossary.rows, terms, strict=True):
        row.cells[0].text, row.cells[1].text = term, meaning
    document.save(tmp_path / "plan.docx")
    preview = preview_import(tmp_path / "plan.docx")
    assert [t.kind for t in preview.tables] == ["actions", "glossary"]
    assert [(g.term, g.meaning) for g in preview.draft.glossary] == terms
