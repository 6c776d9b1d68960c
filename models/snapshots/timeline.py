"""The timeline (Gantt) as plain data: bars, lanes and the chart, drawn by the window and the PDF."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

from models.snapshots.rows import MeetingRow
from models.status import Status

UNSCHEDULED_LANE = "Unscheduled"
NO_LEAD = "No lead named"
NO_PRIORITY = "No priority"

# Fill pattern per status, so colour is never the only signal (the legend names each pattern).
STATUS_PATTERNS: dict[str, str] = {
    Status.NOT_STARTED: "hollow",
    Status.ON_TRACK: "solid",
    Status.AT_RISK: "diagonal",
    Status.OFF_TRACK: "cross",
    Status.COMPLETE: "vertical",
    Status.DEFERRED: "dots",
    Status.CANCELLED: "horizontal",
}
UNKNOWN_STATUS_COLOUR = "#757575"


class GroupBy(enum.StrEnum):
    LEAD = "lead"
    PRIORITY = "priority"
    STATUS = "status"


class BarKind(enum.StrEnum):
    RANGE = "range"
    MILESTONE = "milestone"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    UNSCHEDULED = "unscheduled"


@dataclass(frozen=True, slots=True)
class TimelineBar:
    uuid: str
    ref: str
    title: str
    activity: str
    lead: str
    priority: str
    status: str
    status_label: str
    colour: str
    pattern: str
    kind: BarKind
    start: date | None
    end: date | None
    ticks: tuple[date, ...]
    open_end: bool
    overdue: bool
    timescale_text: str
    due: date | None
    percent_complete: int

    @property
    def label(self) -> str:
        return f"{self.ref} {self.title}".strip()

    @property
    def draggable(self) -> bool:
        """Only a bar with a due date at its end can be rescheduled by dragging that end."""
        return self.kind in (BarKind.RANGE, BarKind.MILESTONE)

    def when_text(self) -> str:
        """The dates in words, as a screen reader or tooltip should read them."""
        if self.kind is BarKind.UNSCHEDULED:
            return f"unscheduled (timescale: {self.timescale_text or 'none given'})"
        if self.kind is BarKind.MILESTONE:
            return f"due {_day(self.end)}"
        if self.kind is BarKind.ONGOING:
            return f"ongoing from {_day(self.start)}" + ("" if self.open_end else f" to {_day(self.end)}")
        if self.kind is BarKind.RECURRING:
            return f"recurring, {len(self.ticks)} occurrences from {_day(self.start)} to {_day(self.end)}"
        return f"from {_day(self.start)} to {_day(self.end)}"

    def describe(self) -> str:
        """One line with ref, title, lead, dates and status: accessible description and tooltip."""
        overdue = ", OVERDUE" if self.overdue else ""
        when = self.when_text()
        return (
            f"{self.ref}: {self.title}. Lead: {self.lead or NO_LEAD}. {when[0].upper()}{when[1:]}. "
            f"Status: {self.status_label}{overdue}. Timescale as written: {self.timescale_text or 'none'}."
        )


@dataclass(frozen=True, slots=True)
class TimelineLane:
    key: str
    name: str
    bars: tuple[TimelineBar, ...]
    unscheduled: bool = False

    @property
    def title(self) -> str:
        count = len(self.bars)
        return f"{self.name} ({count} action{'s' if count != 1 else ''})"


@dataclass(frozen=True, slots=True)
class TimelineData:
    plan_title: str
    period_start: date
    period_end: date
    today: date
    group_by: GroupBy
    lanes: tuple[TimelineLane, ...]
    meetings: tuple[MeetingRow, ...]
    first_day: date  # the first day the chart shows: the plan period widened to any bar or meeting outside it
    last_day: date

    @property
    def bars(self) -> tuple[TimelineBar, ...]:
        return tuple(bar for lane in self.lanes for bar in lane.bars)


def _day(value: date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "?"


SHORT_TITLE_LENGTH = 60


def short_title(activity: str, limit: int = SHORT_TITLE_LENGTH) -> str:
    """The activity's first sentence, cut at a word boundary so a bar label stays short."""
    text = " ".join(activity.split())
    sentence = re.split(r"(?<=[.;:!?])\s", text, maxsplit=1)[0].rstrip(".;:")
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;: ")
    return cut + "…"
