"""`report` subcommand: write the progress report pack as PDF or Word."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

FORMATS = ("pdf", "docx")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2024-03-31") from None


# Command-line spellings of the report's optional columns.
COLUMN_NAMES = {
    "evidence": "evidence",
    "resources": "resources",
    "partners": "partners",
    "latest-update": "latest_update",
}


def _columns(text: str) -> tuple[str, ...]:
    names = [part.strip().casefold() for part in text.split(",") if part.strip()]
    if names == ["none"]:
        return ()
    unknown = [n for n in names if n not in COLUMN_NAMES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown column '{unknown[0]}': use {', '.join(COLUMN_NAMES)} or none")
    return tuple(dict.fromkeys(COLUMN_NAMES[n] for n in names))


def register(subparsers, add_data_dir) -> None:
    parser = subparsers.add_parser("report", help="write a progress report pack (PDF or Word) for a plan")
    add_data_dir(parser)
    parser.add_argument("--plan", metavar="NAME", help="plan title, part of it, or its id (optional if only one)")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write, e.g. pack.pdf")
    parser.add_argument("--since", metavar="YYYY-MM-DD", type=_iso_date, help="report changes since this date")
    parser.add_argument("--meeting", metavar="TEXT", help="the meeting the report goes to")
    parser.add_argument("--meeting-date", metavar="YYYY-MM-DD", type=_iso_date, help="date of that meeting")
    parser.add_argument("--format", choices=FORMATS, help="pdf or docx (default: from the file name)")
    parser.add_argument(
        "--columns",
        metavar="LIST",
        type=_columns,
        help="columns beside each action, comma-separated, any of: "
        + ", ".join(COLUMN_NAMES)
        + " (default: as last time; 'none' for none)",
    )
    parser.add_argument(
        "--accessible",
        action="store_true",
        help="write the accessible edition for publishing (tagged PDF/UA-1) instead of the print pack",
    )
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace, ctx) -> int:
    from app.cli import CliError
    from app.plans.listing import resolve_plan
    from app.reporting import load_report_options
    from app.reporting.files import ACCESSIBLE, format_for, produce_report
    from exports.reporting.accessible import AccessibleEditionUnavailable

    target = Path(args.output)
    fmt = format_for(target, args.format)
    if fmt is None:
        raise CliError(f"Cannot tell the format of '{target.name}': name it .pdf or .docx, or pass --format.")
    if args.accessible:
        if fmt != "pdf":
            raise CliError(f"The accessible edition is a PDF: name the file .pdf, not '{target.name}'.")
        fmt = ACCESSIBLE
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    plan = resolve_plan(ctx.db, args.plan)
    today = date.today()
    options = load_report_options(ctx.db, plan.uuid).for_new_report(today)
    if args.since:
        options = options.with_changes(since=args.since)
    if args.meeting:
        options = options.with_changes(meeting_body=args.meeting)
    if args.meeting_date:
        options = options.with_changes(meeting_date=args.meeting_date)
    if args.columns is not None:
        options = options.with_changes(columns=args.columns)
    try:
        report = produce_report(ctx.db, plan.uuid, options, target, fmt, today)
    except OSError as exc:
        raise CliError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except AccessibleEditionUnavailable as exc:
        raise CliError(str(exc)) from exc
    print(f"Wrote {target} ({report.summary.sentence})")
    return 0
