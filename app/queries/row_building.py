"""The plan's table rows and tree built from plain SQL results, with no SQLAlchemy.

Shared by the ORM queries (``app.queries.actions``, ``app.queries.structure``) and start-up's first
read over the standard library's ``sqlite3`` (``app.queries.first_read``), so the window's first
paint and every later read build their snapshots in one place. The statements are plain SQL with
named parameters (``:plan_id``), which both SQLAlchemy's ``text()`` and ``sqlite3`` accept, written
to run unchanged on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from models.snapshots.rows import ActionRow, ObjectiveNode, PriorityNode
from models.status import Status

# Runs one statement with its parameters and gives back its rows as tuples.
Execute = Callable[[str, dict[str, Any]], Iterable[Sequence[Any]]]

# Plain SQL, not ORM or typed Core columns: SQLAlchemy's per-row result processing (dates parsed
# from SQLite's text by regular expression) was most of the time of opening a 10,000-action plan.
LINKS_SQL = """
    SELECT ao.action_id, ao.objective_id
    FROM action_objective ao
    JOIN objective o ON o.id = ao.objective_id
    JOIN priority p ON p.id = o.priority_id
    WHERE p.plan_id = :plan_id AND NOT o.deleted AND NOT p.deleted
    ORDER BY ao.action_id, ao.position
"""
LINKED_OBJECTIVES_SQL = """
    SELECT o.id, o.uuid, o.ref, o.text, p.uuid, p.code, p.title
    FROM objective o JOIN priority p ON p.id = o.priority_id
    WHERE p.plan_id = :plan_id AND NOT o.deleted AND NOT p.deleted
"""
LATEST_UPDATES_SQL = """
    SELECT action_id, date, note, author FROM (
        SELECT u.action_id, u.date, u.note, u.author, row_number() OVER (
            PARTITION BY u.action_id ORDER BY u.date DESC, u.created_at DESC, u.id DESC
        ) AS rank
        FROM progress_update u JOIN action a ON a.id = u.action_id
        WHERE a.plan_id = :plan_id AND NOT u.deleted
    ) ranked WHERE rank = 1
"""
# The live leads the plan's actions name (by id, as the actions give them).
LEADS_SQL = """
    SELECT l.id, l.uuid, l.name FROM lead l
    WHERE NOT l.deleted AND l.id IN (SELECT lead_id FROM action WHERE plan_id = :plan_id)
"""
ALIASES_SQL = """
    SELECT la.lead_id, la.alias FROM lead_alias la JOIN lead l ON l.id = la.lead_id
    WHERE l.plan_id = :plan_id AND NOT la.deleted ORDER BY la.id
"""
ACTIONS_SQL = """
    SELECT a.id, a.uuid, a.ref, a.activity, a.lead_id, a.partners, a.timescale_text, a.timescale_kind,
        a.start_date, a.due_date, a.recurrence, a.evidence, a.resources, a.budget_pence, a.outcomes,
        a.comments, a.status, a.percent_complete, a.confidential, a.position, a.created_at, a.modified_at,
        a.revision
    FROM action a
    WHERE a.plan_id = :plan_id AND NOT a.deleted
    ORDER BY a.position, a.id
"""


class Days(dict):
    """SQLite hands dates back as text, PostgreSQL as dates; each distinct day becomes one object."""

    def __missing__(self, value: date | str) -> date:
        day = self[value] = date.fromisoformat(value) if isinstance(value, str) else value
        return day


class _Open(dict):
    """Whether a status (as stored) is open, parsed once per distinct status."""

    def __missing__(self, status: str) -> bool:
        parsed = Status.parse(status)
        is_open = self[status] = parsed is not None and parsed.is_open
        return is_open


def stamp(value: datetime | str | None) -> datetime | None:
    """A stored date and time as SQLAlchemy's SQLite dialect reads it (its text is ISO 8601)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


# What an action's objectives give its row: (priority_uuid, priority_code, priority_title,
# objective_uuids, objective_refs, objective_text, priority_uuids, priority_codes, priority_titles).
_UNFILED = (None, "", "", (), (), "", (), (), ())


def _filing(links: tuple[tuple, ...], keep: Callable) -> tuple:
    """The row's priority and objective fields from its links ``(uuid, ref, text, priority uuid,
    code, title)``, in the order of its refs; the first is where it is filed."""
    if not links:
        return _UNFILED
    first = links[0]
    served = dict.fromkeys((link[3], link[4], link[5]) for link in links)
    priority_uuids, priority_codes, priority_titles = (keep(column, column) for column in zip(*served, strict=True))
    return (
        first[3],
        first[4],
        first[5],
        tuple(link[0] for link in links),
        tuple(link[1] for link in links),
        first[2],
        priority_uuids,
        priority_codes,
        priority_titles,
    )


def build_action_rows(execute: Execute, plan_id: int, today: date) -> list[ActionRow]:
    """Every live action of the plan ``plan_id`` in plan order, with its priority, objectives and latest update."""
    # One object per distinct value: a plan's 10,000 rows name the same few leads, statuses,
    # objectives and dates over and over, and each row read would otherwise hold its own copy.
    # What depends only on such a value (a lead's name, a status's openness, the fields a set of
    # objectives gives) is worked out once per distinct value, not once per row.
    keep = {}.setdefault
    days, is_open = Days({None: None}), _Open()
    params = {"plan_id": plan_id}
    objectives = {row[0]: row[1:] for row in execute(LINKED_OBJECTIVES_SQL, params)}
    linked: dict[int, list[int]] = defaultdict(list)
    for action_id, objective_id in execute(LINKS_SQL, params):
        linked[action_id].append(objective_id)
    filings: dict[tuple[int, ...], tuple] = {}
    filing_of: dict[int, tuple] = {}
    for action_id, objective_ids in linked.items():
        key = tuple(objective_ids)
        if key not in filings:
            filings[key] = _filing(tuple(objectives[o] for o in key), keep)
        filing_of[action_id] = filings[key]
    latest = {
        action_id: (days[when], note, keep(author, author))
        for action_id, when, note, author in execute(LATEST_UPDATES_SQL, params)
    }
    aliases: dict[int, list[str]] = defaultdict(list)
    for lead_id, alias in execute(ALIASES_SQL, params):
        aliases[lead_id].append(alias)
    # An action whose lead is deleted shows none (no uuid, no name, no aliases).
    leads = {
        lead_id: (uuid, name or "", tuple(aliases.get(lead_id, ())))
        for lead_id, uuid, name in execute(LEADS_SQL, params)
    }
    no_lead = (None, "", ())
    no_update = (None, "", "")
    rows = []
    for (
        action_id,
        uuid,
        ref,
        activity,
        lead_id,
        partners,
        timescale_text,
        timescale_kind,
        start_date,
        due_date,
        recurrence,
        evidence,
        resources,
        budget_pence,
        outcomes,
        comments,
        status,
        percent_complete,
        confidential,
        position,
        created_at,
        modified_at,
        revision,
    ) in execute(ACTIONS_SQL, params):
        (
            priority_uuid,
            priority_code,
            priority_title,
            objective_uuids,
            objective_refs,
            objective_text,
            priority_uuids,
            priority_codes,
            priority_titles,
        ) = filing_of.get(action_id, _UNFILED)
        lead_uuid, lead_name, lead_aliases = leads.get(lead_id, no_lead)
        update = latest.get(action_id, no_update)
        due = days[due_date]
        status = keep(status, status)
        rows.append(
            ActionRow(
                uuid=uuid,
                ref=ref,
                priority_uuid=priority_uuid,
                priority_code=priority_code,
                priority_title=priority_title,
                objective_uuids=objective_uuids,
                objective_refs=objective_refs,
                objective_text=objective_text,
                activity=activity,
                lead_uuid=lead_uuid,
                lead_name=lead_name,
                partners=keep(partners, partners),
                timescale_text=keep(timescale_text, timescale_text),
                timescale_kind=keep(timescale_kind, timescale_kind),
                start_date=days[start_date],
                due_date=due,
                recurrence=keep(recurrence, recurrence),
                evidence=evidence,
                resources=resources,
                budget_pence=budget_pence,
                outcomes=outcomes,
                comments=comments,
                status=status,
                percent_complete=percent_complete,
                confidential=bool(confidential),
                position=position,
                latest_update_date=update[0],
                latest_update_note=update[1],
                latest_update_author=update[2],
                created_at=stamp(created_at),
                modified_at=stamp(modified_at),
                revision=revision,
                overdue=due is not None and due < today and is_open[status],
                lead_aliases=lead_aliases,
                priority_uuids=priority_uuids,
                priority_codes=priority_codes,
                priority_titles=priority_titles,
            )
        )
    return rows


class PriorityRecord(Protocol):
    id: int
    uuid: str
    code: str
    title: str
    description: str
    position: int


class ObjectiveRecord(Protocol):
    id: int
    priority_id: int
    uuid: str
    ref: str
    text: str
    position: int


def _ordered_counts(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    # Statuses the app does not know (typed into the database by hand) follow, by name: the order
    # the links were read in must not show.
    order = [s.value for s in Status]
    return tuple((name, counter[name]) for name in order if counter[name]) + tuple(
        (name, counter[name]) for name in sorted(counter) if name not in order
    )


def build_priority_tree(
    priorities: Sequence[PriorityRecord],
    objectives: Sequence[ObjectiveRecord],
    links: Iterable[tuple[int, int, str]],
) -> list[PriorityNode]:
    """The tree from the plan's live priorities (in order), the live objectives under them (in order)
    and ``(action_id, objective_id, status)`` for each link of a live action: an action counts under
    every objective it serves, and once per priority."""
    status_of: dict[int, str] = {}
    serving: dict[int, set[int]] = defaultdict(set)
    for action_id, objective_id, status in links:
        status_of[action_id] = status
        serving[objective_id].add(action_id)
    priority_of = {o.id: o.priority_id for o in objectives}
    in_priority: dict[int, set[int]] = defaultdict(set)
    for objective_id, action_ids in serving.items():
        if objective_id in priority_of:
            in_priority[priority_of[objective_id]].update(action_ids)

    tree = []
    for priority in priorities:
        total = Counter(status_of[a] for a in in_priority.get(priority.id, ()))
        nodes = []
        for objective in (o for o in objectives if o.priority_id == priority.id):
            counts = Counter(status_of[a] for a in serving.get(objective.id, ()))
            nodes.append(
                ObjectiveNode(
                    uuid=objective.uuid,
                    priority_uuid=priority.uuid,
                    ref=objective.ref,
                    text=objective.text,
                    position=objective.position,
                    action_count=sum(counts.values()),
                    status_counts=_ordered_counts(counts),
                )
            )
        tree.append(
            PriorityNode(
                uuid=priority.uuid,
                code=priority.code,
                title=priority.title,
                description=priority.description,
                position=priority.position,
                objectives=tuple(nodes),
                action_count=sum(total.values()),
                status_counts=_ordered_counts(total),
            )
        )
    return tree
