"""A plan of projects: one row per project, its key activities in a column of their own.

Northern Ireland's PCSP action plans (and other project trackers) give each row a project
("SP1.1 Facilitate PCSP Meetings and Events"), its aims, its key activities, dates and measures.
The project is the action (``exports/importing/header_pairs.py``); its key activities are what the
action involves, so they are kept under the project's name in the action's wording, a line each,
rather than dropped as a second action column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports.importing.header_pairs import is_project_detail_header, is_project_header
from exports.importing.headers import IGNORE, normalise_header

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable


def detail_column(reader: ActionTable) -> int | None:
    """The Key Activities column under a Project column, if the table has one."""
    header = reader.headers[-1] if reader.headers else ()
    column = reader.mapping.column_of("activity")
    if column is None or column >= len(header) or not is_project_header(normalise_header(header[column])):
        return None
    for other, text in enumerate(header):
        if reader.mapping.fields[other] == IGNORE and is_project_detail_header(normalise_header(text)):
            return other
    return None


def with_detail(reader: ActionTable, row: tuple[str, ...], activity: str) -> str:
    """The project's name with its key activities on the lines under it."""
    column = detail_column(reader)
    detail = row[column].strip() if column is not None and column < len(row) else ""
    if not detail or not activity:
        return activity or detail
    return f"{activity}\n{detail}"
