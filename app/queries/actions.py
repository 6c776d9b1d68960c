"""Reading actions as table rows, and an action's progress and change history."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select

from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Action, AuditEntry, Lead, LeadAlias, Objective, Priority, ProgressUpdate, Status, action_objectives
from models.snapshots.rows import ActionRow, AuditRow, ProgressRow


def is_overdue(status: str, due: date | None, today: date) -> bool:
    parsed = Status.parse(status)
    return due is not None and due < today and parsed is not None and parsed.is_open


def action_rows(db: Database, plan_uuid: str, today: date | None = None) -> list[ActionRow]:
    """Every live action of a plan in plan order, with its priority, objectives and latest update."""
    today = today or date.today()
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        links: dict[int, list] = defaultdict(list)
        link_query = (
            select(
                action_objectives.c.action_id,
                Objective.uuid,
                Objective.ref,
                Objective.text,
                Priority.uuid,
                Priority.code,
                Priority.title,
            )
            .join(Objective, Objective.id == action_objectives.c.objective_id)
            .join(Priority, Priority.id == Objective.priority_id)
            .where(Priority.plan_id == plan_id, Objective.deleted.is_(False), Priority.deleted.is_(False))
            .order_by(action_objectives.c.action_id, action_objectives.c.position)
        )
        for action_id, *link in session.execute(link_query):
            links[action_id].append(link)

        ranked = (
            select(
                ProgressUpdate.action_id,
                ProgressUpdate.date,
                ProgressUpdate.note,
                ProgressUpdate.author,
                func.row_number()
                .over(
                    partition_by=ProgressUpdate.action_id,
                    order_by=(ProgressUpdate.date.desc(), ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc()),
                )
                .label("rank"),
            )
            .join(Action, Action.id == ProgressUpdate.action_id)
            .where(Action.plan_id == plan_id, ProgressUpdate.deleted.is_(False))
            .subquery()
        )
        latest = {
            action_id: (when, note, author)
            for action_id, when, note, author in session.execute(
                select(ranked.c.action_id, ranked.c.date, ranked.c.note, ranked.c.author).where(ranked.c.rank == 1)
            )
        }
        aliases: dict[int, list[str]] = defaultdict(list)
        alias_query = (
            select(LeadAlias.lead_id, LeadAlias.alias)
            .join(Lead, Lead.id == LeadAlias.lead_id)
            .where(Lead.plan_id == plan_id, LeadAlias.deleted.is_(False))
            .order_by(LeadAlias.id)
        )
        for lead_id, alias in session.execute(alias_query):
            aliases[lead_id].append(alias)
        # Plain column tuples, not ORM objects: ten thousand rows load several times faster.
        query = (
            select(*Action.__table__.c, Lead.uuid.label("lead_uuid"), Lead.name.label("lead_name"))
            .outerjoin(Lead, (Lead.id == Action.lead_id) & Lead.deleted.is_(False))
            .where(Action.plan_id == plan_id, Action.deleted.is_(False))
            .order_by(Action.position, Action.id)
        )
        rows = []
        # Looked up through each row's mapping: attribute access on a Row costs several times more.
        for record in session.execute(query):
            action = record._mapping
            action_links = links.get(action["id"], [])
            first = action_links[0] if action_links else None
            update = latest.get(action["id"])
            served = dict.fromkeys((link[3], link[4], link[5]) for link in action_links)
            rows.append(
                ActionRow(
                    uuid=action["uuid"],
                    ref=action["ref"],
                    priority_uuid=first[3] if first else None,
                    priority_code=first[4] if first else "",
                    priority_title=first[5] if first else "",
                    objective_uuids=tuple(link[0] for link in action_links),
                    objective_refs=tuple(link[1] for link in action_links),
                    objective_text=first[2] if first else "",
                    activity=action["activity"],
                    lead_uuid=action["lead_uuid"],
                    lead_name=action["lead_name"] or "",
                    partners=action["partners"],
                    timescale_text=action["timescale_text"],
                    timescale_kind=action["timescale_kind"],
                    start_date=action["start_date"],
                    due_date=action["due_date"],
                    recurrence=action["recurrence"],
                    evidence=action["evidence"],
                    resources=action["resources"],
                    budget_pence=action["budget_pence"],
                    outcomes=action["outcomes"],
                    comments=action["comments"],
                    status=action["status"],
                    percent_complete=action["percent_complete"],
                    confidential=action["confidential"],
                    position=action["position"],
                    latest_update_date=update[0] if update else None,
                    latest_update_note=update[1] if update else "",
                    latest_update_author=update[2] if update else "",
                    created_at=action["created_at"],
                    modified_at=action["modified_at"],
                    revision=action["revision"],
                    overdue=is_overdue(action["status"], action["due_date"], today),
                    lead_aliases=tuple(aliases.get(action["lead_id"], ())) if action["lead_uuid"] else (),
                    priority_uuids=tuple(p[0] for p in served),
                    priority_codes=tuple(p[1] for p in served),
                    priority_titles=tuple(p[2] for p in served),
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
