"""Plan exports: formatted .xlsx, .csv with BOM, .ics calendar; formula text never runs."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import main
from app.editing.commands import SetFields
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from exports.exporting.csv_export import write_actions_csv
from exports.exporting.ics_export import calendar_text, fold_line, write_actions_ics
from exports.exporting.plan_table import COLUMNS
from exports.exporting.xlsx_export import write_actions_xlsx
from models.status import Status

DANGEROUS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"]


@pytest.fixture
def tricky_plan(ctx, small_plan, make_action):
    """The small plan plus actions whose text a spreadsheet would run as formulas."""
    for n, text in enumerate(DANGEROUS):
        make_action(ref=f"9.{n}", activity=text, timescale_text="March 2024", status="At risk")
    return small_plan


def _header_index(name: str) -> int:
    return [c.header for c in COLUMNS].index(name)


def test_xlsx_is_formatted_with_frozen_header_filter_dates_and_status(ctx, demo_plan, tmp_path):
    rows = action_rows(ctx.db, demo_plan.uuid)
    path = tmp_path / "plan.xlsx"
    write_actions_xlsx(path, demo_plan, rows, exported_by="tester")
    sheet = openpyxl.load_workbook(path)["Actions"]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    assert sheet.max_row == len(rows) + 1
    assert [c.value for c in sheet[1]] == [c.header for c in COLUMNS]
    assert sheet.column_dimensions["E"].width == 50
    due_col = _header_index("Due date") + 1
    status_col = _header_index("Status") + 1
    ts_col = _header_index("Timescale (as written)") + 1
    dated = next(i for i, r in enumerate(rows) if r.due_date)
    due_cell = sheet.cell(row=dated + 2, column=due_col)
    assert due_cell.is_date and due_cell.value.date() == rows[dated].due_date
    assert sheet.cell(row=dated + 2, column=ts_col).value == rows[dated].timescale_text
    assert sheet.cell(row=2, column=5).alignment.wrap_text
    status_cell = sheet.cell(row=2, column=status_col)
    assert status_cell.value == rows[0].status
    assert status_cell.fill.fgColor.rgb.endswith(Status.parse(rows[0].status).colour.lstrip("#").upper())


def test_xlsx_formula_text_is_stored_as_text(ctx, tricky_plan, tmp_path):
    rows = action_rows(ctx.db, tricky_plan)
    path = tmp_path / "plan.xlsx"
    write_actions_xlsx(path, get_plan(ctx.db, tricky_plan), rows)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    sheet = openpyxl.load_workbook(path)["Actions"]
    activities = {sheet.cell(row=r, column=5).value for r in range(2, sheet.max_row + 1)}
    assert set(DANGEROUS) <= activities
    hyperlink_row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=5).value == DANGEROUS[0])
    cell = sheet.cell(row=hyperlink_row, column=5)
    assert cell.data_type == "s" and cell.quotePrefix


def test_csv_has_bom_and_neutralises_formulas(ctx, tricky_plan, tmp_path):
    rows = action_rows(ctx.db, tricky_plan)
    path = tmp_path / "plan.csv"
    write_actions_csv(path, rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert records[0] == [c.header for c in COLUMNS]
    assert len(records) == len(rows) + 1
    activities = [r[_header_index("Action")] for r in records[1:]]
    for text in DANGEROUS:
        assert "'" + text in activities
    for record in records[1:]:
        for value in record:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    first = records[1]
    assert first[_header_index("Timescale (as written)")] == "April 2023"
    assert first[_header_index("Due date")] == "2023-04-30"


def _unfold(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def test_ics_folds_escapes_and_has_one_event_per_dated_action(ctx, demo_plan, make_action, tmp_path):
    rows = action_rows(ctx.db, demo_plan.uuid)
    path = tmp_path / "plan.ics"
    events = write_actions_ics(path, demo_plan, rows)
    raw = path.read_bytes()
    physical = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in physical)
    raw.decode("utf-8")
    lines = _unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    dated = [r for r in rows if r.due_date]
    assert events == len(dated) == lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT")
    uids = [line.removeprefix("UID:") for line in lines if line.startswith("UID:")]
    assert uids == [f"{r.uuid}@delivery-desk" for r in dated]
    starts = [line.split(":")[1] for line in lines if line.startswith("DTSTART;VALUE=DATE:")]
    assert starts == [r.due_date.strftime("%Y%m%d") for r in dated]
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert f"Timescale (as written): {dated[0].timescale_text}" in description
    assert f"Due date: {dated[0].due_date.isoformat()}" in description
    assert re.search(r"(?<!\\),", description.removeprefix("DESCRIPTION:")) is None


def test_ics_uids_are_stable_across_exports(ctx, demo_plan):
    first = calendar_text(demo_plan, action_rows(ctx.db, demo_plan.uuid))
    second = calendar_text(demo_plan, action_rows(ctx.db, demo_plan.uuid))
    assert first == second


def test_fold_line_never_splits_a_multibyte_character():
    line = "SUMMARY:" + "é–" * 60
    folded = fold_line(line).split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in folded)
    assert "".join(p[1:] if i else p for i, p in enumerate(folded)) == line


def test_ics_escapes_text_values(ctx, small_plan, make_action):
    make_action(activity="Review; agree, then\nreport \\ sign off", timescale_text="June 2024")
    text = calendar_text(get_plan(ctx.db, small_plan), action_rows(ctx.db, small_plan))
    summary = next(line for line in _unfold(text) if line.startswith("SUMMARY:Due: 9.9"))
    assert summary == "SUMMARY:Due: 9.9 Review\\; agree\\, then\\nreport \\\\ sign off"


def test_cli_export_by_extension(ctx, small_plan, tmp_path, capsys):
    ctx.commands.execute(SetFields("plan", small_plan, {"title": "Small plan"}))
    data_dir = str(ctx.paths.data_dir)
    for suffix in ("xlsx", "csv", "ics"):
        out = tmp_path / f"out.{suffix}"
        assert main.main(["export", "--data-dir", data_dir, "--plan", "Small", "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "3 due dates of 3 actions" in capsys.readouterr().out
    assert main.main(["export", "--data-dir", data_dir, "-o", str(tmp_path / "out.pdf")]) == 1
    assert "use one of .xlsx, .csv, .ics" in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()


def test_csv_names_every_priority_an_action_serves(ctx, demo_plan, tmp_path):
    rows = action_rows(ctx.db, demo_plan.uuid)
    path = tmp_path / "demo.csv"
    write_actions_csv(path, rows)
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    served = {r[_header_index("Ref")]: r[_header_index("Priorities served")] for r in records[1:]}
    partnership = {row.ref for row in rows if any(ref.startswith("3.") for ref in row.objective_refs)}
    assert partnership and all("3" in served[ref].split(", ") for ref in partnership)
    assert served["1.1.1"] == "1, 2"
