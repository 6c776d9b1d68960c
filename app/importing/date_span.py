"""A Start Date column and an End Date column: one timescale, from the first to the second.

Project plans (a Northern Ireland PCSP plan: "Start Date | End Date", "April 2025 | March 2026")
give each row when it begins and when it ends. Both name a time, so only the first would be read
and the action would fall due when it starts. Read together they are the range the timescale
parser already knows ("April 2025 – March 2026": due at the end, started at the beginning); a row
with only one of the dates keeps that one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports.importing.headers import IGNORE, field_for_header, normalise_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_START_WORDS = ("start", "starts", "from", "begin", "begins", "commence", "commencement")


def _starts(header: str) -> bool:
    words = normalise_header(header).split()
    return bool(words) and words[0] in _START_WORDS


def span_columns(reader: ActionTable) -> tuple[int, int] | None:
    """(start column, end column) when the timescale column and another column both name a time and
    one of them names a start ("Start Date", "From")."""
    header = reader.headers[-1] if reader.headers else ()
    column = reader.mapping.column_of("timescale")
    if column is None or column >= len(header):
        return None
    others = [
        other
        for other, text in enumerate(header)
        if other != column and reader.mapping.fields[other] == IGNORE and field_for_header(text) == "timescale"
    ]
    if len(others) != 1:
        return None
    if _starts(header[column]) and not _starts(header[others[0]]):
        return column, others[0]
    if _starts(header[others[0]]) and not _starts(header[column]):
        return others[0], column
    return None


def read_span(reader: ActionTable) -> tuple[int, int] | None:
    """The table's (start, end) date columns, noted once for the table; None when it has no such pair."""
    span = span_columns(reader)
    if span is not None:
        reader.notes.append(f"{reader.table.location()}: the start and end date columns are read as one timescale.")
    return span


def with_end_date(reader: ActionTable, row: tuple[str, ...], timescale: str) -> str:
    """The row's timescale, its start and end dates (``reader.date_span``) joined as one range."""
    if reader.date_span is None:
        return timescale
    start, end = (row[column].strip() if column < len(row) else "" for column in reader.date_span)
    return f"{start} – {end}" if start and end else start or end
