"""The per-lead update-return workbook: what a lead fills in with Excel or LibreOffice.

Sheet "Updates" lists the lead's actions. The grey columns (ref, action, timescale, current
status, latest update) are locked by sheet protection; the yellow ones (new status with a
drop-down of statuses, progress note, revised timescale) are not. Protection has no password:
it stops accidental edits, while the hashes below catch deliberate ones.

A very hidden sheet "_request" ties the workbook to its request (request id, plan, lead, issue
time) and each row to its action UUID with a hash of every locked cell, salted with the request
id, so an edited locked cell is detected and named on import.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from exports.common.cells import set_text_cell
from exports.common.xlsx_style import GRID, WRAP_TOP, style_status_cell, write_header
from models.status import Status

FORMAT_NAME = "delivery-desk-update-return"
FORMAT_VERSION = 1
UPDATES_SHEET = "Updates"
INSTRUCTIONS_SHEET = "Instructions"
# Characters across: wide enough to read, narrow enough to print on portrait A4 unscaled.
INSTRUCTIONS_WIDTH = 80
IDS_SHEET = "_request"
# (header, width) of the columns of the Updates sheet, in order.
LOCKED_COLUMNS = (("Ref", 9), ("Action", 60), ("Timescale", 18), ("Current status", 14), ("Latest update", 40))
EDITABLE_COLUMNS = (("New status", 15), ("Progress note", 50), ("Revised timescale", 18))
ID_COLUMN = ("Action ID", 38)
HEADERS = tuple(h for h, _ in (*LOCKED_COLUMNS, *EDITABLE_COLUMNS, ID_COLUMN))
LOCKED_HEADERS = tuple(h for h, _ in LOCKED_COLUMNS)
NEW_STATUS_COL = len(LOCKED_COLUMNS) + 1
NOTE_COL = NEW_STATUS_COL + 1
REVISED_COL = NEW_STATUS_COL + 2
ID_COL = len(HEADERS)
# Request facts are key/value rows at the top of the ids sheet; the row table starts below.
ID_TABLE_HEADER_ROW = 12
ID_TABLE_HEADERS = ("Sheet row", "Action ID", "Row hash", *(f"{h} hash" for h in LOCKED_HEADERS))
EDITABLE_FILL = PatternFill("solid", fgColor="FFF9C4")
LOCKED_FILL = PatternFill("solid", fgColor="EEEEEE")


@dataclass(frozen=True)
class RequestHeader:
    request_id: str
    plan_uuid: str
    plan_title: str
    lead_uuid: str
    lead_name: str
    issued_at: datetime
    issued_by: str
    reply_to: str = ""


@dataclass(frozen=True)
class RequestRow:
    action_uuid: str
    ref: str
    activity: str
    timescale: str
    status: str
    latest_update: str

    def locked_values(self) -> tuple[str, ...]:
        return (self.ref, self.activity, self.timescale, self.status, self.latest_update)


def cell_text(value: object) -> str:
    """How a cell read back compares with what we wrote: None and "" are the same."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def cell_hash(request_id: str, action_uuid: str, header: str, value: object) -> str:
    material = "\x1f".join((request_id, action_uuid, header, cell_text(value)))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:20]


def row_hash(request_id: str, action_uuid: str, values: Sequence[object]) -> str:
    material = "\x1f".join((request_id, action_uuid, *(cell_text(v) for v in values)))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:20]


def write_request_workbook(path: Path, header: RequestHeader, rows: Sequence[RequestRow]) -> None:
    workbook = Workbook()
    _write_instructions(workbook.active, header, len(rows))
    _write_updates(workbook.create_sheet(UPDATES_SHEET), rows)
    _write_ids(workbook.create_sheet(IDS_SHEET), header, rows)
    workbook.active = 0
    # Locking the structure keeps the hidden sheet hidden and the sheet names as we expect them.
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.title = f"Update request: {header.lead_name}"
    workbook.properties.creator = header.issued_by or "Delivery Desk"
    workbook.save(path)


def _write_updates(sheet, rows: Sequence[RequestRow]) -> None:
    widths = [w for _, w in (*LOCKED_COLUMNS, *EDITABLE_COLUMNS, ID_COLUMN)]
    write_header(sheet, list(HEADERS), widths)
    statuses = DataValidation(
        type="list",
        formula1='"' + ",".join(s.value for s in Status) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Choose a status",
        error="Pick a status from the list, or leave the cell empty if it has not changed.",
        promptTitle="New status",
        prompt="Pick from the list; leave empty if unchanged.",
        showInputMessage=True,
    )
    sheet.add_data_validation(statuses)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate((*row.locked_values(), "", "", "", row.action_uuid), start=1):
            cell = sheet.cell(row=row_number, column=column)
            set_text_cell(cell, value or None)
            cell.alignment = WRAP_TOP
            cell.border = GRID
            if NEW_STATUS_COL <= column <= REVISED_COL:
                cell.protection = Protection(locked=False)
                cell.fill = EDITABLE_FILL
            else:
                cell.fill = LOCKED_FILL
        style_status_cell(sheet.cell(row=row_number, column=4), row.status)
    if rows:
        statuses.add(f"F2:F{len(rows) + 1}")
    sheet.column_dimensions["I"].hidden = True
    sheet.freeze_panes = "C2"
    sheet.protection.sheet = True
    # Leads may still resize rows and columns to read long text.
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0


def _write_instructions(sheet, header: RequestHeader, count: int) -> None:
    sheet.title = INSTRUCTIONS_SHEET
    sheet.column_dimensions["A"].width = INSTRUCTIONS_WIDTH
    reply = f" to {header.reply_to}" if header.reply_to else ""
    lines = [
        (f"Progress update request – {header.plan_title}", Font(bold=True, size=14)),
        (f"For: {header.lead_name}", Font(bold=True)),
        (f"Issued {header.issued_at:%d %B %Y} by {header.issued_by or 'the partnership secretariat'}", None),
        ("", None),
        (f"The sheet '{UPDATES_SHEET}' lists the {count} actions you lead. For each action:", None),
        ("  • New status: pick from the drop-down list (leave empty if the status has not changed).", None),
        ("  • Progress note: what has happened since the last update, in a sentence or two.", None),
        ("  • Revised timescale: only if the action will be delivered later or earlier than planned.", None),
        ("", None),
        ("Only the yellow columns can be edited. Please do not add, delete or re-order rows.", None),
        (f"Save the file (keep it as .xlsx) and send it back{reply}.", None),
        ("", None),
        ("Statuses", Font(bold=True)),
    ]
    lines += [(f"  {status.value} ({status.rag})", None) for status in Status]
    for index, (text, font) in enumerate(lines, start=1):
        cell = sheet.cell(row=index, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font:
            cell.font = font
        # Spreadsheet programs do not all grow a row for wrapped text on opening: size it here.
        size = font.size if font and font.size else 11
        per_line = INSTRUCTIONS_WIDTH * 1.25 * 11 / size  # a width unit holds about 1.25 body characters
        sheet.row_dimensions[index].height = math.ceil(max(len(text), 1) / per_line) * size * 1.4
    first_status_row = len(lines) - len(Status) + 1
    for offset, status in enumerate(Status):
        style_status_cell(sheet.cell(row=first_status_row + offset, column=1), status.value)
    sheet.protection.sheet = True


def _write_ids(sheet, header: RequestHeader, rows: Sequence[RequestRow]) -> None:
    facts = [
        ("format", FORMAT_NAME),
        ("version", FORMAT_VERSION),
        ("request_id", header.request_id),
        ("plan_uuid", header.plan_uuid),
        ("plan_title", header.plan_title),
        ("lead_uuid", header.lead_uuid),
        ("lead_name", header.lead_name),
        ("issued_at", header.issued_at.isoformat()),
        ("issued_by", header.issued_by),
        ("rows", len(rows)),
    ]
    for index, (key, value) in enumerate(facts, start=1):
        sheet.cell(row=index, column=1, value=key)
        set_text_cell(sheet.cell(row=index, column=2), value)
    for column, title in enumerate(ID_TABLE_HEADERS, start=1):
        sheet.cell(row=ID_TABLE_HEADER_ROW, column=column, value=title)
    for offset, row in enumerate(rows):
        values = row.locked_values()
        hashes = [
            cell_hash(header.request_id, row.action_uuid, h, v) for h, v in zip(LOCKED_HEADERS, values, strict=True)
        ]
        record = (offset + 2, row.action_uuid, row_hash(header.request_id, row.action_uuid, values), *hashes)
        for column, value in enumerate(record, start=1):
            sheet.cell(row=ID_TABLE_HEADER_ROW + 1 + offset, column=column, value=value)
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True
