"""The timeline's time axis: dates to positions, and the month / quarter / year bands. No Qt here.

Quarters are UK financial-year quarters (Q1 = April to June) and the year band shows financial
years ("2021-22"), because partnership plans, budgets and board cycles run April to March.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps days to a linear coordinate (pixels or points) from ``origin``."""

    origin: date
    per_day: float

    def x(self, day: date) -> float:
        return (day - self.origin).days * self.per_day

    def x_end(self, day: date) -> float:
        """The right edge of ``day``: bars run to the end of their due date."""
        return self.x(day) + self.per_day

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=int(x // self.per_day))


@dataclass(frozen=True, slots=True)
class AxisSegment:
    start: date
    end: date  # exclusive: the first day of the next segment
    long_label: str
    short_label: str
    tiny_label: str


def financial_year_of(day: date) -> int:
    """The calendar year in which ``day``'s UK financial year starts."""
    return day.year if day.month >= 4 else day.year - 1


def fy_label(start_year: int) -> str:
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def month_segments(first: date, last: date) -> list[AxisSegment]:
    segments, month = [], first.replace(day=1)
    while month <= last:
        following = month + relativedelta(months=1)
        abbreviation = MONTH_ABBREVIATIONS[month.month - 1]
        segments.append(AxisSegment(month, following, f"{abbreviation} {month.year}", abbreviation, abbreviation[0]))
        month = following
    return segments


def quarter_segments(first: date, last: date) -> list[AxisSegment]:
    """UK financial quarters: Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March."""
    segments = []
    start = date(financial_year_of(first), 4, 1)
    while start + relativedelta(months=3) <= first:
        start += relativedelta(months=3)
    while start <= last:
        following = start + relativedelta(months=3)
        number = (start.month - 4) % 12 // 3 + 1
        label = f"Q{number} {fy_label(financial_year_of(start))}"
        segments.append(AxisSegment(start, following, label, f"Q{number}", f"Q{number}"))
        start = following
    return segments


def year_segments(first: date, last: date) -> list[AxisSegment]:
    segments = []
    year = financial_year_of(first)
    while date(year, 4, 1) <= last:
        label = fy_label(year)
        segments.append(
            AxisSegment(date(year, 4, 1), date(year + 1, 4, 1), f"Financial year {label}", label, f"{year % 100:02d}")
        )
        year += 1
    return segments


def week_starts(first: date, last: date) -> list[date]:
    """Mondays from ``first`` to ``last``: the grid when zoomed in to weeks."""
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=n) for n in range((last - monday).days // 7 + 1)]


def band_label_level(segments: list[AxisSegment], per_day: float, text_width) -> int:
    """Which label (0 long, 1 short, 2 tiny, 3 none) every whole segment of a band has room for.

    One level per band keeps the axis even: no "Jul 2021" beside a bare "Aug".
    """
    if not segments:
        return 0
    narrowest = min((s.end - s.start).days for s in segments) * per_day
    for level in range(3):
        if all(text_width((s.long_label, s.short_label, s.tiny_label)[level]) + 4 <= narrowest for s in segments):
            return level
    return 3


def fitting_label(segment: AxisSegment, width: float, text_width, level: int = 0) -> str:
    """The longest of the segment's labels from ``level`` on that fits ``width`` (by ``text_width``), or ''."""
    for label in (segment.long_label, segment.short_label, segment.tiny_label)[level:]:
        if text_width(label) + 4 <= width:
            return label
    return ""
