"""Reading actions as table rows, and an action's progress and change history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from app.plans.listing import plan_id_for
from app.queries.row_building import build_action_rows
from app.storage.database import Database
from models import Action, AuditEntry, ProgressUpdate
from models.snapshots.rows import ActionRow, AuditRow, ProgressRow


def action_rows(db: Database, plan_uuid: str, today: date | None = None) -> list[ActionRow]:
    """Every live action of a plan in plan order, with its priority, objectives and latest update."""
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        connection = session.connection()
        return build_action_rows(
            lambda sql, params: connection.execute(text(sql), params), plan_id, today or date.today()
        )


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
