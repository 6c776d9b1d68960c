"""`narrative` subcommand: write the committee paper's words to a text file to edit and read back
with `report --narrative FILE` (format: exports/reporting/narrative_file.py, docs/narrative-file.md)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2024-03-31") from None


def register(subparsers, add_data_dir) -> None:
    parser = subparsers.add_parser(
        "narrative", help="write the report's narrative, purpose and recommendations to a text file to edit"
    )
    add_data_dir(parser)
    parser.add_argument("--plan", metavar="NAME", help="plan title, part of it, or its id (optional if only one)")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="text file to write, e.g. words.txt")
    parser.add_argument(
        "--meeting-date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="the meeting the report goes to (default: the latest narrative written)",
    )
    parser.set_defaults(handler=_narrative)


def _narrative(args: argparse.Namespace, ctx) -> int:
    from app.cli import CliError
    from app.plans.listing import resolve_plan
    from app.queries.structure import priority_tree
    from app.reporting.paper_store import load_paper
    from exports.reporting.narrative_file import format_narrative

    target = Path(args.output)
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    plan = resolve_plan(ctx.db, args.plan)
    stored = load_paper(ctx.db, plan.uuid, args.meeting_date)
    note = ""
    if stored.narrative_meeting is not None:
        note = f"Written for the meeting of {stored.narrative_meeting.day} {stored.narrative_meeting:%B %Y}."
    priorities = tuple(
        (p.code or p.title, p.title, stored.narrative.for_priority(p.uuid)) for p in priority_tree(ctx.db, plan.uuid)
    )
    template = stored.template
    text = format_narrative(
        stored.narrative.summary,
        template.purpose,
        template.recommendations,
        template.background_papers,
        priorities,
        note,
    )
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"Could not write {target}: {exc.strerror or exc}") from exc
    print(f"Wrote {target}: edit it, then pass it to `report --narrative`.")
    return 0
