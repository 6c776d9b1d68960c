"""A plan's actions as a formatted Excel workbook: frozen header, filters, wrapped text, status colours."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from exports.common.cells import set_text_cell
from exports.common.xlsx_style import DATE_FORMAT, GRID, WRAP_TOP, style_status_cell, write_header
from exports.exporting.plan_table import COLUMNS, row_values
from models.snapshots.rows import ActionRow, PlanSummary

ACTIONS_SHEET = "Actions"
ABOUT_SHEET = "About"


def write_actions_xlsx(path: Path, plan: PlanSummary, rows: Sequence[ActionRow], exported_by: str = "") -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = ACTIONS_SHEET
    write_header(sheet, [c.header for c in COLUMNS], [c.width for c in COLUMNS])
    for row_number, row in enumerate(rows, start=2):
        for column_number, (column, value) in enumerate(zip(COLUMNS, row_values(row), strict=True), start=1):
            cell = sheet.cell(row=row_number, column=column_number)
            set_text_cell(cell, value)
            cell.alignment = WRAP_TOP
            cell.border = GRID
            if column.kind == "date" and isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif column.kind == "status":
                style_status_cell(cell, value)
    sheet.freeze_panes = "B2"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    _write_about(workbook.create_sheet(ABOUT_SHEET), plan, len(rows), exported_by)
    workbook.properties.title = plan.display_name
    workbook.properties.creator = exported_by or "Delivery Desk"
    workbook.save(path)


def _write_about(sheet, plan: PlanSummary, count: int, exported_by: str) -> None:
    facts = [
        ("Plan", plan.title),
        ("Partnership", plan.partnership),
        ("Period start", plan.period_start),
        ("Period end", plan.period_end),
        ("Version", plan.version_label),
        ("Marking", plan.marking),
        ("Actions", count),
        ("Exported at", datetime.now().replace(microsecond=0)),
        ("Exported by", exported_by),
        ("Plan ID", plan.uuid),
    ]
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 60
    for index, (label, value) in enumerate(facts, start=1):
        sheet.cell(row=index, column=1, value=label).font = Font(bold=True)
        cell = sheet.cell(row=index, column=2)
        set_text_cell(cell, value)
        if isinstance(value, datetime):
            cell.number_format = "dd/mm/yyyy hh:mm"
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
