"""meeting paper: meeting.agenda_item; report template and narrative ids derived from what they belong to

The agenda item was a remembered report option; it is now part of the meeting it is tabled at.
Template and narrative ids become the ones ``models.paper`` derives (from the plan; from the
meeting and priority), so two copies of a plan name them alike when plan files merge. Rows undone
before (tombstones) that share a meeting and priority with another are removed: they never left
this copy, since plan files did not carry them.

Revision ID: 0005_meeting_paper
Revises: 0004_plan_archived
Create Date: 2026-12-03
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0005_meeting_paper'
down_revision = '0004_plan_archived'
branch_labels = None
depends_on = None


# The formulas of models.paper, frozen here as this revision applied them.
def _template_uuid(plan_uuid: str) -> str:
    return str(uuid.uuid5(uuid.UUID(plan_uuid), "report-template"))


def _narrative_uuid(meeting_uuid: str, priority_uuid: str | None) -> str:
    return str(uuid.uuid5(uuid.UUID(meeting_uuid), f"report-narrative/{priority_uuid or 'summary'}"))


def _rekey(conn, table: str, entity: str, row_id: int, old: str, new: str) -> None:
    if old == new:
        return
    conn.execute(sa.text(f"UPDATE {table} SET uuid = :new WHERE id = :id"), {"new": new, "id": row_id})
    conn.execute(
        sa.text("UPDATE audit_entry SET entity_uuid = :new WHERE entity = :entity AND entity_uuid = :old"),
        {"new": new, "entity": entity, "old": old},
    )


def upgrade() -> None:
    # A plain ADD COLUMN, not batch mode: copying the meeting table would cascade-delete its narratives.
    op.add_column('meeting', sa.Column('agenda_item', sa.String(length=40), nullable=False, server_default=''))
    conn = op.get_bind()
    templates = conn.execute(
        sa.text("SELECT t.id, t.uuid, p.uuid FROM report_template t JOIN plan p ON p.id = t.plan_id")
    ).all()
    for row_id, old, plan_uuid in templates:
        _rekey(conn, 'report_template', 'report_template', row_id, old, _template_uuid(plan_uuid))
    narratives = conn.execute(
        sa.text(
            "SELECT n.id, n.uuid, m.uuid, pr.uuid, n.deleted FROM report_narrative n "
            "JOIN meeting m ON m.id = n.meeting_id LEFT JOIN priority pr ON pr.id = n.priority_id "
            "ORDER BY n.deleted, n.id"
        )
    ).all()
    # Live rows first, oldest first: the one the report showed keeps the place; the rest are undone rows.
    kept: set[tuple[str, str | None]] = set()
    for row_id, old, meeting_uuid, priority_uuid, _deleted in narratives:
        key = (meeting_uuid, priority_uuid)
        if key in kept:
            conn.execute(sa.text("DELETE FROM report_narrative WHERE id = :id"), {"id": row_id})
            continue
        kept.add(key)
        _rekey(conn, 'report_narrative', 'report_narrative', row_id, old, _narrative_uuid(meeting_uuid, priority_uuid))


def downgrade() -> None:
    op.execute('ALTER TABLE meeting DROP COLUMN agenda_item')
