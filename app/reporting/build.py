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
from app.reporting.exceptions import ATTENTION_LIMIT, exception_items, last_meeting_before
from app.reporting.options import ReportOptions, last_report_date
from app.reporting.paper import build_paper
from app.reporting.paper_store import load_paper, same_meeting
from app.storage.database import Database
from app.timeline.rows import GroupBy, build_timeline
from models import Status
from models.snapshots.report import (
    CoverFacts,
    CrossReference,
    ObjectiveGroup,
    PriorityGroup,
    PrioritySummary,
    ReportData,
    StatusCounts,
    Summary,
)
from models.snapshots.rows import ActionRow, GlossaryRow, MeetingRow, PlanSummary, PriorityNode

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
# With no later meeting on the list, "due soon" looks this far ahead (and the report says so).
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


def report_meeting(db: Database, plan_uuid: str, options: ReportOptions, today: date) -> MeetingRow | None:
    """The recorded meeting a report made today with ``options`` goes to, if the plan has it."""
    plan_meetings = meetings(db, plan_uuid)
    body, meeting_date = _meeting_for(options, plan_meetings, today)
    return same_meeting([m for m in plan_meetings if m.date == meeting_date], body)


def _agenda_item(plan_meetings: list[MeetingRow], meeting_date: date | None, body: str) -> str:
    meeting = same_meeting([m for m in plan_meetings if m.date == meeting_date], body)
    return meeting.agenda_item if meeting is not None else ""


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
    if options.priority_uuids and set(options.priority_uuids).isdisjoint(row.serves_priorities):
        return False
    return not (options.lead_uuids and row.lead_uuid not in options.lead_uuids)


def _groups(
    tree: list[PriorityNode], rows: list[ActionRow], options: ReportOptions
) -> tuple[tuple[PriorityGroup, ...], dict[str, tuple[int, str]]]:
    """Every reported priority and objective, in plan order, even those with no actions.

    An action is shown in full under the first of its objectives in the report and referenced
    under each other one it serves. Also returns, per action, the place and name of the
    priority it is filed under.
    """
    reported = [p for p in tree if not options.priority_uuids or p.uuid in options.priority_uuids]
    objective_ids = {o.uuid: o for p in reported for o in p.objectives}
    place = {o.uuid: (index, f"{p.code} {p.title}".strip()) for index, p in enumerate(reported) for o in p.objectives}
    filed: dict[str, list[ActionRow]] = {}
    also: dict[str, list[CrossReference]] = {}
    unfiled: list[ActionRow] = []
    filed_priority: dict[str, tuple[int, str]] = {}
    for row in rows:
        served = [u for u in row.objective_uuids if u in objective_ids]
        if not served:
            unfiled.append(row)
            filed_priority[row.uuid] = (len(reported), "")
            continue
        home = objective_ids[served[0]].ref
        filed.setdefault(served[0], []).append(row)
        filed_priority[row.uuid] = place[served[0]]
        for uuid in dict.fromkeys(served[1:]):
            also.setdefault(uuid, []).append(CrossReference(row, home))
    groups = [
        PriorityGroup(
            priority.code,
            priority.title,
            tuple(
                ObjectiveGroup(o.ref, o.text, tuple(filed.get(o.uuid, ())), tuple(also.get(o.uuid, ())))
                for o in priority.objectives
            ),
        )
        for priority in reported
    ]
    if unfiled:
        groups.append(
            PriorityGroup("", "Actions not linked to an objective", (ObjectiveGroup("", "", tuple(unfiled)),))
        )
    return tuple(groups), filed_priority


def _summary(
    groups: tuple[PriorityGroup, ...], rows: list[ActionRow], today: date, window_end: date, next_meeting: date | None
) -> Summary:
    priorities = []
    for group in groups:
        # Each action the priority's objectives serve, once, whether filed here or referenced.
        members = list(
            {a.uuid: a for o in group.objectives for a in (*o.actions, *(x.action for x in o.see_also))}.values()
        )
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
        next_meeting=next_meeting,
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
    next_meeting = later[0] if later else None
    window_end = next_meeting or anchor + DEFAULT_MEETING_GAP
    since = _since(db, plan_uuid, options, plan_meetings, min(anchor, today))

    all_rows = action_rows(db, plan_uuid, today)
    visible = [r for r in all_rows if _is_included(r, options.with_changes(include_confidential=True))]
    rows = [r for r in visible if not r.confidential or options.include_confidential]
    groups, filed = _groups(priority_tree(db, plan_uuid), rows, options)
    summary = _summary(groups, rows, today, window_end, next_meeting)
    last_meeting = last_meeting_before(plan_meetings, anchor, meeting_body)
    exceptions = exception_items(rows, today, last_meeting, filed)
    changes = changes_since(db, plan_uuid, since, {r.uuid for r in rows}, options.include_confidential)
    plan_measures = tuple(measures(db, plan_uuid))
    if options.priority_uuids:
        plan_measures = tuple(m for m in plan_measures if m.priority_uuid in (None, *options.priority_uuids))

    stored = load_paper(db, plan_uuid, meeting_date)
    meeting_body = meeting_body or stored.template.committee
    paper = build_paper(
        stored.template,
        stored.narrative,
        committee=meeting_body,
        plan_title=plan.title,
        summary=summary,
        exceptions=exceptions,
        priorities=priority_tree(db, plan_uuid),
        chosen_priorities=options.priority_uuids,
        sections=options.sections,
    )
    extra = [u.note for u in changes.updates] + [m.name for m in plan_measures] + [meeting_body]
    extra += [b.text for s in (*paper.opening, *paper.closing) for b in s.blocks]
    cover = CoverFacts(
        partnership=plan.partnership,
        plan_title=plan.title,
        period=_period(plan),
        meeting_body=meeting_body,
        meeting_date=meeting_date,
        agenda_item=options.agenda_item or _agenda_item(plan_meetings, meeting_date, meeting_body),
        author=stored.template.author.line or options.author,
        version=plan.version_label,
        approval=plan.approval,
        marking=options.marking or plan.marking,
        generated_on=today,
        contact=stored.template.contact.line,
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
        attention=exceptions[:ATTENTION_LIMIT],
        paper=paper,
    )
