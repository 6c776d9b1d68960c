"""Whether a column headed "Theme" or "Priority area" names each row's priority or its objective.

Beside an Objective column it is the priority (``headers.guess_mapping``). Alone it may be either:
plans use "theme" for their top level ("Theme 2: Safer streets" heading a table, Road to Recovery's
themes, Stockton's pathways), so a Theme column alone names the priorities; but a table that names
its priorities another way, in rows of one title across it ("3. Pursuing") or a numbered heading
above it ("Priority 1 – …"), holds its areas under them, and the column is their objective.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from exports.importing.heading_words import HEADING_WORDS, alternation

if TYPE_CHECKING:
    from exports.importing.headers import ColumnMapping
    from exports.importing.source import RawTable

TOP_LEVEL = ("theme", "themes", "priority area", "priority areas")
# "Priority 1 – …", "Theme 2: …", "3. Pursuing": a numbered heading naming a priority.
_NUMBERED = re.compile(rf"^\s*(?:(?:{alternation(HEADING_WORDS)})\s*\d|\d{{1,2}}\s*[.)]\s+[A-Za-z])", re.IGNORECASE)


def _names_priorities(table: RawTable, start: int) -> bool:
    """Rows below the header of one title across the table, or a numbered heading right above it."""
    across = any(
        sum(1 for cell in row if cell.strip()) == 1 and row[0].strip() and len(row) > 1 for row in table.rows[start:]
    )
    return across or any(_NUMBERED.match(text) for text in table.preceding[-3:])


def top_level_column(table: RawTable, mapping: ColumnMapping, normalised: list[str]) -> ColumnMapping:
    """``mapping`` with a lone Theme / Priority area column read as the priority where the table
    names its priorities no other way (``normalised``: the header row's words)."""
    column = mapping.column_of("objective")
    if column is None or "priority" in mapping.fields or mapping.header_row is None:
        return mapping
    if mapping.fields.count("objective") != 1 or normalised[column] not in TOP_LEVEL:
        return mapping
    if _names_priorities(table, mapping.header_row + 1):
        return mapping
    return mapping.with_field(column, "priority")
