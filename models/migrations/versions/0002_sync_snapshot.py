"""sync snapshots: the shared base of plan-file merges

Revision ID: 0002_sync_snapshot
Revises: 0001_initial
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = '0002_sync_snapshot'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('snapshot_uuid', sa.String(length=36), nullable=False),
    sa.Column('plan_uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('records', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_snapshot'))
    )
    with op.batch_alter_table('sync_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_snapshot_plan_uuid'), ['plan_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_snapshot_snapshot_uuid'), ['snapshot_uuid'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('sync_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_snapshot_snapshot_uuid'))
        batch_op.drop_index(batch_op.f('ix_sync_snapshot_plan_uuid'))

    op.drop_table('sync_snapshot')
