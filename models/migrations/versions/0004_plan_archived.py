"""plan.archived: a finished plan hidden from Open plan and start-up, restorable

Revision ID: 0004_plan_archived
Revises: 0003_report_paper
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = '0004_plan_archived'
down_revision = '0003_report_paper'
branch_labels = None
depends_on = None


# A plain ADD COLUMN, not batch mode: batch mode copies and drops the plan table, and with
# foreign keys on, dropping it would cascade-delete every priority and action.
def upgrade() -> None:
    op.add_column('plan', sa.Column('archived', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.execute('ALTER TABLE plan DROP COLUMN archived')
