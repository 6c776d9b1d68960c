"""Schema migrations with Alembic, run in code at start-up.

Importing this module loads neither SQLAlchemy nor Alembic (their imports are in the functions), so
``HEAD_REVISION`` can be compared without the ORM: start-up's first read over plain ``sqlite3``
(``app.queries.first_read``) does so."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions/. Kept here so that opening an up-to-date database
# is one query, without loading Alembic's script directory (tests/storage checks it is Alembic's head).
HEAD_REVISION = "0006_offline_queue"


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


def current_revision_on(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return current_revision_on(conn)


def has_user_tables_on(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return bool(set(inspect(conn).get_table_names()) - {"alembic_version"})


def stored_revision(engine: Engine) -> str | None:
    """The revision in the database's alembic_version table, by one plain query; None if it has none."""
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return has_user_tables_on(conn)


def missing_tables(engine: Engine) -> list[str]:
    """Tables the models need that the database lacks (a table dropped by hand or by a tool)."""
    from sqlalchemy import inspect

    from models import Base

    return sorted(set(Base.metadata.tables) - set(inspect(engine).get_table_names()))


def _check_known(current: str | None) -> None:
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"This database was saved by a newer version of Delivery Desk (schema {current}). "
            "Install the newer version to open it; it has not been changed."
        )


def needs_upgrade_on(conn: Connection) -> bool:
    current = current_revision_on(conn)
    _check_known(current)
    return current != head_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when migrations are pending; raises DatabaseTooNewError for a future schema.

    An up-to-date database costs one query; Alembic is loaded only when it is not (or has no
    alembic_version table yet, or the query failed and Alembic's own check should say why)."""
    from sqlalchemy.exc import DBAPIError

    try:
        if stored_revision(engine) == HEAD_REVISION:
            return False
    except DBAPIError:
        pass
    with engine.connect() as conn:
        return needs_upgrade_on(conn)


def upgrade_on(conn: Connection) -> None:
    """Upgrade inside the caller's transaction (on PostgreSQL, DDL rolls back with it)."""
    from alembic import command

    command.upgrade(_config(conn), "head")


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as conn:
        upgrade_on(conn)
