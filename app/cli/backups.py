"""`backups` and `restore`: the File > Restore from backup… dialog for when the window cannot help.

Both work without opening the database, so they still work when it is damaged. `restore` runs
holding the data-folder lock (``app.cli.run_command`` takes it).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # parsing the command line (and so starting the window) imports no database code
    from app.storage.backups import BackupInfo
    from app.storage.paths import AppPaths


def register(subparsers, add_data_dir) -> None:
    listing = subparsers.add_parser("backups", help="list the automatic backups, newest first, numbered")
    add_data_dir(listing)
    listing.set_defaults(handler=_list, without_database=True)
    restore = subparsers.add_parser(
        "restore",
        help="put a backup back (the current state is backed up first, or kept aside if damaged)",
    )
    add_data_dir(restore)
    restore.add_argument("backup", metavar="BACKUP", help="its number in `backups`, its file name, or 'latest'")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=_restore, without_database=True, writes=True)


def _list(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.storage.backups import list_backups

    backups = list_backups(paths)
    if not backups:
        print(f"No backups in {paths.backups}.")
        return 0
    for number, info in enumerate(backups, start=1):
        size = f"{info.size / 1024:,.0f} KB"
        print(f"{number:>3}  {info.taken_at:%Y-%m-%d %H:%M}  {info.reason:<22} {size:>10}  {info.summary()}")
    return 0


def _restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from app.cli import CliError
    from app.storage.restore import RestoreError, restore_backup

    chosen = _choose(args.backup, paths)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("restoring replaces the current database; add --yes to confirm")
        answer = input(f"Replace the current database with the backup of {chosen.taken_at:%d %B %Y %H:%M}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 0
    try:
        result = restore_backup(paths, chosen)
    except RestoreError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"Restoring {chosen.path.name} failed: {exc.strerror or exc}.") from None
    print(f"Restored {result.restored_from.name} ({chosen.summary()}).")
    if result.previous_state_backup is not None:
        print(f"The state before the restore was backed up as {result.previous_state_backup.name}.")
    if result.damaged_file_kept_at is not None:
        print(f"The damaged database was kept aside as {result.damaged_file_kept_at.name}.")
    return 0


def _choose(wanted: str, paths: AppPaths) -> BackupInfo:
    from app.cli import CliError
    from app.storage.backups import list_backups
    from app.storage.restore import latest_good_backup

    if wanted == "latest":
        latest = latest_good_backup(paths)
        if latest is None:
            raise CliError(f"there is no usable backup in {paths.backups}")
        return latest
    backups = list_backups(paths)
    if wanted.isdigit() and 1 <= int(wanted) <= len(backups):
        chosen = backups[int(wanted) - 1]
    else:
        chosen = next((info for info in backups if info.path.name == wanted), None)
        if chosen is None:
            raise CliError(f"no backup '{wanted}': run `backups` to list them (1 is the newest)")
    if not chosen.usable:
        raise CliError(f"the backup {chosen.path.name} cannot be used: {chosen.problem}")
    return chosen
