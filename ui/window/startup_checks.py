"""Start-up guards: one window per data folder, and a damaged database met with the latest good backup.

The lock is taken before the window shows, so this module imports no database code and no dialogs at
the top: the functions import them when called (the database code has been loaded off the UI
thread by then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.errors import READ_ONLY_FOLDER
from app.storage.files import folder_is_read_only
from app.storage.instance_lock import AlreadyOpenError, InstanceLock
from app.storage.paths import AppPaths

if TYPE_CHECKING:
    from app.context import AppContext
    from app.storage.database import DatabaseDamagedError

CANNOT_OPEN = "Delivery Desk cannot open its data"


def take_instance_lock(paths: AppPaths) -> InstanceLock | None:
    """The lock for ``paths``, or None after telling the user another window has the folder."""
    try:
        return InstanceLock(paths).acquire()
    except AlreadyOpenError as exc:
        title, text = "Delivery Desk is already open", str(exc)
    except OSError as exc:
        title = CANNOT_OPEN
        if folder_is_read_only(paths.data_dir):
            text = READ_ONLY_FOLDER.format(folder=paths.data_dir)
        else:
            text = f"The data folder {paths.data_dir} cannot be used: {exc.strerror or exc}."
    from ui.common import prompts

    prompts.error(None, title, text)
    return None


def open_context(
    paths: AppPaths, database_url: str | None = None, failure: Exception | None = None
) -> AppContext | None:
    """Open the data; over a damaged database offer the latest good backup (the damaged file is kept).

    With ``database_url`` (or $DELIVERY_DESK_DATABASE_URL) the plans are on a team database server.
    ``failure``: how a first attempt (made off the UI thread at start-up) failed, met here as if this
    attempt had failed so."""
    from app.context import AppContext
    from app.storage.database import DatabaseDamagedError, DatabaseError, DatabaseTooNewError
    from ui.common import prompts

    try:
        if failure is not None:
            raise failure
        return AppContext.open(paths.data_dir, database_url=database_url)
    except DatabaseDamagedError as exc:
        if not _offer_restore(paths, exc):
            return None
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        prompts.error(None, CANNOT_OPEN, str(exc))
        return None
    try:
        return AppContext.open(paths.data_dir)
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        prompts.error(None, CANNOT_OPEN, str(exc))
        return None


def open_remembered_team(paths: AppPaths, url: str, failure: Exception | None = None) -> AppContext | None:
    """The team database of the last session; out of reach, say so and open the laptop's own database
    in its place: the officer works on their copy, edits are queued, and the window goes back to the
    server by itself when it answers (``ui.offline.auto``). ``failure`` as for ``open_context``."""
    from app.context import AppContext
    from app.offline.queue import stand_in
    from app.storage.database import DatabaseError, DatabaseTooNewError
    from app.storage.team_database import TeamDatabaseError, parse_team_url
    from ui.common import prompts

    try:
        if failure is not None:
            raise failure
        return AppContext.open(paths.data_dir, database_url=url)
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        prompts.error(
            None,
            "The team database cannot be used",
            f"{exc}\n\nDelivery Desk opens this laptop's copy instead and keeps your changes to send when "
            "the server is back; File ▸ Use this laptop's database works on it alone.",
        )
    laptop = open_context(paths, "")
    if laptop is None:
        return None
    try:
        return stand_in(laptop, parse_team_url(url))
    except TeamDatabaseError:
        return laptop


def _offer_restore(paths: AppPaths, damage: DatabaseDamagedError) -> bool:
    from app.storage.restore import RestoreError, latest_good_backup, restore_backup
    from ui.common import prompts
    from ui.storage.backup_dialogs import describe_when

    backup = latest_good_backup(paths)
    if backup is None:
        prompts.error(
            None,
            "The database is damaged",
            f"{damage}\n\nThere is no good backup in {paths.backups} to restore. The file has not been "
            "changed; keep a copy of it and ask your IT support to look at it.",
        )
        return False
    question = (
        f"{damage}\n\nRestore the latest good backup, taken {describe_when(backup)}?\n"
        f"It holds: {backup.summary()}.\n\nThe damaged file will be renamed and kept in {paths.data_dir}."
    )
    if not prompts.confirm(None, "The database is damaged", question, ok_text="Restore backup"):
        return False
    try:
        result = restore_backup(paths, backup)
    except (RestoreError, OSError) as exc:
        prompts.error(None, "Restore failed", str(exc))
        return False
    kept = result.damaged_file_kept_at
    prompts.info(
        None,
        "Backup restored",
        f"Restored the backup taken {describe_when(backup)}."
        + (f"\nThe damaged file is kept as {kept.name}." if kept else ""),
    )
    return True
