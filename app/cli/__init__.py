"""Command line: `python main.py [--data-dir DIR] [COMMAND ...]`; no command opens the window.

Each subcommand lives in its own module with ``register(subparsers)``; its handler takes the
parsed arguments and an open AppContext and returns the exit code (or, for commands that must
work on a damaged database, ``without_database=True`` and the data folder's AppPaths).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import backups, basic, export, importing, report

SUBCOMMAND_MODULES = [basic, export, importing, report, backups]

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
        help="open the window, exit 0 once it has been shown and its events are handled (start-up timing, "
        "packaging smoke tests)",
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


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; errors become one line on stderr and exit code 1."""
    from app.context import AppContext
    from app.plans.listing import PlanNotFoundError
    from app.storage.database import DatabaseError, DatabaseTooNewError
    from app.storage.paths import resolve_paths

    if getattr(args, "without_database", False):
        try:
            return args.handler(args, resolve_paths(args.data_dir))
        except CliError as exc:
            print(f"delivery-desk: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
    try:
        ctx = AppContext.open(args.data_dir, database_url=args.database_url)
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        print(f"delivery-desk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return args.handler(args, ctx)
    except (CliError, PlanNotFoundError) as exc:
        print(f"delivery-desk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        ctx.close()
