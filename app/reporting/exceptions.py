"""Exceptions in the order a chair takes them: red, overdue (longest first), amber, then stale.

Each action appears once, under its most serious reason; within a reason, actions are grouped
by the priority they are filed under, in plan order, so a lead answers for theirs together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from models import Status
from models.snapshots.report import EXCEPTION_KINDS, ExceptionItem
from models.snapshots.rows import ActionRow, MeetingRow

# Rows the attention list holds: about two A4 pages of one- to three-line rows.
ATTENTION_LIMIT = 20


def last_meeting_before(plan_meetings: Iterable[MeetingRow], anchor: date, body: str) -> date | None:
    """The previous meeting of the same body (else of any body) before ``anchor``."""
    earlier = [m for m in plan_meetings if m.date < anchor]
    same = [m for m in earlier if body and m.body.casefold() == body.casefold()]
    chosen = same or earlier
    return max(m.date for m in chosen) if chosen else None


def _is_stale(row: ActionRow, parsed: Status | None, last_meeting: date | None, today: date) -> bool:
    if last_meeting is None or parsed is None or not parsed.is_open:
        return False
    if parsed is Status.NOT_STARTED and not (row.start_date and row.start_date <= today):
        return False  # work not yet due to begin owes no update
    return row.latest_update_date is None or row.latest_update_date < last_meeting


def exception_items(
    rows: Iterable[ActionRow],
    today: date,
    last_meeting: date | None,
    filed: dict[str, tuple[int, str]],
) -> tuple[ExceptionItem, ...]:
    """Every exception, sorted for the meeting; ``filed`` maps an action uuid to the place and name
    of the priority it is filed under in the report."""
    items = []
    for row in rows:
        parsed = Status.parse(row.status)
        days = (today - row.due_date).days if row.overdue and row.due_date else 0
        stale = _is_stale(row, parsed, last_meeting, today)
        if parsed is Status.OFF_TRACK:
            kind = "red"
        elif days > 0:
            kind = "overdue"
        elif parsed is Status.AT_RISK:
            kind = "amber"
        elif stale:
            kind = "stale"
        else:
            continue
        reasons = tuple(
            r
            for r in (
                parsed.value if parsed in (Status.OFF_TRACK, Status.AT_RISK) else "",
                "Overdue" if row.overdue else "",
                "No recent update" if stale else "",
            )
            if r
        )
        items.append(
            ExceptionItem(
                action=row,
                reasons=reasons,
                kind=kind,
                days_overdue=days,
                priority=filed.get(row.uuid, (0, ""))[1],
                stale_since=last_meeting if stale else None,
            )
        )

    def order(item: ExceptionItem) -> tuple:
        place = filed.get(item.action.uuid, (len(filed), ""))[0]
        return (EXCEPTION_KINDS.index(item.kind), place, -item.days_overdue, item.action.position)

    return tuple(sorted(items, key=order))
