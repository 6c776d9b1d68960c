"""Which actions to show: one filter shared by the action table, the timeline and saved filters."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from models.snapshots.rows import ActionRow


class DueBucket(enum.StrEnum):
    OVERDUE = "overdue"
    THIS_QUARTER = "this_quarter"
    NEXT_QUARTER = "next_quarter"
    NO_DATE = "no_date"

    @property
    def label(self) -> str:
        return _BUCKET_LABELS[self]


_BUCKET_LABELS = {
    DueBucket.OVERDUE: "Overdue",
    DueBucket.THIS_QUARTER: "Due this quarter",
    DueBucket.NEXT_QUARTER: "Due next quarter",
    DueBucket.NO_DATE: "No date (ongoing, TBC)",
}


def financial_quarter(day: date) -> tuple[date, date]:
    """First and last day of the UK financial quarter (Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar) holding ``day``."""
    quarter_index = ((day.month - 4) % 12) // 3
    start = date(day.year, (quarter_index * 3 + 3) % 12 + 1, 1)
    return start, _next_quarter_start(start) - timedelta(days=1)


def _next_quarter_start(start: date) -> date:
    month = start.month + 3
    return date(start.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def in_bucket(row: ActionRow, bucket: DueBucket, today: date) -> bool:
    if bucket is DueBucket.OVERDUE:
        return row.overdue
    if bucket is DueBucket.NO_DATE:
        return row.due_date is None
    if row.due_date is None:
        return False
    start, end = quarter_bounds(bucket, today)
    return start <= row.due_date <= end


def quarter_bounds(bucket: DueBucket, today: date) -> tuple[date, date]:
    """First and last due date in THIS_QUARTER or NEXT_QUARTER."""
    start, end = financial_quarter(today)
    if bucket is DueBucket.NEXT_QUARTER:
        start, end = financial_quarter(_next_quarter_start(start))
    return start, end


def searchable_text(row: ActionRow) -> str:
    """Every text a user might search for in one row, case-folded."""
    parts = (
        row.ref,
        row.priority_code,
        row.priority_title,
        " ".join(row.objective_refs),
        row.objective_text,
        row.activity,
        row.lead_name,
        " ".join(row.lead_aliases),
        row.partners,
        row.timescale_text,
        row.evidence,
        row.resources,
        row.outcomes,
        row.comments,
        row.status,
        row.latest_update_note,
        row.latest_update_author,
    )
    return "\n".join(parts).casefold()


@dataclass(frozen=True)
class ActionFilter:
    """All parts combine (AND); an empty part lets everything through.

    ``text`` matches when every word appears somewhere in the row, the lead's other spellings
    included. Leads are matched by uuid, so every spelling merged into a lead as an alias is
    found by picking that lead.
    """

    text: str = ""
    lead_uuids: frozenset[str] = field(default_factory=frozenset)
    priority_uuids: frozenset[str] = field(default_factory=frozenset)
    objective_uuids: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    due: DueBucket | None = None
    changed_since: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == ActionFilter()

    def matches(self, row: ActionRow, today: date, haystack: str | None = None) -> bool:
        """``haystack`` is ``searchable_text(row)`` when the caller keeps it between keystrokes."""
        if self.lead_uuids and row.lead_uuid not in self.lead_uuids:
            return False
        if self.priority_uuids and self.priority_uuids.isdisjoint(row.serves_priorities):
            return False
        if self.objective_uuids and self.objective_uuids.isdisjoint(row.objective_uuids):
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.due is not None and not in_bucket(row, self.due, today):
            return False
        if self.changed_since is not None and last_changed(row) < self.changed_since:
            return False
        words = self.text.casefold().split()
        if words:
            text = searchable_text(row) if haystack is None else haystack
            return all(word in text for word in words)
        return True

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form, for saved filters."""
        return {
            "text": self.text,
            "lead_uuids": sorted(self.lead_uuids),
            "priority_uuids": sorted(self.priority_uuids),
            "objective_uuids": sorted(self.objective_uuids),
            "statuses": sorted(self.statuses),
            "due": self.due.value if self.due else None,
            "changed_since": self.changed_since.isoformat() if self.changed_since else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActionFilter:
        """Read a saved filter; unknown or malformed parts are dropped rather than failing the whole filter."""

        def uuids(key: str) -> frozenset[str]:
            value = data.get(key) or []
            return frozenset(v for v in value if isinstance(v, str)) if isinstance(value, list) else frozenset()

        due = data.get("due")
        since = data.get("changed_since")
        try:
            since_date = date.fromisoformat(since) if isinstance(since, str) else None
        except ValueError:
            since_date = None
        return cls(
            text=data.get("text") if isinstance(data.get("text"), str) else "",
            lead_uuids=uuids("lead_uuids"),
            priority_uuids=uuids("priority_uuids"),
            objective_uuids=uuids("objective_uuids"),
            statuses=uuids("statuses"),
            due=DueBucket(due) if due in DueBucket._value2member_map_ else None,
            changed_since=since_date,
        )

    def with_changes(self, **changes: Any) -> ActionFilter:
        return replace(self, **changes)


def last_changed(row: ActionRow) -> date:
    """The later of the action's own last edit and its latest progress update."""
    edited = row.modified_at.date()
    if row.latest_update_date is not None and row.latest_update_date > edited:
        return row.latest_update_date
    return edited


def filter_rows(rows: list[ActionRow], action_filter: ActionFilter, today: date) -> list[ActionRow]:
    return [row for row in rows if action_filter.matches(row, today)]


__all__ = [
    "ActionFilter",
    "DueBucket",
    "filter_rows",
    "financial_quarter",
    "in_bucket",
    "last_changed",
    "searchable_text",
]
