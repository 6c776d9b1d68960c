"""The columns every tabular plan export shares (.xlsx and .csv), over plain ActionRow data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from models.snapshots.rows import ActionRow
from models.status import Status


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[ActionRow], Any]
    width: int = 14
    kind: str = "text"  # text | date | number | status


def _rag(row: ActionRow) -> str:
    status = Status.parse(row.status)
    return status.rag if status else ""


def _yes_no(flag: bool) -> str:
    return "Yes" if flag else "No"


COLUMNS: tuple[Column, ...] = (
    Column("Ref", lambda r: r.ref, 9),
    Column("Priority", lambda r: " ".join(p for p in (r.priority_code, r.priority_title) if p), 24),
    Column("Objectives", lambda r: " ".join(r.objective_refs), 12),
    Column("Objective", lambda r: r.objective_text, 30),
    Column("Action", lambda r: r.activity, 50),
    Column("Lead", lambda r: r.lead_name, 24),
    Column("Partners", lambda r: r.partners, 24),
    Column("Timescale (as written)", lambda r: r.timescale_text, 22),
    Column("Timescale kind", lambda r: r.timescale_kind, 12),
    Column("Start date", lambda r: r.start_date, 12, "date"),
    Column("Due date", lambda r: r.due_date, 12, "date"),
    Column("Recurrence", lambda r: r.recurrence or "", 14),
    Column("Status", lambda r: r.status, 14, "status"),
    Column("RAG", _rag, 8),
    Column("% complete", lambda r: r.percent_complete, 10, "number"),
    Column("Overdue", lambda r: _yes_no(r.overdue), 9),
    Column("Evidence", lambda r: r.evidence, 30),
    Column("Resources", lambda r: r.resources, 20),
    Column("Outcomes", lambda r: r.outcomes, 30),
    Column("Comments", lambda r: r.comments, 30),
    Column("Latest update date", lambda r: r.latest_update_date, 12, "date"),
    Column("Latest update", lambda r: r.latest_update_note, 40),
    Column("Latest update by", lambda r: r.latest_update_author, 18),
    Column("Confidential", lambda r: _yes_no(r.confidential), 12),
    # Priority is where the action is filed; one serving several priorities is found under each by this column.
    Column("Priorities served", lambda r: ", ".join(r.priority_codes), 12),
    Column("Action ID", lambda r: r.uuid, 38),
)


def row_values(row: ActionRow) -> list[Any]:
    return [column.value(row) for column in COLUMNS]


def csv_text(value: Any) -> str:
    """Dates in ISO form (unambiguous for every locale); everything else as text."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
