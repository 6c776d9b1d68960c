"""Reading a plan's glossary, meetings and performance measures."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import GlossaryTerm, Measure, Meeting, Priority
from models.snapshots.rows import GlossaryRow, MeasureRow, MeasureValueRow, MeetingRow


def glossary(db: Database, plan_uuid: str) -> list[GlossaryRow]:
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        terms = session.scalars(
            select(GlossaryTerm).where(GlossaryTerm.plan_id == plan_id, GlossaryTerm.deleted.is_(False))
        ).all()
        rows = [GlossaryRow(t.uuid, t.term, t.meaning) for t in terms]
    return sorted(rows, key=lambda row: row.term.casefold())


def meetings(db: Database, plan_uuid: str) -> list[MeetingRow]:
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        query = (
            select(Meeting)
            .where(Meeting.plan_id == plan_id, Meeting.deleted.is_(False))
            .order_by(Meeting.date, Meeting.id)
        )
        return [MeetingRow(m.uuid, m.body, m.date, m.title, m.agenda_item) for m in session.scalars(query)]


def measures(db: Database, plan_uuid: str) -> list[MeasureRow]:
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        query = (
            select(Measure)
            .where(Measure.plan_id == plan_id, Measure.deleted.is_(False))
            .options(selectinload(Measure.values))
            .order_by(Measure.id)
        )
        priority_uuids = dict(
            session.execute(select(Priority.id, Priority.uuid).where(Priority.plan_id == plan_id)).all()
        )
        return [
            MeasureRow(
                uuid=m.uuid,
                name=m.name,
                unit=m.unit,
                direction=m.direction,
                baseline=m.baseline,
                target=m.target,
                description=m.description,
                priority_uuid=priority_uuids.get(m.priority_id),
                values=tuple(MeasureValueRow(v.uuid, v.period, v.value, v.position) for v in m.values if not v.deleted),
            )
            for m in session.scalars(query)
        ]
