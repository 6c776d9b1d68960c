"""Everything a front end needs, opened once: paths, database, change bus and command path."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from sqlalchemy.engine import URL

from app.editing.events import ChangeBus
from app.editing.service import CommandService
from app.profile import OfficerProfile, load_profile, save_profile
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
    profile: OfficerProfile | None = None

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        user: str | None = None,
        database_url: str | URL | None = None,
        read_only: bool = False,
    ) -> AppContext:
        """Open the data folder's SQLite file, or the team database at ``database_url`` (None:
        $DELIVERY_DESK_DATABASE_URL; "": the data folder's file). On a team database the audit
        trail names each officer by their own database login, whatever ``user`` says. A writer must
        hold the data folder's InstanceLock; a ``read_only`` context writes nothing. Off a team
        database, ``user`` (tests, scripts) wins, then the officer's saved profile, then the login name."""
        paths = resolve_paths(data_dir)
        # An empty URL asks for the laptop's own file even when the environment names a server.
        url = os.environ.get(DATABASE_URL_ENV) if database_url is None else database_url
        db = open_database(paths, url, read_only=read_only)
        if db.is_server:
            user = login_of(db.engine)
        bus = ChangeBus()
        profile = load_profile(paths)
        name = user or (profile.name if profile else "") or current_user()
        # Through the context, so a restored or team database is the one backed up.
        commands = CommandService(db, bus, name, lambda reason: ctx.db.backup(reason))
        ctx = cls(paths, db, bus, commands, profile)
        return ctx

    @property
    def user(self) -> str:
        return self.commands.user

    @property
    def signature(self) -> str:
        """Who issues requests and exports: the profile's name, role and email, else the user name."""
        return self.profile.signature if self.profile else self.user

    def set_profile(self, profile: OfficerProfile) -> None:
        """Save the officer's details; changes made from now on carry their name (on a team
        database the audit trail keeps naming the database login, which the server vouches for)."""
        save_profile(self.paths, profile)
        self.profile = profile
        if not self.db.is_server:
            self.commands.user = profile.name

    def close(self) -> None:
        self.db.close()
