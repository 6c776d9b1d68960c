"""Reading actions as table rows, and an action's progress and change history."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select, text

from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Action, AuditEntry, ProgressUpdate, Status
from models.snapshots.rows import ActionRow, AuditRow, ProgressRow


def is_overdue(status: str, due: date | None, today: date) -> bool:
    parsed = Status.parse(status)
    return due is not None and due < today and parsed is not None and parsed.is_open


# Plain SQL on the session's connection, not ORM or typed Core columns: SQLAlchemy's per-row
# result processing (dates parsed from SQLite's text by regular expression) was most of the time
# of opening a 10,000-action plan. Written to run unchanged on SQLite and PostgreSQL.
_LINKS = text(
    """
    SELECT ao.action_id, o.uuid, o.ref, o.text, p.uuid, p.code, p.title
    FROM action_objective ao
    JOIN objective o ON o.id = ao.objective_id
    JOIN priority p ON p.id = o.priority_id
    WHERE p.plan_id = :plan_id AND NOT o.deleted AND NOT p.deleted
    ORDER BY ao.action_id, ao.position
    """
)
_LATEST_UPDATES = text(
    """
    SELECT action_id, date, note, author FROM (
        SELECT u.action_id, u.date, u.note, u.author, row_number() OVER (
            PARTITION BY u.action_id ORDER BY u.date DESC, u.created_at DESC, u.id DESC
        ) AS rank
        FROM progress_update u JOIN action a ON a.id = u.action_id
        WHERE a.plan_id = :plan_id AND NOT u.deleted
    ) ranked WHERE rank = 1
    """
)
_ALIASES = text(
    """
    SELECT la.lead_id, la.alias FROM lead_alias la JOIN lead l ON l.id = la.lead_id
    WHERE l.plan_id = :plan_id AND NOT la.deleted ORDER BY la.id
    """
)
_ACTIONS = text(
    """
    SELECT a.id, a.uuid, a.ref, a.activity, a.lead_id, l.uuid, l.name, a.partners, a.timescale_text,
        a.timescale_kind, a.start_date, a.due_date, a.recurrence, a.evidence, a.resources, a.budget_pence,
        a.outcomes, a.comments, a.status, a.percent_complete, a.confidential, a.position, a.created_at,
        a.modified_at, a.revision
    FROM action a LEFT JOIN lead l ON l.id = a.lead_id AND NOT l.deleted
    WHERE a.plan_id = :plan_id AND NOT a.deleted
    ORDER BY a.position, a.id
    """
)


class _Days(dict):
    """SQLite hands dates back as text, PostgreSQL as dates; each distinct day becomes one object."""

    def __missing__(self, value: date | str) -> date:
        day = self[value] = date.fromisoformat(value) if isinstance(value, str) else value
        return day


def _stamp(value: datetime | str) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def action_rows(db: Database, plan_uuid: str, today: date | None = None) -> list[ActionRow]:
    """Every live action of a plan in plan order, with its priority, objectives and latest update."""
    today = today or date.today()
    # One object per distinct value: a plan's 10,000 rows name the same few leads, statuses,
    # objectives and dates over and over, and each row read would otherwise hold its own copy.
    keep = {}.setdefault
    days = _Days({None: None})
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        connection = session.connection()
        params = {"plan_id": plan_id}
        links: dict[int, list[tuple]] = defaultdict(list)
        for action_id, *link in connection.execute(_LINKS, params):
            link = tuple(link)
            links[action_id].append(keep(link, link))
        latest = {
            action_id: (days[when], note, keep(author, author))
            for action_id, when, note, author in connection.execute(_LATEST_UPDATES, params)
        }
        aliases: dict[int, list[str]] = defaultdict(list)
        for lead_id, alias in connection.execute(_ALIASES, params):
            aliases[lead_id].append(alias)
        lead_aliases = {lead_id: tuple(names) for lead_id, names in aliases.items()}
        rows = []
        no_update = (None, "", "")
        for (
            action_id,
            uuid,
            ref,
            activity,
            lead_id,
            lead_uuid,
            lead_name,
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
        ) in connection.execute(_ACTIONS, params):
            action_links = links.get(action_id, ())
            first = action_links[0] if action_links else None
            update = latest.get(action_id, no_update)
            objective_uuids = tuple(link[0] for link in action_links)
            objective_refs = tuple(link[1] for link in action_links)
            served = tuple(dict.fromkeys((link[3], link[4], link[5]) for link in action_links))
            priority_uuids = tuple(p[0] for p in served)
            priority_codes = tuple(p[1] for p in served)
            priority_titles = tuple(p[2] for p in served)
            due = days[due_date]
            status = keep(status, status)
            lead_name = lead_name or ""
            rows.append(
                ActionRow(
                    uuid=uuid,
                    ref=ref,
                    priority_uuid=first[3] if first else None,
                    priority_code=first[4] if first else "",
                    priority_title=first[5] if first else "",
                    objective_uuids=keep(objective_uuids, objective_uuids),
                    objective_refs=keep(objective_refs, objective_refs),
                    objective_text=first[2] if first else "",
                    activity=activity,
                    lead_uuid=keep(lead_uuid, lead_uuid),
                    lead_name=keep(lead_name, lead_name),
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
                    created_at=_stamp(created_at),
                    modified_at=_stamp(modified_at),
                    revision=revision,
                    overdue=is_overdue(status, due, today),
                    lead_aliases=lead_aliases.get(lead_id, ()) if lead_uuid else (),
                    priority_uuids=keep(priority_uuids, priority_uuids),
                    priority_codes=keep(priority_codes, priority_codes),
                    priority_titles=keep(priority_titles, priority_titles),
                )
            )
        return rows


def progress_history(db: Database, action_uuid: str) -> list[ProgressRow]:
    """An action's progress updates, newest first."""
    with db.read() as session:
        query = (
            select(ProgressUpdate, Action.uuid)
            .join(Action, Action.id == ProgressUpdate.action_id)
            .where(Action.uuid == action_uuid, ProgressUpdate.deleted.is_(False))
            .order_by(ProgressUpdate.date.desc(), ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc())
        )
        return [
            ProgressRow(
                uuid=update.uuid,
                action_uuid=parent,
                date=update.date,
                author=update.author,
                status=update.status,
                percent_complete=update.percent_complete,
                note=update.note,
                source=update.source,
                created_at=update.created_at,
            )
            for update, parent in session.execute(query)
        ]


def audit_trail(db: Database, plan_uuid: str, entity_uuid: str | None = None, limit: int = 500) -> list[AuditRow]:
    """Who changed what and when, newest first; for one record when ``entity_uuid`` is given."""
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        query = select(AuditEntry).where(AuditEntry.plan_id == plan_id)
        if entity_uuid is not None:
            query = query.where(AuditEntry.entity_uuid == entity_uuid)
        query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        return [
            AuditRow(
                at=e.at,
                user=e.user,
                command_id=e.command_id,
                command_label=e.command_label,
                entity=e.entity,
                entity_uuid=e.entity_uuid,
                field=e.field,
                old_value=e.old_value,
                new_value=e.new_value,
            )
            for e in session.scalars(query)
        ]
