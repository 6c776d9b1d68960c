"""Assembling a progress report: which actions, which numbers, which words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from app.plan_setup.reference_data import glossary, measures, meetings
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from app.reporting.changes import changes_since
from app.reporting.options import ReportOptions, last_report_date
from app.storage.database import Database
from app.timeline.rows import GroupBy, build_timeline
from models import Status
from models.snapshots.report import (
    CoverFacts,
    ExceptionItem,
    ObjectiveGroup,
    PriorityGroup,
    PrioritySummary,
    ReportData,
    StatusCounts,
    Summary,
)
from models.snapshots.rows import ActionRow, GlossaryRow, MeetingRow, PlanSummary

EXCEPTION_STATUSES = (Status.OFF_TRACK, Status.AT_RISK)
# The order boards read counts in: "114 actions: 64 complete, 21 on track, 21 at risk, 7 off track, 1 not started".
COUNT_ORDER = (
    Status.COMPLETE,
    Status.ON_TRACK,
    Status.AT_RISK,
    Status.OFF_TRACK,
    Status.NOT_STARTED,
    Status.DEFERRED,
    Status.CANCELLED,
)
# When no later meeting is planned, "before the next meeting" means the next quarter.
DEFAULT_MEETING_GAP = timedelta(days=91)
DEFAULT_CHANGES_WINDOW = timedelta(days=91)


def _ordered_counts(statuses: Iterable[str]) -> StatusCounts:
    counter = Counter(statuses)
    known = [s.value for s in COUNT_ORDER]
    ordered = [(name, counter[name]) for name in known if counter[name]]
    ordered += sorted((name or "No status", n) for name, n in counter.items() if name not in known)
    return tuple(ordered)


def _period(plan: PlanSummary) -> str:
    if plan.period_start and plan.period_end:
        return f"{plan.period_start:%B %Y} to {plan.period_end:%B %Y}"
    if plan.period_start:
        return f"from {plan.period_start:%B %Y}"
    return ""


def _meeting_for(options: ReportOptions, plan_meetings: list[MeetingRow], today: date) -> tuple[str, date | None]:
    if options.meeting_date is not None:
        body = options.meeting_body
        if not body:
            body = next((m.body for m in plan_meetings if m.date == options.meeting_date), "")
        return body, options.meeting_date
    upcoming = next((m for m in plan_meetings if m.date >= today), None)
    if upcoming is None:
        return options.meeting_body, None
    return options.meeting_body or upcoming.body, upcoming.date


def _since(db: Database, plan_uuid: str, options: ReportOptions, plan_meetings: list[MeetingRow], anchor: date) -> date:
    if options.since is not None:
        return options.since
    previous = last_report_date(db, plan_uuid)
    if previous is not None:
        return previous
    earlier = [m.date for m in plan_meetings if m.date < anchor]
    return earlier[-1] if earlier else anchor - DEFAULT_CHANGES_WINDOW


def changes_since_date(db: Database, plan_uuid: str, options: ReportOptions, today: date) -> date:
    """The date a pack made today with ``options`` reports changes since, for the dialog to show."""
    plan_meetings = meetings(db, plan_uuid)
    _body, meeting_date = _meeting_for(options, plan_meetings, today)
    return _since(db, plan_uuid, options, plan_meetings, min(meeting_date or today, today))


def _is_included(row: ActionRow, options: ReportOptions) -> bool:
    if row.confidential and not options.include_confidential:
        return False
    if options.priority_uuids and row.priority_uuid not in options.priority_uuids:
        return False
    return not (options.lead_uuids and row.lead_uuid not in options.lead_uuids)


def _exception_reasons(row: ActionRow) -> tuple[str, ...]:
    reasons = []
    parsed = Status.parse(row.status)
    if parsed in EXCEPTION_STATUSES:
        reasons.append(parsed.value)
    if row.overdue:
        reasons.append("Overdue")
    return tuple(reasons)


def _groups(db: Database, plan_uuid: str, rows: list[ActionRow]) -> tuple[PriorityGroup, ...]:
    by_objective: dict[str, list[ActionRow]] = {}
    unfiled: list[ActionRow] = []
    for row in rows:
        if row.objective_uuids:
            by_objective.setdefault(row.objective_uuids[0], []).append(row)
        else:
            unfiled.append(row)
    groups = []
    for priority in priority_tree(db, plan_uuid):
        objectives = tuple(
            ObjectiveGroup(o.ref, o.text, tuple(by_objective[o.uuid]))
            for o in priority.objectives
            if o.uuid in by_objective
        )
        if objectives:
            groups.append(PriorityGroup(priority.code, priority.title, objectives))
    if unfiled:
        groups.append(
            PriorityGroup("", "Actions not linked to an objective", (ObjectiveGroup("", "", tuple(unfiled)),))
        )
    return tuple(groups)


def _summary(groups: tuple[PriorityGroup, ...], rows: list[ActionRow], today: date, window_end: date) -> Summary:
    priorities = []
    for group in groups:
        members = [a for o in group.objectives for a in o.actions]
        priorities.append(
            PrioritySummary(group.code, group.title, len(members), _ordered_counts(a.status for a in members))
        )
    due_soon = tuple(
        sorted(
            (
                r
                for r in rows
                if r.due_date is not None
                and today <= r.due_date < window_end
                and (Status.parse(r.status) or Status.NOT_STARTED).is_open
            ),
            key=lambda r: (r.due_date, r.position),
        )
    )
    return Summary(
        total=len(rows),
        counts=_ordered_counts(r.status for r in rows),
        priorities=tuple(priorities),
        overdue=sum(1 for r in rows if r.overdue),
        due_soon=due_soon,
        due_window_end=window_end,
    )


def _report_text(plan: PlanSummary, rows: list[ActionRow], groups: tuple[PriorityGroup, ...], extra: list[str]) -> str:
    parts = [plan.title, plan.partnership, *extra]
    for group in groups:
        parts.append(group.title)
        parts.extend(o.text for o in group.objectives)
    for row in rows:
        parts += [row.activity, row.lead_name, row.timescale_text, row.latest_update_note]
    return "\n".join(parts)


def terms_used(terms: Iterable[GlossaryRow], text: str) -> tuple[GlossaryRow, ...]:
    """Glossary entries whose term occurs in ``text`` as a whole word (MARAC, not MARACs' substring)."""
    found = []
    for term in terms:
        word = term.term.strip()
        if word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            found.append(term)
    return tuple(found)


def build_report(db: Database, plan_uuid: str, options: ReportOptions, today: date | None = None) -> ReportData:
    """Everything the report says, decided here so the PDF and Word versions say the same."""
    today = today or date.today()
    plan = get_plan(db, plan_uuid)
    plan_meetings = meetings(db, plan_uuid)
    meeting_body, meeting_date = _meeting_for(options, plan_meetings, today)
    anchor = meeting_date or today
    later = [m.date for m in plan_meetings if m.date > anchor]
    window_end = later[0] if later else anchor + DEFAULT_MEETING_GAP
    since = _since(db, plan_uuid, options, plan_meetings, min(anchor, today))

    all_rows = action_rows(db, plan_uuid, today)
    visible = [r for r in all_rows if _is_included(r, options.with_changes(include_confidential=True))]
    rows = [r for r in visible if not r.confidential or options.include_confidential]
    groups = _groups(db, plan_uuid, rows)
    summary = _summary(groups, rows, today, window_end)
    exceptions = tuple(ExceptionItem(r, reasons) for r in rows if (reasons := _exception_reasons(r)))
    changes = changes_since(db, plan_uuid, since, {r.uuid for r in rows}, options.include_confidential)
    plan_measures = tuple(measures(db, plan_uuid))
    if options.priority_uuids:
        plan_measures = tuple(m for m in plan_measures if m.priority_uuid in (None, *options.priority_uuids))

    extra = [u.note for u in changes.updates] + [m.name for m in plan_measures] + [meeting_body]
    cover = CoverFacts(
        partnership=plan.partnership,
        plan_title=plan.title,
        period=_period(plan),
        meeting_body=meeting_body,
        meeting_date=meeting_date,
        agenda_item=options.agenda_item,
        author=options.author,
        version=plan.version_label,
        approval=plan.approval,
        marking=options.marking or plan.marking,
        generated_on=today,
    )
    return ReportData(
        options=options,
        plan=plan,
        today=today,
        cover=cover,
        sections=tuple(s for s in options.sections),
        actions=tuple(rows),
        summary=summary,
        exceptions=exceptions,
        changes=changes,
        groups=groups,
        timeline=build_timeline(rows, plan, plan_meetings, GroupBy.LEAD, today),
        measures=plan_measures,
        glossary=terms_used(glossary(db, plan_uuid), _report_text(plan, rows, groups, extra)),
        confidential_excluded=sum(1 for r in visible if r.confidential) if not options.include_confidential else 0,
        filtered_out=len([r for r in all_rows if not r.confidential or options.include_confidential]) - len(rows),
    )
