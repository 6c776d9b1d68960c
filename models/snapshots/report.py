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

    @property
    def sentence(self) -> str:
        return describe_counts(self.total, self.counts)


@dataclass(frozen=True, slots=True)
class ExceptionItem:
    action: ActionRow
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatusMove:
    action_ref: str
    activity: str
    old_status: str
    new_status: str
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

    @property
    def is_empty(self) -> bool:
        return not (self.completed or self.status_moves or self.new_actions or self.removed_actions or self.updates)


@dataclass(frozen=True, slots=True)
class ObjectiveGroup:
    ref: str
    text: str
    actions: tuple[ActionRow, ...]


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
