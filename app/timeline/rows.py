"""Timeline (Gantt) rows: where each action sits in time, grouped into swimlanes. No Qt here.

The Qt view (``ui/timeline``) and the PDF drawing (``exports/timeline/pdf.py``) both draw from
``TimelineData``, so what the board sees on screen and on paper is placed by the same rules:

- RANGE timescales ("2021-22", "Q3 2022/23", "April to June 2022") draw as a bar from start to due.
- DATED timescales ("April 2022", "31/03/2023") have one date, so they draw as a milestone at the
  due date. We do not invent a start: a guessed start would look like a commitment nobody made.
  A DATED action whose start was set explicitly (e.g. by editing the dates) draws as a bar.
- ONGOING draws from its start (or the plan start) to the plan end, with an open end.
- RECURRING draws a tick at each occurrence of its rule across the plan period, anchored on its
  start or due date when it has one, otherwise on the plan start.
- TBC, unknown, empty timescales, and any action whose dates do not give a placement, go to the
  "Unscheduled" lane: listed with their timescale text, never dropped.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from app.storage.database import Database
from app.timescale import describe_due
from models.snapshots.rows import ActionRow, MeetingRow, PlanSummary
from models.snapshots.timeline import (  # noqa: F401 - the timeline's data, re-exported for its callers
    NO_LEAD,
    NO_PRIORITY,
    STATUS_PATTERNS,
    UNKNOWN_STATUS_COLOUR,
    UNSCHEDULED_LANE,
    BarKind,
    GroupBy,
    TimelineBar,
    TimelineData,
    TimelineLane,
    short_title,
)
from models.status import Status

# A daily rule over a long plan would be thousands of ticks that draw as a solid band anyway.
MAX_TICKS = 400


def load_timeline(
    db: Database,
    plan_uuid: str,
    group_by: GroupBy = GroupBy.LEAD,
    today: date | None = None,
    include: Callable[[ActionRow], bool] | None = None,
) -> TimelineData:
    """Read a plan's actions, meetings and period and build its timeline."""
    from app.plan_setup.reference_data import meetings
    from app.plans.listing import get_plan
    from app.queries.actions import action_rows

    today = today or date.today()
    return build_timeline(
        action_rows(db, plan_uuid, today), get_plan(db, plan_uuid), meetings(db, plan_uuid), group_by, today, include
    )


def build_timeline(
    rows: Iterable[ActionRow],
    plan: PlanSummary,
    meetings: Iterable[MeetingRow] = (),
    group_by: GroupBy = GroupBy.LEAD,
    today: date | None = None,
    include: Callable[[ActionRow], bool] | None = None,
) -> TimelineData:
    """Place every included action: in its group's lane when it has dates, else in "Unscheduled"."""
    today = today or date.today()
    meetings = tuple(meetings)
    rows = [row for row in rows if include is None or include(row)]
    period_start, period_end = _period(plan, rows, today)
    scheduled: dict[str, list[tuple[ActionRow, TimelineBar]]] = {}
    names: dict[str, str] = {}
    orders: dict[str, tuple] = {}
    unscheduled: list[TimelineBar] = []
    for row in rows:
        bar = place(row, period_start, period_end)
        if bar.kind is BarKind.UNSCHEDULED:
            unscheduled.append(bar)
            continue
        for key, name, order in _groups_of(row, group_by):
            scheduled.setdefault(key, []).append((row, bar))
            names[key] = name
            orders[key] = order
    lanes = [
        TimelineLane(key, names[key], tuple(bar for _row, bar in sorted(members, key=_bar_order)))
        for key, members in sorted(scheduled.items(), key=lambda item: orders[item[0]])
    ]
    if unscheduled:
        ordered = tuple(sorted(unscheduled, key=lambda bar: _natural(bar.ref)))
        lanes.append(TimelineLane(UNSCHEDULED_LANE, UNSCHEDULED_LANE, ordered, unscheduled=True))
    bars = [bar for lane in lanes for bar in lane.bars]
    first_day, last_day = _chart_span(period_start, period_end, bars, meetings)
    return TimelineData(
        plan_title=plan.display_name,
        period_start=period_start,
        period_end=period_end,
        today=today,
        group_by=group_by,
        lanes=tuple(lanes),
        meetings=meetings,
        first_day=first_day,
        last_day=last_day,
    )


def place(row: ActionRow, period_start: date, period_end: date) -> TimelineBar:
    """Decide how one action is drawn (see the module docstring for the rules)."""
    kind, start, end, ticks, open_end = BarKind.UNSCHEDULED, None, None, (), False
    due = row.due_date
    if row.timescale_kind == "recurring":
        if row.start_date:  # "quarterly from April 2022 to March 2023": ticks only inside that span
            ticks = recurrence_ticks(row.recurrence, row.start_date, row.start_date, due or period_end)
        else:  # a lone date on a recurring action is usually "next due", so repeat it across the plan
            ticks = recurrence_ticks(row.recurrence, due, period_start, period_end)
        if ticks:
            kind, start, end = BarKind.RECURRING, ticks[0], ticks[-1]
        else:  # a rule we cannot expand still means "keeps happening": draw it as ongoing
            kind, start, end, open_end = BarKind.ONGOING, row.start_date or period_start, period_end, True
    elif row.timescale_kind == "ongoing":
        start = row.start_date or period_start
        kind, end, open_end = BarKind.ONGOING, due or max(period_end, start), due is None
    elif due is not None and row.timescale_kind in ("dated", "range"):
        if row.start_date is not None and row.start_date < due:
            kind, start, end = BarKind.RANGE, row.start_date, due
        else:
            kind, start, end = BarKind.MILESTONE, due, due
    status = Status.parse(row.status)
    return TimelineBar(
        uuid=row.uuid,
        ref=row.ref,
        title=short_title(row.activity),
        activity=row.activity,
        lead=row.lead_name,
        priority=f"{row.priority_code} {row.priority_title}".strip(),
        status=status.value if status else row.status,
        status_label=status.label if status else (row.status or "No status"),
        colour=status.colour if status else UNKNOWN_STATUS_COLOUR,
        pattern=STATUS_PATTERNS.get(status, "hollow") if status else "hollow",
        kind=kind,
        start=start,
        end=end,
        ticks=ticks,
        open_end=open_end,
        overdue=row.overdue,
        timescale_text=row.timescale_text,
        due=due,
        percent_complete=row.percent_complete,
    )


@functools.lru_cache(maxsize=1024)  # plans repeat the same few rules ("Quarterly") many times
def recurrence_ticks(rule: str | None, anchor: date | None, first: date, last: date) -> tuple[date, ...]:
    """Occurrences of an RRULE ("FREQ=MONTHLY;INTERVAL=3") between ``first`` and ``last``.

    The rule repeats from ``anchor`` in both directions, so "Quarterly, next due June 2022" puts
    ticks in March 2022, December 2021... as well as after June.
    """
    if not rule or last < first:
        return ()
    try:
        step = _rule_step(rule)
        anchor = anchor or first
        while anchor > first:
            anchor = anchor - step
        rules = rrulestr(rule, dtstart=_midnight(anchor), cache=False)
    except (KeyError, ValueError, TypeError):  # a rule we cannot read draws no ticks
        return ()
    ticks = []
    for moment in rules.xafter(_midnight(first), count=MAX_TICKS, inc=True):
        if moment.date() > last:
            break
        ticks.append(moment.date())
    return tuple(ticks)


def rescheduled_timescale(bar: TimelineBar, due: date) -> str:
    """The timescale text matching a new due date (offered to the user, never applied silently)."""
    if bar.kind is BarKind.RANGE and bar.start is not None:
        start = f"{bar.start:%B %Y}" if bar.start.day == 1 else describe_due(bar.start)
        return f"{start} to {describe_due(due)}"
    return describe_due(due)


def pack_rows(extents: Sequence[tuple[float, float]], gap: float = 0.0) -> tuple[list[int], int]:
    """Stack items into rows so no two overlap: each (start, end) goes in the first row it fits.

    Returns each item's row index and the number of rows. Callers measure extents in their own
    units (pixels on screen, points on paper), labels included, so labels never overlap either.
    """
    order = sorted(range(len(extents)), key=lambda i: extents[i])
    busy: list[tuple[float, int]] = []  # (end of the row's last item, row), soonest free first
    free: list[int] = []  # rows free for every later item too, since items come in start order
    rows = [0] * len(extents)
    count = 0
    for index in order:
        start, end = extents[index]
        while busy and busy[0][0] + gap <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)  # the topmost free row: first fit
        else:
            row, count = count, count + 1
        rows[index] = row
        heapq.heappush(busy, (end, row))
    return rows, count


# ------------------------------------------------------------------ helpers
def _chart_span(
    period_start: date, period_end: date, bars: Sequence[TimelineBar], meetings: Sequence[MeetingRow]
) -> tuple[date, date]:
    """Whole months covering the plan period and every bar and meeting."""
    first = min([period_start, *(b.start for b in bars if b.start), *(m.date for m in meetings)])
    last = max([period_end, *(b.end for b in bars if b.end), *(m.date for m in meetings)])
    return first.replace(day=1), last.replace(day=1) + relativedelta(months=1) - timedelta(days=1)


def _midnight(value: date) -> datetime:
    return datetime(value.year, value.month, value.day)


def _rule_step(rule: str) -> relativedelta:
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    interval = int(parts.get("INTERVAL", "1"))
    unit = {"DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months", "YEARLY": "years"}[parts["FREQ"]]
    return relativedelta(**{unit: interval})


def _period(plan: PlanSummary, rows: Sequence[ActionRow], today: date) -> tuple[date, date]:
    """The plan's period; a plan without one spans its actions' dates (or this financial year)."""
    dates = [d for row in rows for d in (row.start_date, row.due_date) if d]
    fy_start = date(today.year if today.month >= 4 else today.year - 1, 4, 1)
    start = plan.period_start or (min(dates) if dates else fy_start)
    end = plan.period_end or (max(dates) if dates else fy_start + relativedelta(years=1, days=-1))
    return start, max(start, end)


def _groups_of(row: ActionRow, group_by: GroupBy) -> list[tuple[str, str, tuple]]:
    """The lanes an action is drawn in, each as (key, name, sort order): by priority, one lane
    for every priority its objectives belong to, so each priority's lane shows all its work."""
    if group_by is GroupBy.PRIORITY:
        served = list(zip(row.priority_uuids, row.priority_codes, row.priority_titles, strict=True))
        if not served:
            served = [(row.priority_uuid or "", row.priority_code, row.priority_title)]
        lanes = []
        for uuid, code, title in served:
            name = f"{code} {title}".strip() or NO_PRIORITY
            lanes.append((uuid or "", name, (not uuid, _natural(code), name)))
        return lanes
    if group_by is GroupBy.STATUS:
        status = Status.parse(row.status)
        key, name = (status.value, status.label) if status else (row.status, row.status or "No status")
        return [(key, name, (status is None, list(Status).index(status) if status else 0, name))]
    key, name = row.lead_uuid or "", row.lead_name or NO_LEAD
    return [(key, name, (not key, name.casefold()))]


def _bar_order(member: tuple[ActionRow, TimelineBar]) -> tuple:
    _row, bar = member
    return (bar.start or date.max, bar.end or date.max, _natural(bar.ref))


@functools.lru_cache(maxsize=65536)
def _natural(text: str) -> tuple:
    # Cached: every regroup and export sorts the same refs again.
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in _NUMBERS.split(text) if part)


_NUMBERS = re.compile(r"(\d+)")
