"""Everything a front end needs, opened once: paths, database, change bus and command path."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from sqlalchemy.engine import URL

from app.editing.commands import CommandService
from app.editing.events import ChangeBus
from app.storage.backups import backup_before_change
from app.storage.database import Database, open_database
from app.storage.paths import AppPaths, resolve_paths
from app.storage.team_database import DATABASE_URL_ENV, login_of

USER_ENV = "DELIVERY_DESK_USER"


def current_user() -> str:
    """The name written into the audit trail: $DELIVERY_DESK_USER, else the login name."""
    name = os.environ.get(USER_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    bus: ChangeBus
    commands: CommandService

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        user: str | None = None,
        database_url: str | URL | None = None,
    ) -> AppContext:
        """Open the data folder's SQLite file, or the team database at ``database_url`` (None:
        $DELIVERY_DESK_DATABASE_URL; "": the data folder's file). On a team database the audit
        trail names each officer by their own database login, whatever ``user`` says."""
        paths = resolve_paths(data_dir)
        # An empty URL asks for the laptop's own file even when the environment names a server.
        url = os.environ.get(DATABASE_URL_ENV) if database_url is None else database_url
        db = open_database(paths, url)
        if db.is_server:
            user = login_of(db.engine)
        bus = ChangeBus()
        commands = CommandService(db, bus, user or current_user(), lambda reason: backup_before_change(paths, reason))
        return cls(paths, db, bus, commands)

    @property
    def user(self) -> str:
        return self.commands.user

    def close(self) -> None:
        self.db.close()
