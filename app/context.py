"""Everything a front end needs, opened once: paths, database, change bus and command path."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from app.editing.commands import CommandService
from app.editing.events import ChangeBus
from app.storage.backups import backup_before_change
from app.storage.database import Database, open_database
from app.storage.paths import AppPaths, resolve_paths

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
    def open(cls, data_dir: str | os.PathLike[str] | None = None, user: str | None = None) -> AppContext:
        paths = resolve_paths(data_dir)
        db = open_database(paths)
        bus = ChangeBus()
        commands = CommandService(db, bus, user or current_user(), lambda reason: backup_before_change(paths, reason))
        return cls(paths, db, bus, commands)

    @property
    def user(self) -> str:
        return self.commands.user

    def close(self) -> None:
        self.db.close()
