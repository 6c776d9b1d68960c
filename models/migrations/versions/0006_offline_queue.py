"""queued_command: the laptop copy's commands made offline, replayed on the team database

Revision ID: 0006_offline_queue
Revises: 0005_meeting_paper
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = '0006_offline_queue'
down_revision = '0005_meeting_paper'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('queued_command',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('command_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('plan_uuid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('target_uuid', sa.String(length=36), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('base_revision', sa.Integer(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queued_command'))
    )
    op.create_index(op.f('ix_queued_command_command_id'), 'queued_command', ['command_id'], unique=False)
    op.create_index(op.f('ix_queued_command_plan_uuid'), 'queued_command', ['plan_uuid'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_queued_command_plan_uuid'), table_name='queued_command')
    op.drop_index(op.f('ix_queued_command_command_id'), table_name='queued_command')
    op.drop_table('queued_command')
