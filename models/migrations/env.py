"""Alembic environment driven from code: the caller hands over an open connection."""

from alembic import context

from models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Delivery Desk migrations run through models.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
