"""Runs each command in one transaction: a backup first where the command asks for one, the audit
trail, the change announced on the bus (and, on a team database, to colleagues' windows)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.editing.command_errors import (
    NOT_ALLOWED,
    SERVER_UNREACHABLE,
    CommandError,
    StorageError,
    refused_by_server,
)
from app.editing.commands import BackedUp, Command, CommandRun
from app.editing.entities import ValidationError
from app.editing.events import Change, ChangeBus
from app.editing.live import announce
from app.storage.database import Database
from app.storage.errors import describe_storage_error
from models import Plan, new_uuid


@dataclass(frozen=True)
class Applied:
    command_id: str
    inverse: Command
    change: Change


class CommandService:
    """Runs commands in one transaction each, records the audit trail and announces the change."""

    def __init__(self, db: Database, bus: ChangeBus, user: str, backup: Callable[[str], object] | None = None) -> None:
        self.db = db
        self.bus = bus
        self.user = user
        self._backup = backup
        # Names this client's announcements on a team database, so its own are not replayed to it.
        self.client_id = new_uuid()
        # Offline on the laptop copy (``app.offline.queue``): given each run, in its transaction,
        # to queue what it changed for the team database.
        self.journal: Callable[[Session, CommandRun], None] | None = None

    def execute(
        self,
        command: Command,
        label: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        command_id: str | None = None,
    ) -> Applied:
        """Apply ``command`` in one transaction; ``cancelled`` is asked at the command's checkpoints
        (run off the UI thread, a long command can be stopped with nothing changed). ``command_id``
        names the audit rows (a replayed offline command keeps the id it was queued under)."""
        command_id = command_id or new_uuid()
        journal = self.journal
        try:
            self.db.put_back_if_deleted()
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                f"The database {self.db.path} was deleted while Delivery Desk was open and could not be "
                f"put back ({exc}). Do not close Delivery Desk; free the folder and try again."
            ) from exc
        if isinstance(command, BackedUp) and self._backup is not None:
            self._backup(command.reason)
        try:
            with self.db.transaction() as session:
                run = CommandRun(
                    session, self.user, command_id, label or command.label, cancelled=cancelled,
                    journal=[] if journal is not None else None,
                )  # fmt: skip
                inverse = command.apply(run)
                session.flush()
                if journal is not None:
                    journal(session, run)
                plan_uuids = {uuid for (uuid,) in session.execute(select(Plan.uuid).where(Plan.id.in_(run.plan_ids)))}
                change = Change(
                    plan_uuid=next(iter(plan_uuids)) if len(plan_uuids) == 1 else None,
                    entities=frozenset(run.touched_entities),
                    uuids=frozenset(run.touched_uuids),
                    reason=label or command.label,
                )
                if self.db.is_server:
                    announce(session, self.client_id, self.user, change)
        except ValidationError as exc:
            raise CommandError(str(exc), exc.field) from exc
        except (ProgrammingError, StaleDataError) as exc:
            if not self.db.is_server or not refused_by_server(exc):
                raise
            raise CommandError(NOT_ALLOWED.format(user=self.user)) from exc
        except OperationalError as exc:
            if self.db.is_server:
                raise StorageError(SERVER_UNREACHABLE.format(location=self.db.location)) from exc
            friendly = describe_storage_error(exc, self.db.path)
            if friendly is None:
                raise
            raise StorageError(friendly) from exc
        self.bus.publish(change)
        return Applied(command_id, inverse, change)
