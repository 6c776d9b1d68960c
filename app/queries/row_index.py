"""A plan's table rows kept ready for filtering on every keystroke.

``ActionFilter.matches`` asks one row at a time; over 10,000 actions that Python call per row
is most of a keystroke. ``RowIndex`` keeps each row's case-folded search text (built on the
first text search) and answers a whole filter with one list comprehension per part, cheapest
parts first, so each part only looks at the rows the earlier ones kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.queries.filters import ActionFilter, DueBucket, last_changed, quarter_bounds, searchable_text
from models.snapshots.rows import ActionRow


class RowIndex:
    def __init__(self, rows: Sequence[ActionRow]) -> None:
        self.rows = rows
        self._haystacks: list[str] | None = None

    def matching(self, action_filter: ActionFilter, today: date) -> list[int]:
        """Positions of the rows ``action_filter`` lets through, in row order (as ``matches`` would)."""
        rows = self.rows
        kept = list(range(len(rows)))
        if action_filter.lead_uuids:
            leads = action_filter.lead_uuids
            kept = [n for n in kept if rows[n].lead_uuid in leads]
        if action_filter.priority_uuids:
            priorities = action_filter.priority_uuids
            kept = [n for n in kept if not priorities.isdisjoint(rows[n].serves_priorities)]
        if action_filter.objective_uuids:
            objectives = action_filter.objective_uuids
            kept = [n for n in kept if not objectives.isdisjoint(rows[n].objective_uuids)]
        if action_filter.statuses:
            statuses = action_filter.statuses
            kept = [n for n in kept if rows[n].status in statuses]
        due = action_filter.due
        if due is DueBucket.OVERDUE:
            kept = [n for n in kept if rows[n].overdue]
        elif due is DueBucket.NO_DATE:
            kept = [n for n in kept if rows[n].due_date is None]
        elif due is not None:
            start, end = quarter_bounds(due, today)
            kept = [n for n in kept if rows[n].due_date is not None and start <= rows[n].due_date <= end]
        if action_filter.changed_since is not None:
            since = action_filter.changed_since
            kept = [n for n in kept if last_changed(rows[n]) >= since]
        words = action_filter.text.casefold().split()
        if words:
            haystacks = self.haystacks()
            for word in words:
                kept = [n for n in kept if word in haystacks[n]]
        return kept

    def haystacks(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = [searchable_text(row) for row in self.rows]
        return self._haystacks
