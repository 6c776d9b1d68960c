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
    paper = parser.add_argument_group(
        "the committee paper", "stored as the plan's report template (and the narrative with the meeting)"
    )
    paper.add_argument(
        "--narrative",
        metavar="FILE",
        help="a text file of [summary], [priority CODE], [purpose], [recommendations] and [background papers] "
        "sections (see docs/narrative-file.md)",
    )
    paper.add_argument("--committee", metavar="TEXT", help="the committee or board the paper goes to")
    paper.add_argument("--agenda-item", metavar="TEXT", help="the paper's agenda item, e.g. 7")
    paper.add_argument("--author", metavar="'NAME, ROLE, EMAIL'", help="who the report is of")
    paper.add_argument("--contact", metavar="'NAME, ROLE, EMAIL'", help="the contact officer")
    # Writes: the report's date, options and paper are remembered for the next one.
    parser.set_defaults(handler=_report, writes=True)


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
    if args.committee:
        options = options.with_changes(meeting_body=args.committee.strip())
    if args.agenda_item is not None:
        options = options.with_changes(agenda_item=args.agenda_item.strip())
    _store_paper(args, ctx, plan.uuid, options, today)
    try:
        report = produce_report(ctx.db, plan.uuid, options, target, fmt, today)
    except OSError as exc:
        raise CliError(f"Could not write {target}: {exc.strerror or exc}") from exc
    except AccessibleEditionUnavailable as exc:
        raise CliError(str(exc)) from exc
    print(f"Wrote {target} ({report.summary.sentence})")
    return 0


def _store_paper(args: argparse.Namespace, ctx, plan_uuid: str, options, today: date) -> None:
    """Apply --narrative, --committee, --agenda-item, --author and --contact through the command
    path (audited, undoable): the agenda item and narrative with the meeting, the rest in the template."""
    from app.cli import CliError
    from app.editing.commands import CommandError
    from app.queries.structure import priority_tree
    from app.reporting.build import report_meeting
    from app.reporting.paper_store import UnknownPriorityError, load_paper, merge_narrative_file, save_paper_command
    from exports.reporting.narrative_file import NarrativeFileError, read_narrative
    from models.snapshots.paper import Officer

    stored = load_paper(ctx.db, plan_uuid, options.meeting_date)
    template, narrative = stored.template, stored.narrative
    if args.committee is not None:
        template = template.with_changes(committee=args.committee.strip())
    if args.author is not None:
        template = template.with_changes(author=Officer.parse(args.author))
    if args.contact is not None:
        template = template.with_changes(contact=Officer.parse(args.contact))
    if args.narrative:
        if options.meeting_date is None:
            raise CliError("A narrative is stored with its meeting: pass --meeting-date too.")
        try:
            written = read_narrative(args.narrative)
            template, narrative = merge_narrative_file(template, narrative, written, priority_tree(ctx.db, plan_uuid))
        except (NarrativeFileError, UnknownPriorityError) as exc:
            raise CliError(str(exc)) from exc
    elif stored.narrative_meeting is not None and stored.narrative_meeting != options.meeting_date:
        print(
            f"Narrative carried forward from the report to the meeting of {stored.narrative_meeting.isoformat()}; "
            "pass --narrative FILE to write this meeting's."
        )
    # An agenda item remembered as an option by an earlier version is stored with its meeting now.
    agenda_item = options.agenda_item if args.agenda_item is not None or options.agenda_item else None
    meeting = report_meeting(ctx.db, plan_uuid, options, today)
    meeting_date = options.meeting_date or (meeting.date if meeting is not None else None)
    if agenda_item and meeting_date is None:
        print("The agenda item is printed but not kept: it is kept with its meeting, so pass --meeting-date too.")
    # Only what this run was asked to change is stored; a carried-forward narrative stays with its meeting.
    paper_options = (args.committee, args.author, args.contact, agenda_item)
    if not args.narrative and all(value is None for value in paper_options):
        return
    keep = narrative if args.narrative else None
    command = save_paper_command(ctx.db, plan_uuid, template, keep, meeting_date, options.meeting_body, agenda_item)
    if command is not None:
        try:
            ctx.commands.execute(command)
        except CommandError as exc:
            raise CliError(str(exc)) from exc
