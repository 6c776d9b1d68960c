"""Opening a team database on a PostgreSQL server (psycopg 3): the URL, the password, migrations.

The URL is remembered without its password: a password typed once goes to the platform keyring
(``app.storage.credentials``), and a URL naming a libpq service (``?service=team``) or relying
on ~/.pgpass needs none. TLS options (``sslmode``, ``sslrootcert``...) pass straight to libpq.

Migrations are the same Alembic revisions as on SQLite. Before upgrading, the client takes a
server-wide advisory lock (one upgrader at a time), refuses while another Delivery Desk on an
older schema is connected, and backs the database up; the upgrade is one transaction, so a
failure leaves the old schema whole.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.storage.credentials import CredentialStoreError, load_password, store_password
from app.storage.database import Database
from app.storage.paths import DATABASE_URL_ENV
from models import migrate
from models.migrate import DatabaseTooNewError

# Every Delivery Desk connection names itself with its schema revision, so others can see it.
CLIENT_PREFIX = "delivery-desk/"
# pg_advisory_xact_lock key for migrations: "DDmg" in ASCII.
MIGRATION_LOCK = 0x44446D67
CONNECT_TIMEOUT_SECONDS = 10
# Copies of the team database kept in this laptop's backups folder, newest first.
TEAM_BACKUPS_KEPT = 20


class TeamDatabaseError(RuntimeError):
    """The team database cannot be used; the message says why and what to do."""


def parse_team_url(raw: str) -> URL:
    """A PostgreSQL URL for psycopg 3; ``postgres://`` and ``postgresql://`` are accepted as typed."""
    try:
        url = make_url(raw.strip())
    except ArgumentError as exc:
        raise TeamDatabaseError(
            f"'{raw}' is not a database address. Write it as postgresql://login@server/database."
        ) from exc
    backend = url.drivername.split("+", 1)[0]
    if backend not in ("postgresql", "postgres"):
        raise TeamDatabaseError(
            f"A team database must be PostgreSQL (postgresql://login@server/database), not '{url.drivername}'."
        )
    return url.set(drivername="postgresql+psycopg")


def without_password(url: URL) -> URL:
    # URL.set() ignores None, so the field is replaced directly.
    return url._replace(password=None)


def remember_password(url: URL) -> tuple[URL, str | None]:
    """Move a password written in ``url`` into the keyring; return the URL without it.

    Without a usable keyring the password is still used, for this session only (second value).
    """
    if not url.password:
        return without_password(url), None
    try:
        store_password(without_password(url), str(url.password))
    except CredentialStoreError:
        return without_password(url), str(url.password)
    return without_password(url), None


def display_url(url: URL) -> str:
    return without_password(url.set(drivername="postgresql")).render_as_string(hide_password=True)


def client_tag() -> str:
    return CLIENT_PREFIX + migrate.head_revision()


def with_stored_password(url: URL, password: str | None = None) -> URL:
    if url.password:
        return url
    password = password or load_password(url)
    return url.set(password=password) if password else url


def make_team_engine(url: URL, password: str | None = None) -> Engine:
    return create_engine(
        with_stored_password(url, password),
        pool_pre_ping=True,
        connect_args={"application_name": client_tag(), "connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def login_of(engine: Engine) -> str:
    """The database login: what the audit trail records for every change made on the server."""
    with engine.connect() as conn:
        return conn.execute(text("SELECT session_user")).scalar_one()


def older_clients(conn: Connection) -> list[str]:
    """Other Delivery Desk sessions on this database that run a different schema revision."""
    rows = conn.execute(
        text(
            "SELECT usename, application_name FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND application_name LIKE :prefix AND application_name <> :mine"
        ),
        {"prefix": CLIENT_PREFIX + "%", "mine": client_tag()},
    )
    return sorted({f"{user} ({tag.removeprefix(CLIENT_PREFIX)})" for user, tag in rows})


def find_pg_dump() -> Path | None:
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), reverse=True)
    return Path(candidates[0]) if candidates else None


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def dump_with_pg_dump(url: URL, backups: Path, reason: str) -> Path | None:
    """pg_dump's custom format (restore with pg_restore); None when pg_dump is absent or refused."""
    pg_dump = find_pg_dump()
    if pg_dump is None:
        return None
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"{_stamp()}-team-{reason}.pgdump"
    full = with_stored_password(url)
    env = dict(os.environ)
    if full.password:
        env["PGPASSWORD"] = str(full.password)
    libpq_url = without_password(full.set(drivername="postgresql")).render_as_string(hide_password=False)
    result = subprocess.run(
        [str(pg_dump), "--format=custom", f"--file={target}", f"--dbname={libpq_url}"],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if result.returncode:
        target.unlink(missing_ok=True)
        return None
    return target


def export_plans(db, user: str, backups: Path, reason: str) -> list[Path]:
    """The fallback backup: each plan as a .dplan file, readable by any Delivery Desk."""
    from sqlalchemy import select

    from app.plan_files.service import export_plan_file
    from models import Plan

    with db.read() as session:
        plans = list(session.scalars(select(Plan.uuid).where(Plan.deleted.is_(False))))
    stamp = _stamp()
    return [
        export_plan_file(db, uuid, backups / f"{stamp}-team-{reason}-{n + 1}.dplan", user, remember=False).path
        for n, uuid in enumerate(plans)
    ]


def dump_tables(db, backups: Path, reason: str) -> Path:
    """Every table's rows as JSON, read by reflection: the fallback before a migration, when the
    schema is older than this version's models and a plan-file export (through them) cannot read it."""
    import json

    from sqlalchemy import MetaData

    metadata = MetaData()
    with db.engine.connect() as conn:
        metadata.reflect(conn)
        tables = {
            name: [dict(row._mapping) for row in conn.execute(table.select())]
            for name, table in sorted(metadata.tables.items())
        }
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"{_stamp()}-team-{reason}.json"
    target.write_text(json.dumps({"tables": tables}, default=str, ensure_ascii=False), encoding="utf-8")
    return target


def backup_team_database(db, backups: Path, reason: str) -> list[Path]:
    """A copy of the server's data in this laptop's backups folder (the server's own backups are IT's)."""
    dump = dump_with_pg_dump(db.engine.url, backups, reason)
    if dump is not None:
        taken = [dump]
    elif migrate.needs_upgrade(db.engine):
        taken = [dump_tables(db, backups, reason)]
    else:
        taken = export_plans(db, login_of(db.engine), backups, reason)
    rotate_team_backups(backups, keep=taken)
    return taken


class TeamDatabase(Database):
    """The plans on a PostgreSQL server (``path`` None, ``url`` set)."""

    def backup(self, reason: str) -> Path | None:
        """A pg_dump of the server in this laptop's backups folder (or, without pg_dump, each plan
        as a plan file: the first is returned)."""
        if self.backups is None:
            return None
        return backup_team_database(self, self.backups, reason)[0]


def rotate_team_backups(backups: Path, keep: list[Path], retention: int = TEAM_BACKUPS_KEPT) -> None:
    kinds = (".pgdump", ".dplan", ".json")
    files = sorted((p for p in backups.glob("*-team-*") if p.suffix in kinds), reverse=True)
    for path in files[retention:]:
        if path not in keep:
            path.unlink(missing_ok=True)


def _reachable(engine: Engine, url: URL) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        detail = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
        raise TeamDatabaseError(
            f"Delivery Desk cannot connect to the team database {display_url(url)}: {detail}. "
            "Check the address, your login and password, and that the server is reachable."
        ) from exc


def migrate_team_database(db: TeamDatabase) -> list[Path]:
    """Bring the server's schema to this version's head; return the backups taken first."""
    engine = db.engine
    if not migrate.needs_upgrade(engine):
        return []
    backups: list[Path] = []
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        # Another client may have upgraded while this one waited for the lock.
        if not migrate.needs_upgrade_on(conn):
            return []
        others = older_clients(conn)
        if others and migrate.current_revision_on(conn) is not None:
            raise TeamDatabaseError(
                "The team database needs an upgrade for this version of Delivery Desk, but other officers "
                f"are connected with an older version: {', '.join(others)}. Nothing was changed. Ask them to "
                "close Delivery Desk (or update it), then connect again."
            )
        if migrate.has_user_tables_on(conn):
            try:
                backups = backup_team_database(db, db.backups, "before-migration")
            except Exception as exc:
                raise TeamDatabaseError(
                    f"The team database was not upgraded because no backup could be taken first ({exc})."
                ) from exc
        migrate.upgrade_on(conn)
    return backups


def open_team_engine(raw_url: str | URL) -> tuple[Engine, URL]:
    url = raw_url if isinstance(raw_url, URL) else parse_team_url(raw_url)
    url, session_password = remember_password(url)
    engine = make_team_engine(url, session_password)
    _reachable(engine, url)
    return engine, url


__all__ = [
    "DATABASE_URL_ENV",
    "DatabaseTooNewError",
    "TeamDatabase",
    "TeamDatabaseError",
    "display_url",
    "login_of",
    "migrate_team_database",
    "open_team_engine",
    "parse_team_url",
]
