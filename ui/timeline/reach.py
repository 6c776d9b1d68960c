"""Keeps one far-off date from squashing the on-screen chart.

A single action "due 2035" in a 2022-24 plan would stretch the chart over thirteen years and
shrink every other bar to a sliver. On screen the chart spans the plan period and the year either
side; a bar reaching past that is drawn up to the edge with an arrow and its real date in its
label (its tooltip and description keep the real dates). The PDF and PNG exports are unchanged.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from models.snapshots.timeline import TimelineData

MARGIN = relativedelta(months=12)


def within_reach(data: TimelineData) -> TimelineData:
    """``data`` with its first and last day brought in to a year either side of the plan period."""
    earliest = (min(data.period_start, data.today) - MARGIN).replace(day=1)
    latest = max(data.period_end, data.today) + MARGIN
    latest = latest.replace(day=1) + relativedelta(months=1) - timedelta(days=1)
    return replace(data, first_day=max(data.first_day, earliest), last_day=min(data.last_day, latest))


def beyond_text(start: date | None, end: date | None, first: date, last: date) -> str:
    """The real date of a bar cut at the chart's edge, as its label says it: "→ due Mar 2035"."""
    if end is not None and end > last:
        return f" → {end:%b %Y}"
    if start is not None and start < first:
        return f" (from {start:%b %Y})"
    return ""
