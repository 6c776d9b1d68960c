"""The assembled report: plain frozen data that the PDF and Word writers draw without thinking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models import Status
from models.snapshots.paper import EMPTY_PAPER, Paper
from models.snapshots.report_options import ReportOptions
from models.snapshots.rows import ActionRow, GlossaryRow, MeasureRow, PlanSummary
from models.snapshots.timeline import UNKNOWN_STATUS_COLOUR, TimelineData

StatusCounts = tuple[tuple[str, int], ...]


def describe_counts(total: int, counts: StatusCounts) -> str:
    """The sentence boards know: "67 actions: 22 complete, 24 on track, 9 at risk"."""
    noun = "action" if total == 1 else "actions"
    if not counts:
        return f"{total} {noun}"
    return f"{total} {noun}: " + ", ".join(f"{n} {name.lower()}" for name, n in counts)


@dataclass(frozen=True, slots=True)
class CoverFacts:
    partnership: str
    plan_title: str
    period: str
    meeting_body: str
    meeting_date: date | None
    agenda_item: str
    author: str
    version: str
    approval: str
    marking: str
    generated_on: date
    # "Name, role (email)" of the officer to contact about the report.
    contact: str = ""


@dataclass(frozen=True, slots=True)
class PrioritySummary:
    code: str
    title: str
    total: int
    counts: StatusCounts

    @property
    def sentence(self) -> str:
        return describe_counts(self.total, self.counts)


@dataclass(frozen=True, slots=True)
class Summary:
    total: int
    counts: StatusCounts
    priorities: tuple[PrioritySummary, ...]
    overdue: int
    # Open actions falling due between the report date and the meeting after the one reported to.
    due_soon: tuple[ActionRow, ...]
    due_window_end: date
    # The next meeting on the plan's meeting list after the one reported to; None when none is recorded.
    next_meeting: date | None = None

    @property
    def sentence(self) -> str:
        return describe_counts(self.total, self.counts)

    @property
    def due_heading(self) -> str:
        """ "Due before the next meeting (13 April 2022)", or, with no meeting recorded, the window used."""
        if self.next_meeting is not None:
            return f"Due before the next meeting ({long_date(self.next_meeting)})"
        return f"Due by {long_date(self.due_window_end)} (no next meeting recorded)"

    @property
    def counted_more_than_once(self) -> bool:
        """True when some action serves several priorities, so the priority counts add up to more than the total."""
        return sum(p.total for p in self.priorities) > self.total


# The order a chair takes exceptions in: red first, then overdue (longest first), then amber, then stale.
EXCEPTION_KINDS = ("red", "overdue", "amber", "stale")
EXCEPTION_KIND_TITLES = {
    "red": "Off track (Red)",
    "overdue": "Overdue",
    "amber": "At risk (Amber)",
    "stale": "No update since the last meeting",
}


MULTI_PRIORITY_NOTE = (
    "An action serving objectives under more than one priority is counted under each of them, "
    "so these counts add up to more than the total, which counts every action once."
)

ORDER_NOTE = (
    "Listed in the order the board is asked to take them: off track (red) first, then overdue actions, "
    "longest overdue first, then at risk (amber), then open actions with no update since the last meeting; "
    "within each, by priority."
)


@dataclass(frozen=True, slots=True)
class ExceptionItem:
    action: ActionRow
    reasons: tuple[str, ...]
    kind: str = "red"
    days_overdue: int = 0
    # The priority the action is filed under, for grouping the list as the plan is laid out.
    priority: str = ""
    # For a stale action: the meeting date since which no update has come.
    stale_since: date | None = None

    @property
    def why(self) -> str:
        """ "Off track (Red); overdue by 3 months" - every reason, the most serious first."""
        parsed = Status.parse(self.action.status)
        parts = [parsed.label] if self.kind in ("red", "amber") and parsed is not None else []
        return _sentence([*parts, self.timing])

    @property
    def timing(self) -> str:
        """The reasons beside the status: "Overdue by 3 months; no update since 13 October 2021"."""
        parts = []
        if self.days_overdue > 0:
            parts.append(f"overdue by {overdue_span(self.days_overdue)}")
        if self.stale_since is not None:
            parts.append(f"no update since {long_date(self.stale_since)}")
        return _sentence(parts)


def _sentence(parts: list[str]) -> str:
    text = "; ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


def describe_exceptions(items: tuple[ExceptionItem, ...] | list[ExceptionItem]) -> str:
    """ "32 actions need attention: 4 off track (red), 7 overdue, 4 at risk (amber), 17 with no update
    since the last meeting." - or that none does."""
    if not items:
        return "No action is off track, at risk, overdue or without an update since the last meeting."
    words = {
        "red": "off track (red)",
        "overdue": "overdue",
        "amber": "at risk (amber)",
        "stale": "with no update since the last meeting",
    }
    parts = [f"{n} {words[k]}" for k in EXCEPTION_KINDS if (n := sum(1 for i in items if i.kind == k))]
    noun = "action needs" if len(items) == 1 else "actions need"
    return f"{len(items)} {noun} attention: {', '.join(parts)}."


def overdue_span(days: int) -> str:
    """A length a chair says aloud: "5 days", "3 weeks", "4 months", "1 year 2 months"."""
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 61:
        weeks = days // 7
        return f"{weeks} weeks"
    months = round(days / 30.44)
    if months < 12:
        return f"{months} months"
    years, rest = divmod(months, 12)
    text = f"{years} year{'s' if years != 1 else ''}"
    return text + (f" {rest} month{'s' if rest != 1 else ''}" if rest else "")


def long_date(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


@dataclass(frozen=True, slots=True)
class StatusMove:
    action_ref: str
    activity: str
    old_status: str
    new_status: str
    when: date


@dataclass(frozen=True, slots=True)
class TimescaleRevision:
    action_ref: str
    activity: str
    old_text: str
    new_text: str
    when: date


@dataclass(frozen=True, slots=True)
class UpdateReceived:
    action_ref: str
    activity: str
    date: date
    author: str
    note: str


@dataclass(frozen=True, slots=True)
class ActionMention:
    ref: str
    activity: str
    lead: str
    when: date | None


@dataclass(frozen=True, slots=True)
class Changes:
    since: date
    completed: tuple[ActionMention, ...]
    status_moves: tuple[StatusMove, ...]
    new_actions: tuple[ActionMention, ...]
    removed_actions: tuple[ActionMention, ...]
    updates: tuple[UpdateReceived, ...]
    revised_timescales: tuple[TimescaleRevision, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (
            self.completed
            or self.status_moves
            or self.new_actions
            or self.removed_actions
            or self.updates
            or self.revised_timescales
        )


@dataclass(frozen=True, slots=True)
class CrossReference:
    """An action shown in full under another objective that it also serves."""

    action: ActionRow
    filed_under: str  # the objective ref it is shown under


@dataclass(frozen=True, slots=True)
class ObjectiveGroup:
    ref: str
    text: str
    actions: tuple[ActionRow, ...]
    # Actions filed under another objective that serve this one too: referenced here, counted once.
    see_also: tuple[CrossReference, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.actions and not self.see_also


@dataclass(frozen=True, slots=True)
class PriorityGroup:
    code: str
    title: str
    objectives: tuple[ObjectiveGroup, ...]


@dataclass(frozen=True, slots=True)
class ReportData:
    options: ReportOptions
    plan: PlanSummary
    today: date
    cover: CoverFacts
    sections: tuple[str, ...]
    actions: tuple[ActionRow, ...]
    summary: Summary
    exceptions: tuple[ExceptionItem, ...]
    changes: Changes
    groups: tuple[PriorityGroup, ...]
    # The same chart as the app's Timeline tab, by lead, over the report's actions only.
    timeline: TimelineData
    measures: tuple[MeasureRow, ...]
    glossary: tuple[GlossaryRow, ...]
    confidential_excluded: int
    filtered_out: int
    # The first exceptions in the chair's order, sized for one or two pages; the rest go in an appendix.
    attention: tuple[ExceptionItem, ...] = ()
    # The committee paper around the tables: numbered prose, author and contact, background papers.
    paper: Paper = EMPTY_PAPER

    @property
    def marking(self) -> str:
        return self.cover.marking


def status_label(status: str) -> str:
    """Status text with its RAG word, so print in black and white still says it."""
    parsed = Status.parse(status)
    return parsed.label if parsed else (status or "No status")


def status_colour(status: str) -> str:
    parsed = Status.parse(status)
    return parsed.colour if parsed else UNKNOWN_STATUS_COLOUR
