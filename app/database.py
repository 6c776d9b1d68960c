"""Opening the plan database: engine settings, migrations, units of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.backups import backup_database
from app.paths import AppPaths
from models import migrate
from models.migrate import DatabaseTooNewError

__all__ = ["Database", "DatabaseError", "DatabaseTooNewError", "open_database"]

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(RuntimeError):
    """The database file cannot be used; the message says why and what to do."""


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL makes every commit durable against power loss, not only against a crash.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    return engine


class Database:
    """One SQLite file. Each unit of work opens its own session; nothing is shared with Qt."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All-or-nothing: commits on success, rolls back on any exception."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a Delivery Desk database (it is not an SQLite file).")


def open_database(paths: AppPaths) -> Database:
    """Open (creating if needed) and migrate the database, backing it up before any migration."""
    paths.ensure()
    path = paths.database
    _check_is_sqlite(path)
    engine = make_engine(path)
    try:
        if migrate.needs_upgrade(engine):
            if migrate.has_user_tables(engine):
                backup_database(path, paths.backups, reason="before-migration")
            migrate.upgrade_to_head(engine)
    except DatabaseTooNewError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(f"Could not open {path}: {exc}") from exc
    return Database(path, engine)
