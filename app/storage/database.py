"""Opening the plan database: engine settings, migrations, units of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from app.storage.backups import backup_database, backup_file, daily_backup, has_backups
from app.storage.errors import describe_storage_error
from app.storage.files import SQLITE_HEADER, connect_read_only, read_only_uri, remove_leftovers
from app.storage.paths import AppPaths
from models import migrate
from models.migrate import DatabaseTooNewError

__all__ = [
    "Database",
    "DatabaseDamagedError",
    "DatabaseError",
    "DatabaseTooNewError",
    "NeedsWritingError",
    "open_database",
]


class DatabaseError(RuntimeError):
    """The database file cannot be used; the message says why and what to do."""


class DatabaseDamagedError(DatabaseError):
    """The file failed SQLite's integrity check (or is not a database); it was not opened for writing."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The database {path} is damaged ({detail}). It has not been opened or changed. "
            "Restore the latest good backup (the window offers it; on the command line: "
            "`backups` lists them, `restore latest` puts the newest good one back): "
            "the damaged file will be kept aside, not deleted."
        )
        self.path = path
        self.detail = detail


class NeedsWritingError(DatabaseError):
    """A read-only open found work only a writer may do first (creating or upgrading the database)."""


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL makes every commit durable against power loss, not only against a crash.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """An engine that cannot write, usable on a read-only folder (see ``app.storage.files``)."""
    uri = read_only_uri(path)
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False), poolclass=NullPool
    )
    event.listen(engine, "connect", _configure_read_only)
    return engine


class Database:
    """One SQLite file; a team database on a PostgreSQL server is ``team_database.TeamDatabase``.

    Each unit of work opens its own session; nothing is shared with Qt. ``backups`` is the
    folder ``backup`` writes its copies into.
    """

    def __init__(self, path: Path | None, engine: Engine, url: URL | None = None, backups: Path | None = None) -> None:
        self.path = path
        self.url = url
        self.engine = engine
        self.backups = backups
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def location(self) -> str:
        """Where the data is, as the user is told it: the file, or the server address without password."""
        if self.url is not None:
            return self.url.render_as_string(hide_password=True)
        return str(self.path)

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

    def backup(self, reason: str) -> Path | None:
        """A copy taken before a risky change, kept in ``backups`` (rotated); None when there is
        nothing to protect yet. Here a consistent copy of the SQLite file."""
        if self.path is None or self.backups is None:
            return None
        return backup_file(self.path, self.backups, reason)

    def put_back_if_deleted(self) -> bool:
        """If the file was deleted while open, write it back from the open connection; True if it was.

        On Linux and macOS a deleted file stays readable through connections already open to it,
        so work saved so far can be put back before the next change instead of being lost with it.
        """
        if self.path is None or self.path.exists():
            return False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        raw = self.engine.raw_connection()
        try:
            with closing(sqlite3.connect(self.path)) as rescued:
                raw.driver_connection.backup(rescued)
        finally:
            raw.close()
        # Connections in the pool still point at the deleted file; new ones open the rescued copy.
        self.engine.dispose()
        return True


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamagedError(path, "it is not an SQLite file")


def quick_check(path: Path) -> None:
    """Run SQLite's quick check through a read-only connection; raise DatabaseDamagedError on damage."""
    if not path.exists() or path.stat().st_size == 0:
        return
    _check_is_sqlite(path)
    try:
        with closing(connect_read_only(path)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        friendly = describe_storage_error(exc, path)
        if friendly:
            raise DatabaseError(friendly) from exc
        raise DatabaseDamagedError(path, str(exc)) from exc
    if problems != ["ok"]:
        raise DatabaseDamagedError(path, "; ".join(problems))


def _check_not_emptied(paths: AppPaths) -> None:
    """A database emptied to 0 bytes (a failed copy, a sync tool) beside backups is damage, not a new start:
    opening it would silently begin an empty store while the plans sit in the backups."""
    path = paths.database
    if path.exists() and path.stat().st_size == 0 and has_backups(paths):
        raise DatabaseDamagedError(path, "the file is empty (0 bytes)")


def _check_tables(engine: Engine, path: Path) -> None:
    missing = migrate.missing_tables(engine)
    if missing:
        raise DatabaseDamagedError(path, f"tables missing: {', '.join(missing)}")


def open_database(paths: AppPaths, database_url: str | URL | None = None, read_only: bool = False) -> Database:
    """Check, open (creating if needed) and migrate the database; back it up before any migration
    and on the first open of the day. A damaged file raises DatabaseDamagedError untouched.

    With ``database_url`` the plan lives on a team database server instead (``app.storage.team_database``).
    The writer (the holder of the data-folder lock) first removes what killed backups and restores
    left behind. ``read_only`` opens without writing anything, even on a read-only folder, and
    raises NeedsWritingError when the database must first be created or upgraded.
    """
    if database_url:
        return _open_team_database(paths, database_url)
    if read_only:
        return _open_read_only(paths)
    path = paths.database
    try:
        paths.ensure()
    except OSError as exc:
        raise DatabaseError(f"Delivery Desk cannot create its data folder {paths.data_dir}: {exc.strerror}.") from exc
    with suppress(OSError):
        remove_leftovers(paths)
    _check_not_emptied(paths)
    quick_check(path)
    engine = make_engine(path)

    def upgrade() -> None:
        if migrate.needs_upgrade(engine):
            if migrate.has_user_tables(engine):
                backup_database(path, paths.backups, reason="before-migration")
            migrate.upgrade_to_head(engine)
        _check_tables(engine, path)

    _prepare(engine, path, upgrade)
    # A failed daily backup must not stop the secretary working; the next open tries again.
    with suppress(OSError, sqlite3.Error):
        daily_backup(paths)
    return Database(path, engine, backups=paths.backups)


def _open_team_database(paths: AppPaths, database_url: str | URL) -> Database:
    from app.storage import team_database

    try:
        paths.ensure()
    except OSError as exc:
        raise DatabaseError(f"Delivery Desk cannot create its data folder {paths.data_dir}: {exc.strerror}.") from exc
    try:
        engine, url = team_database.open_team_engine(database_url)
    except team_database.TeamDatabaseError as exc:
        raise DatabaseError(str(exc)) from exc
    db = team_database.TeamDatabase(None, engine, url, backups=paths.backups)
    try:
        team_database.migrate_team_database(db)
    except DatabaseTooNewError:
        engine.dispose()
        raise
    except team_database.TeamDatabaseError as exc:
        engine.dispose()
        raise DatabaseError(str(exc)) from exc
    return db


def _open_read_only(paths: AppPaths) -> Database:
    path = paths.database
    if not path.exists() or path.stat().st_size == 0:
        _check_not_emptied(paths)
        raise NeedsWritingError(f"There is no database in {paths.data_dir} yet.")
    quick_check(path)
    engine = make_read_only_engine(path)

    def check() -> None:
        if migrate.needs_upgrade(engine):
            raise NeedsWritingError(f"The database {path} must be upgraded before it is read.")
        _check_tables(engine, path)

    _prepare(engine, path, check)
    return Database(path, engine)


def _prepare(engine: Engine, path: Path, step: Callable[[], None]) -> None:
    """Run ``step`` on a new engine; on any failure the engine is disposed and the error names the file."""
    try:
        step()
    except DatabaseTooNewError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, DatabaseError):
            raise
        raise DatabaseError(describe_storage_error(exc, path) or f"Could not open {path}: {exc}") from exc
