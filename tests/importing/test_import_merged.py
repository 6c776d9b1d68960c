"""Merged cells and nested tables, as real plans kept in Excel and Word use them."""

from __future__ import annotations

from docx import Document
from openpyxl import Workbook

from app.importing.service import preview_import
from exports.importing import read_plan_file

HEADER = ["Ref", "Objective", "Action", "Lead", "Timescale"]


def merged_workbook(path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Plan"
    sheet.append(["Delivery plan 2024-25", None, None, None, None])
    sheet.merge_cells("A1:E1")  # a title across the table is not a row of five equal cells
    sheet.append(HEADER)
    sheet.append(["1.1", "Victims know where to go", "Train front-line staff", "Community Safety Team", "April 2024"])
    sheet.append([None, None, "Publish a leaflet", None, "May 2024"])
    sheet.append([None, None, "Run a campaign", None, None])
    sheet.append(["2.1", "Perpetrators are held to account", "Set up a panel", "Police", "Ongoing"])
    sheet.merge_cells("B3:B5")
    sheet.merge_cells("D3:D5")
    sheet.merge_cells("E4:E5")
    workbook.save(path)
    return path


def test_a_lead_merged_down_over_three_actions_leads_all_three(tmp_path):
    preview = preview_import(merged_workbook(tmp_path / "merged.xlsx"))
    actions = {a.activity: a for a in preview.draft.actions}
    assert [actions[name].lead for name in ("Train front-line staff", "Publish a leaflet", "Run a campaign")] == [
        "Community Safety Team"
    ] * 3
    assert actions["Set up a panel"].lead == "Police"
    assert actions["Run a campaign"].timescale == "May 2024"
    # The merged objective keeps the three actions in one group; the activity is never copied down.
    assert {tuple(actions[n].objective_refs) for n in ("Publish a leaflet", "Run a campaign")} == {("1.1",)}
    assert len(preview.draft.actions) == 4
    assert any("merged down" in note and "lead" in note for note in preview.notes)


def test_a_title_merged_across_the_sheet_is_not_copied_into_each_column(tmp_path):
    table = read_plan_file(merged_workbook(tmp_path / "merged.xlsx")).tables[0]
    assert table.rows[0] == ("Delivery plan 2024-25", "", "", "", "")
    assert all(row_index > 0 for row_index, _column in table.merged_above)


def test_word_lead_merged_down_leads_each_action_but_the_ref_stays_once(tmp_path):
    document = Document()
    table = document.add_table(rows=4, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Lead", "By when"), strict=True):
        cell.text = text
    for row, (activity, when) in enumerate((("Audit referrals", "June 2024"), ("Report to board", "July 2024")), 1):
        table.cell(row, 1).text = activity
        table.cell(row, 3).text = when
    table.cell(1, 0).merge(table.cell(2, 0)).text = "3.1"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "MARAC Steering Group"
    table.cell(3, 0).text = "3.2"
    table.cell(3, 1).text = "Review training"
    table.cell(3, 2).text = "Training and Workforce"
    table.cell(3, 3).text = "Ongoing"
    document.save(tmp_path / "merged.docx")

    preview = preview_import(tmp_path / "merged.docx")
    leads = {a.activity: a.lead for a in preview.draft.actions}
    assert leads == {
        "Audit referrals": "MARAC Steering Group",
        "Report to board": "MARAC Steering Group",
        "Review training": "Training and Workforce",
    }
    assert [a.objective_refs for a in preview.draft.actions] == [["3.1"], ["3.1"], ["3.2"]]


def test_a_table_nested_in_a_cell_keeps_its_text(tmp_path):
    document = Document()
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Lead"), strict=True):
        cell.text = text
    table.cell(1, 0).text = "1.1"
    table.cell(1, 2).text = "Police"
    activity = table.cell(1, 1)
    activity.text = "Deliver the training programme:"
    inner = activity.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Module 1"
    inner.cell(0, 1).text = "Coercive control"
    inner.cell(1, 0).text = "Module 2"
    inner.cell(1, 1).text = "Stalking"
    document.save(tmp_path / "nested.docx")

    rows = read_plan_file(tmp_path / "nested.docx").tables[0].rows
    assert rows[1][1].splitlines() == [
        "Deliver the training programme:",
        "Module 1 – Coercive control",
        "Module 2 – Stalking",
    ]


def test_a_plan_table_framed_in_a_layout_table_is_found_with_its_heading(tmp_path):
    document = Document()
    frame = document.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "2. Provision"
    plan = cell.add_table(rows=2, cols=3)
    for column, text in enumerate(("Ref", "Action", "Lead")):
        plan.cell(0, column).text = text
    for column, text in enumerate(("2.1", "Commission refuge spaces", "Housing")):
        plan.cell(1, column).text = text
    document.save(tmp_path / "framed.docx")

    document_read = read_plan_file(tmp_path / "framed.docx")
    assert [t.rows[0] for t in document_read.tables] == [("Ref", "Action", "Lead")]
    assert document_read.tables[0].preceding == ("2. Provision",)
    preview = preview_import(tmp_path / "framed.docx")
    assert [(a.ref, a.lead) for a in preview.draft.actions] == [("2.1", "Housing")]


def test_a_hostile_merge_over_the_whole_sheet_fills_only_the_rows_that_exist(tmp_path):
    import zipfile

    source = merged_workbook(tmp_path / "plain.xlsx")
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as patched:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                ranges = '<mergeCell ref="D3:XFD1048576"/>' + "".join(
                    f'<mergeCell ref="{chr(65 + n % 5)}{n % 7 + 1}:XFD{1_048_576 - n}"/>' for n in range(3_000)
                )
                data = data.replace(b"<mergeCells", b"<mergeCellsX").replace(b"</mergeCells>", b"</mergeCellsX>")
                data = data.replace(b"<pageMargins", f"<mergeCells>{ranges}</mergeCells><pageMargins".encode(), 1)
            patched.writestr(item, data)
    table = read_plan_file(hostile).tables[0]
    assert len(table.rows) == 6
    assert {row for row, _column in table.merged_above} <= set(range(len(table.rows)))


def test_the_tail_of_a_row_a_page_cut_under_a_cell_merged_down_joins_its_action(tmp_path):
    # The Word table was broken mid-row and pasted into Excel, then the area of work merged down
    # over its rows: the line that goes on mid-sentence is still the action above, not one more.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Area of work", "Activity", "Lead", "Comment"])
    sheet.append(["Training", "Deliver a co-", "Strategic Lead", "Delivery of each"])
    sheet.append([None, "ordinated programme of training to every team.", None, "course is tracked."])
    sheet.append([None, "Publish the training calendar.", "Training Officer", None])
    sheet.append(["Education", "Support schools to teach healthy relationships.", "Schools Lead", None])
    sheet.merge_cells("A2:A4")
    workbook.save(tmp_path / "plan.xlsx")
    preview = preview_import(tmp_path / "plan.xlsx")
    assert [a.activity for a in preview.draft.actions] == [
        "Deliver a co- ordinated programme of training to every team.",
        "Publish the training calendar.",
        "Support schools to teach healthy relationships.",
    ]
    assert preview.draft.actions[1].lead == "Training Officer"
