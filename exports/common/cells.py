"""Spreadsheet cell safety shared by every writer.

A cell whose text starts with = + - @ (or a tab or carriage return, which Excel strips before
looking) is run as a formula when a spreadsheet opens the file ("CSV/formula injection").
We neutralise such text with the apostrophe prefix, the convention OWASP recommends:

- CSV has no types, so the text is written with a leading apostrophe ("'=SUM(A1)").
- In .xlsx the text is stored as a string cell with Excel's own apostrophe prefix
  (the ``quotePrefix`` style), so it reads exactly as written and stays text even after
  someone edits the cell.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
APOSTROPHE = "'"


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def neutralise_for_csv(value: object) -> object:
    """Text that a spreadsheet would evaluate gets the apostrophe prefix; anything else is unchanged."""
    if isinstance(value, str) and is_formula_like(value):
        return APOSTROPHE + value
    return value


def set_text_cell(cell, value: object) -> None:
    """Put ``value`` in an openpyxl cell, never letting text become a formula."""
    cell.value = value
    if isinstance(value, str) and is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
