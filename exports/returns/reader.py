"""Reading a returned update workbook back into plain data (no database here).

Anything that makes the whole file unusable raises WorkbookFileError naming the file, sheet,
row and column; per-row findings (edited locked cells, rows we never wrote) travel with the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from exports.common.safe_xlsx import WorkbookFileError, open_workbook
from exports.returns.workbook import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HEADERS,
    ID_COL,
    ID_TABLE_HEADER_ROW,
    IDS_SHEET,
    LOCKED_HEADERS,
    NEW_STATUS_COL,
    NOTE_COL,
    REVISED_COL,
    UPDATES_SHEET,
    RequestHeader,
    cell_hash,
    cell_text,
)


@dataclass(frozen=True)
class ReturnedRow:
    sheet_row: int
    action_uuid: str
    locked: tuple[str, ...]
    new_status: str
    note: str
    revised_timescale: str
    known: bool  # the row is one we wrote (its action id is in the hidden table)
    edited_columns: tuple[str, ...]  # locked columns whose content no longer matches its hash

    @property
    def ref(self) -> str:
        return self.locked[0]

    @property
    def has_update(self) -> bool:
        return bool(self.new_status or self.note or self.revised_timescale)


@dataclass(frozen=True)
class ReturnedWorkbook:
    path: Path
    header: RequestHeader
    rows: tuple[ReturnedRow, ...]


# Far more actions than one lead holds in any plan (a plan file holds at most 5,000 rows).
MAX_ROWS = 5_000


def column_name(column: int) -> str:
    title = HEADERS[column - 1] if column <= len(HEADERS) else ""
    return f"column {get_column_letter(column)}" + (f" ({title})" if title else "")


def _typed_text(value: object) -> str:
    """What a lead typed, as text; Excel turns a typed date into a date, we turn it back."""
    if isinstance(value, datetime | date):
        return f"{value:%d %B %Y}".lstrip("0")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value).strip()


def read_returned_workbook(path: Path) -> ReturnedWorkbook:
    name = Path(path).name
    workbook = open_workbook(path)
    try:
        for needed in (UPDATES_SHEET, IDS_SHEET):
            if needed not in workbook.sheetnames:
                raise WorkbookFileError(
                    f"{name}: sheet '{needed}' is missing, so this is not a Delivery Desk update return "
                    f"(sheets found: {', '.join(workbook.sheetnames)})."
                )
        try:
            header, id_table = _read_ids(name, workbook[IDS_SHEET])
            rows = _read_updates(name, workbook[UPDATES_SHEET], header, id_table)
        except WorkbookFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - read-only sheets are parsed as read: a broken part fails here
            raise WorkbookFileError(f"{name}: the workbook could not be read ({type(exc).__name__}: {exc}).") from exc
    finally:
        workbook.close()
    return ReturnedWorkbook(Path(path), header, rows)


def _read_ids(name: str, sheet) -> tuple[RequestHeader, dict[str, tuple[str, ...]]]:
    facts = {}
    for row in range(1, ID_TABLE_HEADER_ROW):
        key = cell_text(sheet.cell(row=row, column=1).value)
        if key:
            facts[key] = sheet.cell(row=row, column=2).value
    where = f"{name}: sheet '{IDS_SHEET}'"
    if facts.get("format") != FORMAT_NAME:
        raise WorkbookFileError(f"{where}, row 1, column B: not a Delivery Desk update return.")
    if not isinstance(facts.get("version"), int) or facts["version"] > FORMAT_VERSION:
        raise WorkbookFileError(
            f"{where}, row 2, column B: format version {facts.get('version')!r} is newer than this app reads "
            f"({FORMAT_VERSION}); update Delivery Desk."
        )
    for key in ("request_id", "plan_uuid", "lead_uuid", "issued_at"):
        if not cell_text(facts.get(key)):
            raise WorkbookFileError(f"{where}: '{key}' is missing; the workbook's identifiers were damaged.")
    try:
        issued_at = datetime.fromisoformat(cell_text(facts["issued_at"]))
    except ValueError:
        raise WorkbookFileError(f"{where}, row 8, column B: issue time {facts['issued_at']!r} is not a date.") from None
    header = RequestHeader(
        request_id=cell_text(facts["request_id"]),
        plan_uuid=cell_text(facts["plan_uuid"]),
        plan_title=cell_text(facts.get("plan_title")),
        lead_uuid=cell_text(facts["lead_uuid"]),
        lead_name=cell_text(facts.get("lead_name")),
        issued_at=issued_at,
        issued_by=cell_text(facts.get("issued_by")),
    )
    table: dict[str, tuple[str, ...]] = {}
    for values in sheet.iter_rows(min_row=ID_TABLE_HEADER_ROW + 1, values_only=True):
        if len(values) >= 3 + len(LOCKED_HEADERS) and values[1]:
            table[cell_text(values[1])] = tuple(cell_text(v) for v in values[3 : 3 + len(LOCKED_HEADERS)])
    return header, table


def _read_updates(name: str, sheet, header: RequestHeader, id_table: dict[str, tuple[str, ...]]):
    found = tuple(cell_text(sheet.cell(row=1, column=c).value) for c in range(1, len(HEADERS) + 1))
    for column, (expected, actual) in enumerate(zip(HEADERS, found, strict=True), start=1):
        if expected != actual:
            raise WorkbookFileError(
                f"{name}: sheet '{UPDATES_SHEET}', row 1, {column_name(column)}: expected the heading "
                f"'{expected}', found '{actual}'. Were columns added, removed or moved?"
            )
    rows = []
    for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=len(HEADERS), values_only=True), start=2):
        if all(cell_text(v).strip() == "" for v in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise WorkbookFileError(
                f"{name}: sheet '{UPDATES_SHEET}', row {number}: more than {MAX_ROWS:,} updates; a return lists "
                "one lead's actions."
            )
        locked = tuple(cell_text(v) for v in values[: len(LOCKED_HEADERS)])
        action_uuid = cell_text(values[ID_COL - 1]).strip()
        hashes = id_table.get(action_uuid)
        edited: tuple[str, ...] = ()
        if hashes is not None:
            edited = tuple(
                title
                for title, value, stored in zip(LOCKED_HEADERS, locked, hashes, strict=True)
                if cell_hash(header.request_id, action_uuid, title, value) != stored
            )
        rows.append(
            ReturnedRow(
                sheet_row=number,
                action_uuid=action_uuid,
                locked=locked,
                new_status=_typed_text(values[NEW_STATUS_COL - 1]),
                note=_typed_text(values[NOTE_COL - 1]),
                revised_timescale=_typed_text(values[REVISED_COL - 1]),
                known=hashes is not None,
                edited_columns=edited,
            )
        )
    return tuple(rows)
