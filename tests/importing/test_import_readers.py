"""Readers: tables found in Word, Excel and CSV files, with locations for messages."""

from __future__ import annotations

import codecs

import pytest
from docx import Document
from openpyxl import Workbook
from sample_plans import BCP_HEADER, bcp_docx, bcp_rows, oxfordshire_docx, write_csv

from exports.importing import read_plan_file
from exports.importing.headers import ColumnMapping, field_for_header
from exports.importing.table_guess import guess_table


def test_page_split_word_table_with_repeated_header_reads_as_one_table(tmp_path):
    document = read_plan_file(bcp_docx(tmp_path / "bcp.docx"))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert table.part == "tables 1-2"
    assert table.rows.count(BCP_HEADER) == 1
    assert len(table.rows) == len(bcp_rows())
    assert "a header row repeated after a page break was dropped" in table.notes


def test_page_split_word_table_without_repeated_header_reads_as_one_table(tmp_path):
    document = read_plan_file(bcp_docx(tmp_path / "bcp.docx", repeat_header=False))
    assert [t.part for t in document.tables] == ["tables 1-2"]
    assert document.tables[0].rows == tuple(bcp_rows())


def test_word_tables_separated_by_headings_stay_apart_and_keep_their_heading(tmp_path):
    document = read_plan_file(oxfordshire_docx(tmp_path / "oxon.docx"))
    assert [t.preceding[-1] for t in document.tables] == [
        "1. Prevention",
        "2. Provision",
        "3. Pursuing",
        "Glossary of terms",
    ]
    training = document.tables[0].rows[1][1]
    assert training.splitlines()[1] == "• DA Basic Awareness"  # list paragraphs keep a bullet


def test_word_merged_cells_keep_text_once(tmp_path):
    document = Document()
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Activity", "Lead"), strict=True):
        cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "1.1"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "Wide activity"
    table.cell(2, 1).text = "Second"
    document.save(tmp_path / "merged.docx")
    rows = read_plan_file(tmp_path / "merged.docx").tables[0].rows
    assert rows[1] == ("1.1", "Wide activity", "")
    assert rows[2] == ("", "Second", "")


def test_workbook_sheets_become_tables_with_row_numbers(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Plan"
    sheet.append(["Delivery plan 2024"])
    sheet.append([])
    sheet.append(["Ref", "Action", "Lead", "By when"])
    sheet.append([1.1, "Train staff", "CST", None])
    workbook.create_sheet("Notes").append(["Anything"])
    workbook.save(tmp_path / "plan.xlsx")
    document = read_plan_file(tmp_path / "plan.xlsx")
    assert [t.part for t in document.tables] == ["sheet 'Plan'", "sheet 'Notes'"]
    plan = document.tables[0]
    assert plan.row_numbers == (1, 3, 4)
    assert plan.rows[2] == ("1.1", "Train staff", "CST", "")
    assert str(plan.location(2, 3)) == "plan.xlsx, sheet 'Plan', row 4, column D"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"), ("latin-1", ","), ("utf-16", ","), ("utf-16", ";")],
)
def test_csv_encodings_and_separators_are_sniffed(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "plan.csv", bcp_rows(), encoding, delimiter)
    table = read_plan_file(path).tables[0]
    assert table.rows[0] == BCP_HEADER
    assert table.rows[1][6].startswith("Currently £456,000")
    if encoding.startswith("utf-16"):
        assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def test_header_names_plans_use_are_recognised():
    expected = {
        "Ref": "ref",
        "Priority area": "objective",
        "Area of work": "objective",
        "Activities": "activity",
        "Success measures": "activity",
        "Led by": "lead",
        "Responsibility": "lead",
        "By whom": "lead",
        "Supporting partners": "partners",
        "Timescale plan": "timescale",
        "By when": "timescale",
        "Deadline": "timescale",
        "Evidence/Measure": "evidence",
        "Resources needed": "resources",
        "Outcomes": "outcome",
        "Progress": "comments",
        "Update": "comments",
        "RAG": "status",
        "Colour": "",
    }
    assert {header: field_for_header(header) for header in expected} == expected


def test_column_mapping_moves_a_field_instead_of_duplicating_it():
    mapping = ColumnMapping(0, ("ref", "activity", "lead"))
    assert mapping.with_field(2, "activity").fields == ("ref", "", "activity")


def test_tables_without_plan_headers_are_left_out(tmp_path):
    path = write_csv(tmp_path / "contacts.csv", [("Name", "Phone"), ("Ann", "0123")])
    guess = guess_table(read_plan_file(path).tables[0])
    assert guess.kind == "other"
