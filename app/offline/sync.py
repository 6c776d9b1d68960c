"""Keeping a team plan in the laptop's own database for work without the network, and syncing it.

Taking the copy exports the plan from the team database and merges it into the laptop's
database, so both hold the same sync snapshot. Edits made offline are ordinary commands on the
laptop's copy (with audit and undo). Syncing sends the copy to the server through the three-way
plan-file merge against that shared snapshot: the laptop's changes and colleagues' changes made
meanwhile combine field by field, a field both changed differently is a conflict for the officer
to resolve (nothing is applied until each has a choice), and then the copy is refreshed from the
server. Nothing acknowledged on either side is dropped without the officer's choice.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.context import AppContext
from app.offline.replay import ReplayOutcome, Resolve, replay_queue
from app.plan_files.merge import MINE, THEIRS, MergePreview
from app.plan_files.service import apply_merge, export_plan_file, merge_command, preview_plan_file
from models import SyncSnapshot

# An offline conflict's two sides, as the officer says them; in the merge preview the server is
# "mine" (the copy merged into) and the laptop "theirs" (the copy sent).
KEEP_LAPTOP = "laptop"
KEEP_SERVER = "server"
_AS_MERGE_CHOICE = {KEEP_LAPTOP: THEIRS, KEEP_SERVER: MINE}


@dataclass(frozen=True)
class SyncOutcome:
    """What a sync did: ``applied`` False means the conflicts in ``preview`` wait for a choice."""

    preview: MergePreview
    applied: bool

    @property
    def conflicts(self):
        return self.preview.conflicts


def _keeps_snapshots(ctx: AppContext) -> bool:
    """Whether an export from ``ctx`` may keep its sync snapshot there: not on a team database whose
    login may not write it (a lead, the chair). Their copy is then refreshed as a plain two-way
    merge, the server's values winning as always, and nothing is left on the server."""
    from app.storage.team_roles import may_add_rows

    return not ctx.db.is_server or may_add_rows(ctx.db.engine, SyncSnapshot.__tablename__)


def _carry(source: AppContext, target: AppContext, plan_uuid: str, folder: Path) -> MergePreview:
    path = folder / f"{plan_uuid}.dplan"
    export_plan_file(source.db, plan_uuid, path, source.user, remember=_keeps_snapshots(source))
    return preview_plan_file(target.db, path)


def take_offline_copy(
    team: AppContext, laptop: AppContext, plan_uuid: str, cancelled: Callable[[], bool] | None = None
) -> MergePreview:
    """Bring the laptop's copy of the team plan up to the server's state (the server's values win).

    No backup is taken first: the copy is a replica of what the server holds, refreshed every time
    a team plan opens, and a backup each time would push the laptop's useful backups out.
    ``cancelled`` (checked between steps) rolls the refresh back and leaves the copy as it was.
    """
    with tempfile.TemporaryDirectory(prefix="dd-offline-") as folder:
        preview = _carry(team, laptop, plan_uuid, Path(folder))
        if preview.has_changes:
            merge = merge_command(preview, {conflict.key: THEIRS for conflict in preview.conflicts})
            laptop.commands.execute(merge.command, cancelled=cancelled)
        return preview


def keep_laptop_copy(team: AppContext, plan_uuid: str, cancelled: Callable[[], bool] | None = None) -> bool:
    """Refresh (or take) the laptop's copy of a plan the officer opened on ``team``; off the UI thread.

    False, with the copy left alone, while changes made offline still wait in the laptop's queue:
    sending them (``catch_up``) refreshes the copy afterwards, and the queue must go first.
    """
    from app.offline.queue import open_laptop, waiting_count

    laptop = open_laptop(team.paths.data_dir, team.user)
    try:
        if waiting_count(laptop.db):
            return False
        take_offline_copy(team, laptop, plan_uuid, cancelled)
        return True
    finally:
        laptop.close()


def sync_offline_copy(
    laptop: AppContext, team: AppContext, plan_uuid: str, resolutions: Mapping[str, str] | None = None
) -> SyncOutcome:
    """Merge the laptop's offline edits into the team plan, then refresh the copy from the server.

    With conflicts and no ``resolutions`` nothing is applied: the outcome lists them (a conflict's
    ``theirs`` is the laptop's value, ``mine`` the server's); each key's choice is KEEP_LAPTOP or
    KEEP_SERVER.
    """
    with tempfile.TemporaryDirectory(prefix="dd-offline-") as folder:
        preview = _carry(laptop, team, plan_uuid, Path(folder))
        if preview.conflicts and resolutions is None:
            return SyncOutcome(preview, applied=False)
        if preview.has_changes:
            choices = {key: _AS_MERGE_CHOICE.get(choice, choice) for key, choice in (resolutions or {}).items()}
            apply_merge(team, preview, choices, remember=_keeps_snapshots(team))
    take_offline_copy(team, laptop, plan_uuid)
    return SyncOutcome(preview, applied=True)


def catch_up(
    laptop: AppContext,
    team: AppContext,
    resolve: Resolve,
    plan_uuids=(),
    on_sent: Callable[[int, int], None] | None = None,
) -> ReplayOutcome:
    """Back online: replay the queued commands (``app.offline.replay``), then, unless the officer
    stopped at a conflict, refresh the laptop's copies from the server (its values win now)."""
    outcome = replay_queue(laptop, team, resolve, on_sent)
    if outcome.stopped:
        return outcome
    # The refresh is the server's state arriving, not an offline edit: it is not queued.
    journal, laptop.commands.journal = laptop.commands.journal, None
    try:
        for plan_uuid in sorted(outcome.plan_uuids | set(plan_uuids)):
            take_offline_copy(team, laptop, plan_uuid)
    finally:
        laptop.commands.journal = journal
    return outcome


def send_waiting(data_dir: Path, user: str, team: AppContext, resolve: Resolve) -> ReplayOutcome | None:
    """Off the UI thread: the changes the laptop's database still holds from an earlier session, sent
    to ``team`` (``catch_up``); None when nothing waits, or the laptop keeps no database to speak of."""
    from app.offline.queue import open_laptop, waiting_count
    from app.storage.database import DatabaseError, DatabaseTooNewError

    try:
        laptop = open_laptop(data_dir, user)
    except (DatabaseError, DatabaseTooNewError, OSError):
        return None
    try:
        if not waiting_count(laptop.db):
            return None
        return catch_up(laptop, team, resolve)
    finally:
        laptop.close()


def replay_then_refresh(data_dir: Path, user: str, team_url, resolve: Resolve, plan_uuids, report):
    """Off the UI thread: the laptop copy's queue sent to the team database, the copy refreshed.

    The laptop database is opened afresh here, not the window's: the window's context goes on
    queueing the officer's edits meanwhile, and the refresh (the server's state arriving) must
    neither be queued nor reach the window's views from this thread. Returns the outcome and the
    team context to hand over to, or None when the officer put a clash aside."""
    from app.offline.queue import open_laptop

    team = AppContext.open(data_dir, database_url=team_url)
    try:
        laptop = open_laptop(data_dir, user)
        try:
            outcome = catch_up(laptop, team, resolve, plan_uuids, lambda sent, waiting: report(sent, waiting, ""))
        finally:
            laptop.close()
    except BaseException:
        team.close()
        raise
    if outcome.stopped:
        team.close()
        return outcome, None
    return outcome, team


__all__ = [
    "KEEP_LAPTOP",
    "KEEP_SERVER",
    "SyncOutcome",
    "catch_up",
    "keep_laptop_copy",
    "replay_then_refresh",
    "send_waiting",
    "sync_offline_copy",
    "take_offline_copy",
]
