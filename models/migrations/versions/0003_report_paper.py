"""report paper: the plan's committee-paper template and each meeting's narrative

Revision ID: 0003_report_paper
Revises: 0002_sync_snapshot
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = '0003_report_paper'
down_revision = '0002_sync_snapshot'
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('modified_at', sa.DateTime(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('report_template',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('committee', sa.String(length=300), nullable=False),
    sa.Column('author_name', sa.String(length=300), nullable=False),
    sa.Column('author_role', sa.String(length=300), nullable=False),
    sa.Column('author_email', sa.String(length=300), nullable=False),
    sa.Column('contact_name', sa.String(length=300), nullable=False),
    sa.Column('contact_role', sa.String(length=300), nullable=False),
    sa.Column('contact_email', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('recommendations', sa.Text(), nullable=False),
    sa.Column('background_papers', sa.Text(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_report_template_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_template')),
    sa.UniqueConstraint('plan_id', name=op.f('uq_report_template_plan_id'))
    )
    with op.batch_alter_table('report_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_template_uuid'), ['uuid'], unique=True)

    op.create_table('report_narrative',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('priority_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_report_narrative_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['priority_id'], ['priority.id'], name=op.f('fk_report_narrative_priority_id_priority'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_narrative'))
    )
    with op.batch_alter_table('report_narrative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_narrative_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_narrative_priority_id'), ['priority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_narrative_uuid'), ['uuid'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('report_narrative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_narrative_uuid'))
        batch_op.drop_index(batch_op.f('ix_report_narrative_priority_id'))
        batch_op.drop_index(batch_op.f('ix_report_narrative_meeting_id'))
    op.drop_table('report_narrative')
    with op.batch_alter_table('report_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_template_uuid'))
    op.drop_table('report_template')
