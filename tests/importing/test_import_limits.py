"""Huge files inside the size limits: rows, columns, cells and XML parts are counted while the file is
read, and the first one over a limit is refused by name, so an import's time and memory are bounded."""

from __future__ import annotations

import csv
import tracemalloc

import pytest
from docx import Document
from openpyxl import Workbook
from sample_plans import BCP_HEADER, bcp_rows, write_csv

from exports.importing import ImportLimits, PlanFileError, RowLimits, read_plan_file


def refused(path, match: str, limits: ImportLimits | None = None) -> str:
    with pytest.raises(PlanFileError, match=match) as caught:
        read_plan_file(path, limits)
    message = str(caught.value)
    assert message.startswith(path.name) and "\n" not in message
    return message


def _long_csv(path, rows: int):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(BCP_HEADER)
        for n in range(rows):
            writer.writerow([f"1.{n}", "Objective", f"Activity {n}", f"Lead {n % 40}", "April 2023", "", ""])
    return path


def test_a_csv_of_a_hundred_thousand_rows_is_refused_at_the_first_row_over_the_limit(tmp_path):
    path = _long_csv(tmp_path / "extract.csv", 100_000)
    tracemalloc.start()
    try:
        message = refused(path, "more than 5,000 rows")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "row 5001" in message  # the header counts: it holds something
    # Streamed: the reader it replaced held the whole 5 MB file three times over (bytes, text, lines).
    assert peak < path.stat().st_size


def test_a_csv_cut_inside_a_quoted_cell_is_refused_naming_the_row_it_starts_on(tmp_path):
    path = tmp_path / "cut.csv"
    path.write_text('Ref,Action,Lead\n1.1,"Done",CST\n1.2,"Half a sentence, then\nthe file ends', encoding="utf-8")
    refused(path, r"row 3: the file ends inside a quoted cell")


def test_a_vertical_tab_inside_a_csv_cell_does_not_split_the_row(tmp_path):
    rows = [list(row) for row in bcp_rows()]
    rows[4][2] = "first\x0bsecond\x0cthird"
    document = read_plan_file(write_csv(tmp_path / "plan.csv", rows))
    assert any("first\x0bsecond\x0cthird" in row for row in document.tables[0].rows)


def test_text_past_the_last_column_allowed_is_refused_by_cell(tmp_path):
    rows = [list(row) for row in bcp_rows()]
    rows[2] = rows[2] + [""] * 300 + ["stray"]
    refused(write_csv(tmp_path / "wide.csv", rows), "row 3: the row has text in column KV")


def test_a_row_of_empty_cells_far_to_the_right_is_only_trimmed(tmp_path):
    rows = [list(row) for row in bcp_rows()]
    rows[2] = rows[2] + [""] * 100_000
    document = read_plan_file(write_csv(tmp_path / "commas.csv", rows))
    assert document.tables[0].width == len(BCP_HEADER)


def test_a_cell_longer_than_a_spreadsheet_cell_is_refused_by_cell(tmp_path):
    rows = [list(row) for row in bcp_rows()]
    rows[3][2] = "word " * 10_000
    refused(write_csv(tmp_path / "long.csv", rows), "row 4, column C: the cell holds 49,999 characters")


def test_too_much_text_in_all_is_refused(tmp_path):
    limits = ImportLimits(rows=RowLimits(max_text_chars=2_000))
    refused(write_csv(tmp_path / "plan.csv", bcp_rows()), "more than 2,000 characters of text", limits)


def test_a_long_word_table_is_refused_part_way(tmp_path):
    document = Document()
    table = document.add_table(rows=80, cols=3)
    for n, row in enumerate(table.rows):
        texts = ("Ref", "Action", "Lead") if n == 0 else (f"1.{n}", f"Do {n}", "CST")
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "long.docx"
    document.save(path)
    refused(path, "table 1, row 51: the file has more than 50 rows", ImportLimits(rows=RowLimits(max_rows=50)))


def test_a_word_document_part_with_more_xml_than_the_limit_is_refused_before_parsing(tmp_path):
    document = Document()
    table = document.add_table(rows=200, cols=5)
    for row in table.rows:
        for cell in row.cells:
            cell.text = "words " * 20
    path = tmp_path / "big.docx"
    document.save(path)
    refused(path, "part word/document.xml holds more than 0 MB of XML", ImportLimits(max_xml_part_bytes=64 * 1024))


def test_a_sheet_mentioning_its_last_row_is_read_without_a_million_empty_rows(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Plan"
    for row in bcp_rows():
        sheet.append(list(row))
    sheet.cell(row=1_048_576, column=1, value="")  # an empty cell, as formatting copied down leaves
    sheet.cell(row=1_048_576, column=1).number_format = "0.00"
    path = tmp_path / "formatted.xlsx"
    workbook.save(path)
    document = read_plan_file(path)
    assert len(document.tables[0].rows) == len(bcp_rows())
    assert any("were not read" in note for note in document.tables[0].notes)
