"""Command line: `python main.py [--data-dir DIR] [COMMAND ...]`; no command opens the window.

Each subcommand lives in its own module with ``register(subparsers)``; its handler takes the
parsed arguments and an open AppContext and returns the exit code (or, for commands that must
work on a damaged database, ``without_database=True`` and the data folder's AppPaths).

A command that changes anything sets ``writes`` (True, or a function of its arguments): it runs
holding the data-folder lock, so it never overlaps the window, a restore or another writing
command. Every other command opens the database read-only, so it also works on a read-only
folder and beside the open window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import backups, basic, export, importing, narrative, offline, report, team

SUBCOMMAND_MODULES = [basic, export, importing, report, narrative, backups, team, offline]

EXIT_ERROR = 1


class CliError(Exception):
    """A problem to report on one line, exit code 1."""


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder holding the database, backups and logs (default: the user data folder, "
        "or $DELIVERY_DESK_DATA_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delivery-desk",
        description="Delivery Desk: keep a partnership delivery plan, its progress and its reports.",
    )
    add_data_dir(parser)
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=None,
        help="work on a team database on a PostgreSQL server, e.g. postgresql://login@server/plans "
        "(default: $DELIVERY_DESK_DATABASE_URL, else the data folder's own database); a password in the "
        "URL is moved to the system keyring",
    )
    parser.add_argument(
        "--exit-when-shown",
        action="store_true",
        help="open the window, exit 0 once it is fully interactive (its plan shown, the data open, menus and "
        "features installed) and its events are handled (start-up timing, packaging smoke tests)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMAND_MODULES:
        module.register(subparsers, add_data_dir)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    return args


def writes(args: argparse.Namespace) -> bool:
    """Whether the parsed command changes the data folder (so must hold its lock)."""
    value = getattr(args, "writes", False)
    return bool(value(args) if callable(value) else value)


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; every failure becomes one line on stderr and exit code 1."""
    from app.storage.paths import resolve_paths

    try:
        paths = resolve_paths(args.data_dir)
        if getattr(args, "without_database", False):
            if not writes(args):
                return args.handler(args, paths)
            with take_lock(paths, args.command):
                return args.handler(args, paths)
        return _run_on_database(args, paths)
    except CliError as exc:
        print(f"delivery-desk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR


def take_lock(paths, command: str):
    """The data-folder lock for ``command``, waiting for another command but never for the window."""
    from app.storage.files import folder_is_read_only
    from app.storage.instance_lock import COMMAND_WAIT_SECONDS, WINDOW, AlreadyOpenError, InstanceLock

    if folder_is_read_only(paths.data_dir):
        raise CliError(read_only_message(paths, command))
    try:
        return InstanceLock(paths, holder=f"the command `{command}`").acquire(wait_for_commands=COMMAND_WAIT_SECONDS)
    except AlreadyOpenError as exc:
        close = f" Close it before running `{command}`;" if exc.holder == WINDOW else ""
        raise CliError(f"{exc}{close} nothing was changed.") from None
    except OSError as exc:
        raise CliError(f"The data folder {paths.data_dir} cannot be used: {exc.strerror or exc}.") from None


def read_only_message(paths, command: str) -> str:
    return (
        f"The data folder {paths.data_dir} is read-only, so `{command}` cannot change anything there. "
        "Make the folder writable, or use --data-dir with a writable folder; `plans`, `backups` and "
        "exports to .xlsx, .csv or .ics still work on it."
    )


def _run_on_database(args: argparse.Namespace, paths) -> int:
    from app.storage.database import NeedsWritingError
    from app.storage.files import folder_is_read_only

    if writes(args):
        with take_lock(paths, args.command):
            return _handle(args, _open(args, paths, read_only=False))
    try:
        ctx = _open(args, paths, read_only=True)
    except NeedsWritingError as exc:  # the database must be created or upgraded first: that writes
        if folder_is_read_only(paths.data_dir):
            raise CliError(f"{exc} The folder is read-only, so that cannot be done here.") from None
        with take_lock(paths, args.command):
            return _handle(args, _open(args, paths, read_only=False))
    return _handle(args, ctx)


def _open(args: argparse.Namespace, paths, read_only: bool):
    from app.context import AppContext
    from app.storage.database import DatabaseError, DatabaseTooNewError, NeedsWritingError

    try:
        return AppContext.open(paths.data_dir, database_url=args.database_url, read_only=read_only)
    except NeedsWritingError:
        raise
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        raise CliError(str(exc)) from None


def _handle(args: argparse.Namespace, ctx) -> int:
    """Run the handler; storage and command failures are reported, never shown as a traceback."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from app.editing.commands import CommandError
    from app.plans.listing import PlanNotFoundError
    from app.storage.errors import describe_storage_error

    try:
        return args.handler(args, ctx)
    except (PlanNotFoundError, CommandError) as exc:
        raise CliError(str(exc)) from None
    except (SQLAlchemyError, sqlite3.Error) as exc:
        friendly = describe_storage_error(exc, ctx.db.path)
        raise CliError(friendly or f"the database could not be used ({getattr(exc, 'orig', None) or exc}).") from None
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        raise CliError(f"could not write{where}: {exc.strerror or exc}; nothing was changed.") from None
    finally:
        ctx.close()
