"""Formatting shared by the workbooks we write: header row, status fills, date cells."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.status import Status

DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def text_colour_on(fill_hex: str) -> str:
    """Black or white, whichever reads better on the fill (WCAG relative luminance)."""
    channels = [int(fill_hex.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "000000" if luminance > 0.179 else "FFFFFF"


def style_status_cell(cell, status_text: str) -> None:
    """The status keeps its words; the fill repeats it in colour."""
    status = Status.parse(status_text)
    if status is None:
        return
    cell.fill = PatternFill("solid", fgColor=status.colour.lstrip("#").upper())
    cell.font = Font(bold=True, color=text_colour_on(status.colour))


def write_header(sheet: Worksheet, headers: list[str], widths: list[int], row: int = 1) -> None:
    for index, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row=row, column=index, value=header)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = WRAP_TOP
        cell.border = GRID
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.row_dimensions[row].height = 32
