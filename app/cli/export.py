"""`export` subcommand: `export --plan NAME -o FILE`, the file's extension choosing the format."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli.passphrase import add_passphrase_file, ask_passphrase, read_passphrase_file

# Extension -> writer(ctx, plan summary, path) returning a one-line description of what was written.
Writer = Callable[[object, object, Path], str]


def _xlsx(ctx, plan, path: Path) -> str:
    from app.queries.actions import action_rows
    from exports.exporting.xlsx_export import write_actions_xlsx

    rows = action_rows(ctx.db, plan.uuid, date.today())
    write_actions_xlsx(path, plan, rows, exported_by=ctx.signature)
    return f"{len(rows)} actions"


def _csv(ctx, plan, path: Path) -> str:
    from app.queries.actions import action_rows
    from exports.exporting.csv_export import write_actions_csv

    rows = action_rows(ctx.db, plan.uuid, date.today())
    write_actions_csv(path, rows)
    return f"{len(rows)} actions"


def _ics(ctx, plan, path: Path) -> str:
    from app.queries.actions import action_rows
    from exports.exporting.ics_export import write_actions_ics

    rows = action_rows(ctx.db, plan.uuid, date.today())
    events = write_actions_ics(path, plan, rows)
    return f"{events} due dates of {len(rows)} actions"


def _dplan(ctx, plan, path: Path, passphrase: str | None = None) -> str:
    from app.plan_files.service import export_plan_file

    result = export_plan_file(ctx.db, plan.uuid, path, ctx.user, passphrase=passphrase)
    protected = ", protected with a passphrase" if passphrase else ""
    return f"plan file with {result.counts['action']} actions{protected}"


WRITERS: dict[str, Writer] = {".xlsx": _xlsx, ".csv": _csv, ".ics": _ics, ".dplan": _dplan}


def register(subparsers, add_data_dir) -> None:
    parser = subparsers.add_parser("export", help="export a plan; the file extension picks the format")
    add_data_dir(parser)
    parser.add_argument("--plan", metavar="NAME", help="plan name, part of it, or its id (default: the only plan)")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write: " + ", ".join(WRITERS))
    add_passphrase_file(parser, ".dplan only: protect the file with a passphrase")
    parser.add_argument(
        "--protect", action="store_true", help=".dplan only: protect the file with a passphrase asked for now"
    )
    # A .dplan export records the sync snapshot it sends; the other formats only read.
    parser.set_defaults(handler=_export, writes=lambda args: Path(args.output).suffix.casefold() == ".dplan")


def _export(args: argparse.Namespace, ctx) -> int:
    from app.cli import CliError
    from app.plan_files.crypto import WeakPassphraseError, check_new_passphrase
    from app.plans.listing import resolve_plan

    path = Path(args.output)
    writer = WRITERS.get(path.suffix.casefold())
    if writer is None:
        raise CliError(f"Cannot export to '{path.name}': use one of {', '.join(WRITERS)}.")
    if not path.parent.exists():
        raise CliError(f"Folder {path.parent} does not exist.")
    passphrase = None
    if getattr(args, "passphrase_file", None) or getattr(args, "protect", False):
        if writer is not _dplan:
            raise CliError("Only .dplan plan files can be protected with a passphrase.")
        passphrase = (
            read_passphrase_file(args.passphrase_file)
            if args.passphrase_file
            else ask_passphrase("Passphrase to protect the plan file: ", confirm=True)
        )
        try:
            check_new_passphrase(passphrase)
        except WeakPassphraseError as exc:
            raise CliError(str(exc)) from None
    plan = resolve_plan(ctx.db, args.plan)
    try:
        described = _dplan(ctx, plan, path, passphrase) if passphrase else writer(ctx, plan, path)
    except OSError as exc:
        raise CliError(f"Could not write {path}: {exc.strerror or exc}") from exc
    print(f"Wrote {path} ({described}) from {plan.display_name}")
    return 0
