"""Plain frozen snapshots handed to the UI and file formats (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class PlanSummary:
    uuid: str
    title: str
    partnership: str
    period_start: date | None
    period_end: date | None
    version_label: str
    approval: str
    marking: str
    description: str
    action_count: int
    modified_at: datetime
    archived: bool = False

    @property
    def display_name(self) -> str:
        return f"{self.partnership} – {self.title}" if self.partnership else self.title


@dataclass(frozen=True, slots=True)
class ActionRow:
    uuid: str
    ref: str
    priority_uuid: str | None
    priority_code: str
    priority_title: str
    objective_uuids: tuple[str, ...]
    objective_refs: tuple[str, ...]
    objective_text: str
    activity: str
    lead_uuid: str | None
    lead_name: str
    partners: str
    timescale_text: str
    timescale_kind: str
    start_date: date | None
    due_date: date | None
    recurrence: str | None
    evidence: str
    resources: str
    budget_pence: int | None
    outcomes: str
    comments: str
    status: str
    percent_complete: int
    confidential: bool
    position: int
    latest_update_date: date | None
    latest_update_note: str
    latest_update_author: str
    created_at: datetime
    modified_at: datetime
    revision: int
    overdue: bool
    # Other spellings merged into the lead, so a search for "CST" finds the Community Safety Team's actions.
    lead_aliases: tuple[str, ...] = ()
    # Every priority the action's objectives belong to, in the order of its refs (the first is
    # priority_uuid, where it is filed): filters and counts find the action under each of them.
    priority_uuids: tuple[str, ...] = ()
    priority_codes: tuple[str, ...] = ()
    priority_titles: tuple[str, ...] = ()

    @property
    def serves_priorities(self) -> tuple[str, ...]:
        return self.priority_uuids or ((self.priority_uuid,) if self.priority_uuid else ())


@dataclass(frozen=True, slots=True)
class PlanView:
    """Everything the workspace shows of one plan: what opening a plan waits for."""

    plan: PlanSummary
    priorities: list[PriorityNode]
    rows: list[ActionRow]
    leads: list[LeadRow]


@dataclass(frozen=True, slots=True)
class ProgressRow:
    uuid: str
    action_uuid: str
    date: date
    author: str
    status: str | None
    percent_complete: int | None
    note: str
    source: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ObjectiveNode:
    uuid: str
    priority_uuid: str
    ref: str
    text: str
    position: int
    action_count: int
    status_counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class PriorityNode:
    uuid: str
    code: str
    title: str
    description: str
    position: int
    objectives: tuple[ObjectiveNode, ...]
    action_count: int
    status_counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class LeadRow:
    uuid: str
    name: str
    kind: str
    email: str
    notes: str
    aliases: tuple[str, ...]
    action_count: int


@dataclass(frozen=True, slots=True)
class GlossaryRow:
    uuid: str
    term: str
    meaning: str


@dataclass(frozen=True, slots=True)
class MeetingRow:
    uuid: str
    body: str
    date: date
    title: str
    agenda_item: str = ""


@dataclass(frozen=True, slots=True)
class MeasureValueRow:
    uuid: str
    period: str
    value: float | None
    position: int


@dataclass(frozen=True, slots=True)
class MeasureRow:
    uuid: str
    name: str
    unit: str
    direction: str
    baseline: float | None
    target: float | None
    description: str
    priority_uuid: str | None
    values: tuple[MeasureValueRow, ...]

    @property
    def latest(self) -> MeasureValueRow | None:
        known = [v for v in self.values if v.value is not None]
        return known[-1] if known else None


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    user: str
    command_id: str
    command_label: str
    entity: str
    entity_uuid: str
    field: str
    old_value: str | None
    new_value: str | None
