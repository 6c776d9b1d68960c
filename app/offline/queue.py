"""The laptop copy's queue: each command made offline, kept in the same transaction as the change.

While the team database is out of reach the window works on the laptop's own database, and
``start_queueing`` makes the command path record every record a command changes (what it was
before, what it became, the record's revision, who and when) as ``QueuedCommand`` rows, in the
command's own transaction: a change the officer was told is saved is queued too, and a change
rolled back leaves nothing queued. Commands the queue cannot describe (an import, a plan-file
merge, a new plan) are refused while offline, with nothing changed. ``app.offline.replay``
sends the queue to the server once it is back.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app.context import AppContext
from app.editing.commands import CommandRun
from app.storage.database import Database
from models import Plan, QueuedCommand


def encode(values: Mapping[str, Any]) -> str:
    """Field values as JSON, dates tagged so they come back as dates (the specs check types)."""

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return {"$datetime": value.isoformat()}
        if isinstance(value, date):
            return {"$date": value.isoformat()}
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, tuple | list):
            return [plain(item) for item in value]
        return value

    return json.dumps({name: plain(value) for name, value in values.items()}, ensure_ascii=False)


def decode(text: str) -> dict[str, Any]:
    def typed(value: Any) -> Any:
        if isinstance(value, dict) and "$date" in value:
            return date.fromisoformat(value["$date"])
        if isinstance(value, dict) and "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if isinstance(value, list):
            return [typed(item) for item in value]
        return value

    return {name: typed(value) for name, value in json.loads(text).items()}


def record_run(session: Session, run: CommandRun) -> None:
    """``CommandService.journal``: queue what ``run`` changed, in its transaction."""
    if not run.journal:
        return
    plan_ids = {entry.plan_id for entry in run.journal}
    plan_uuids = dict(session.execute(select(Plan.id, Plan.uuid).where(Plan.id.in_(plan_ids))).all())
    for entry in run.journal:
        session.add(
            QueuedCommand(
                command_id=run.command_id,
                label=run.label[:300],
                plan_uuid=plan_uuids[entry.plan_id],
                kind=entry.kind,
                entity=entry.entity,
                target_uuid=entry.uuid,
                before=encode(entry.before),
                after=encode(entry.after),
                base_revision=entry.base_revision,
                user=run.user,
            )
        )


def start_queueing(ctx: AppContext) -> None:
    """From now on every command on ``ctx`` (the laptop copy) is queued for the team database."""
    ctx.commands.journal = record_run


def stand_in(ctx: AppContext, team_url: URL) -> AppContext:
    """``ctx`` (the laptop's own database) works in place of the team database at ``team_url``."""
    ctx.standing_in_for = team_url
    start_queueing(ctx)
    return ctx


# A team window opens the laptop's database from the thread pool (the copy kept on opening a plan,
# the changes sent on reconnection) as well as from the UI thread: on a fresh laptop the first to
# open it creates its tables, and two doing so at once would both try.
_opening = threading.Lock()


def open_laptop(data_dir: Path, user: str) -> AppContext:
    """The laptop's own database (where the offline copies are), from any thread."""
    with _opening:
        return AppContext.open(data_dir, user=user, database_url="")


def open_laptop_copy(team: AppContext, plan_uuid: str | None) -> AppContext | None:
    """The laptop's own database, standing in for ``team``; None when it holds no copy of the plan
    (nothing would be there to work on)."""
    from app.plans.listing import PlanNotFoundError, get_plan

    laptop = open_laptop(team.paths.data_dir, team.user)
    if plan_uuid is not None:
        try:
            get_plan(laptop.db, plan_uuid)
        except PlanNotFoundError:
            laptop.close()
            return None
    # The engine's URL carries the password, kept in memory only, to reconnect without asking.
    return stand_in(laptop, team.db.engine.url)


def stop_queueing(ctx: AppContext) -> None:
    ctx.commands.journal = None


@dataclass(frozen=True)
class QueuedChange:
    """One queued record change, as read back from the laptop's database."""

    id: int
    command_id: str
    label: str
    plan_uuid: str
    kind: str
    entity: str
    uuid: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    base_revision: int
    user: str
    queued_at: datetime
    problem: str | None


def _snapshot(row: QueuedCommand) -> QueuedChange:
    return QueuedChange(
        row.id, row.command_id, row.label, row.plan_uuid, row.kind, row.entity, row.target_uuid,
        decode(row.before), decode(row.after), row.base_revision, row.user, row.queued_at, row.problem,
    )  # fmt: skip


def queued_changes(db: Database, include_refused: bool = False) -> list[QueuedChange]:
    """Every change waiting, oldest first (refused ones only when asked)."""
    query = select(QueuedCommand).order_by(QueuedCommand.id)
    if not include_refused:
        query = query.where(QueuedCommand.problem.is_(None))
    with db.read() as session:
        return [_snapshot(row) for row in session.scalars(query)]


def waiting_count(db: Database) -> int:
    """How many commands wait to be sent (what the status bar says)."""
    query = select(func.count(func.distinct(QueuedCommand.command_id))).where(QueuedCommand.problem.is_(None))
    with db.read() as session:
        return session.scalar(query) or 0


__all__ = [
    "QueuedChange",
    "decode",
    "encode",
    "open_laptop",
    "open_laptop_copy",
    "queued_changes",
    "record_run",
    "stand_in",
    "start_queueing",
    "stop_queueing",
    "waiting_count",
]
