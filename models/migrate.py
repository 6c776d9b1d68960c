"""Schema migrations with Alembic, run in code at start-up."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer Delivery Desk than this one."""


def _config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def has_user_tables(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})


def missing_tables(engine: Engine) -> list[str]:
    """Tables the models need that the database lacks (a table dropped by hand or by a tool)."""
    from sqlalchemy import inspect

    from models.base import Base

    return sorted(set(Base.metadata.tables) - set(inspect(engine).get_table_names()))


def needs_upgrade(engine: Engine) -> bool:
    """True when migrations are pending; raises DatabaseTooNewError for a future schema."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"This database was saved by a newer version of Delivery Desk (schema {current}). "
            "Install the newer version to open it; it has not been changed."
        )
    return current != head_revision()


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
