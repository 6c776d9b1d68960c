"""`import FILE [--plan NAME] [--dry-run]`: print what a plan file holds, and store it unless --dry-run."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from app.cli import plan_file_import


def register(subparsers, add_data_dir) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a plan from .docx, .xlsx, .pdf or .csv (one undoable change; --dry-run only prints it)",
        description="Import an existing delivery plan. Without --plan a new plan is created. With --plan naming "
        "a plan you hold, actions whose refs it lacks are added and existing refs are only compared; "
        "with --plan naming no plan, the new plan takes that title.",
    )
    parser.add_argument("file", metavar="FILE", help="the .docx, .xlsx, .pdf, .csv or .dplan plan file")
    parser.add_argument("--plan", metavar="NAME", help="plan to add to, or title of the new plan")
    parser.add_argument("--dry-run", action="store_true", help="print what would be imported; change nothing")
    parser.add_argument("--split-bullets", action="store_true", help="a cell of bullet lines becomes several actions")
    parser.add_argument(
        "--merge-leads", action="store_true", help="merge the suggested spellings of the same lead into one lead"
    )
    parser.add_argument(
        "--corrections",
        metavar="FILE.json",
        help="row corrections saved from the import wizard's row review (roles, cell edits, splits)",
    )
    plan_file_import.add_arguments(parser)
    add_data_dir(parser)
    parser.set_defaults(handler=_import, writes=lambda args: not args.dry_run)


def _import(args: argparse.Namespace, ctx) -> int:
    if Path(args.file).suffix.casefold() == plan_file_import.PLAN_FILE_SUFFIX:
        return plan_file_import.import_plan_file(args, ctx)
    from app.cli import CliError
    from app.importing.service import ImportOptions, PlanFileError, apply_import, plan_addition, preview_import
    from app.plans.listing import PlanNotFoundError, resolve_plan

    target = None
    if args.plan:
        try:
            target = resolve_plan(ctx.db, args.plan)
        except PlanNotFoundError:
            target = None
    corrections = _read_corrections(args.corrections) if args.corrections else ()
    title = "" if target else (args.plan or "")
    options = ImportOptions(split_bullets=args.split_bullets, title=title, corrections=corrections)
    try:
        preview = preview_import(args.file, options)
        if args.merge_leads:
            options = replace(options, merge_lead_groups=preview.lead_groups)
            preview = preview_import(args.file, options)
    except PlanFileError as exc:
        raise CliError(str(exc)) from None
    for line in describe_preview(preview):
        print(line)
    # What is stored is said only once it is committed: a failure after a printed "Imported" would be a lie.
    verb = "Would import" if args.dry_run else "Imported"
    outcome: list[str] = []
    if target is not None:
        addition = plan_addition(ctx.db, target.uuid, preview.draft)
        outcome.append(f"Into existing plan: {target.display_name}")
        outcome.append(f"{verb} {len(addition.added_refs)} new actions: {', '.join(addition.added_refs) or 'none'}")
        for difference in addition.existing:
            outcome.append(f"  {difference.ref} is already in the plan and is left unchanged; the file differs:")
            for label, in_plan, in_file in difference.fields:
                outcome.append(f"    {label}: plan '{_short(in_plan)}' / file '{_short(in_file)}'")
    else:
        outcome.append(f"{verb} as a new plan: {preview.title}")
    if not args.dry_run:
        apply_import(ctx, preview, target.uuid if target else None)
    for line in outcome:
        print(line)
    return 0


def _read_corrections(name: str) -> tuple:
    from app.cli import CliError
    from app.importing.corrections import corrections_from_json

    path = Path(name)
    try:
        return corrections_from_json(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise CliError(f"{path.name}: the corrections file cannot be read ({exc.strerror or exc}).") from None
    except ValueError as exc:  # also json.JSONDecodeError
        raise CliError(f"{path.name}: {exc}.") from None


def describe_preview(preview) -> list[str]:
    lines = [f"File: {preview.source} ({preview.file_kind})", f"Priorities: {preview.priorities}"]
    for priority in preview.draft.priorities:
        lines.append(f"  {priority.code} {priority.title}")
        lines.extend(f"    {o.ref} {_short(o.text)}" for o in priority.objectives)
    lines.append(f"Objectives: {preview.objectives}")
    lines.append(f"Actions: {preview.actions}")
    for action in preview.draft.actions:
        lead = action.lead or "no lead"
        lines.append(f"  {action.ref}  {_short(action.activity, 70)}  [{lead}; {action.timescale or 'no timescale'}]")
    lines.append(f"Leads: {len(preview.leads)}")
    lines.extend(f"  {name}" for name in preview.leads)
    for group in preview.lead_groups:
        lines.append(f"  probably the same lead: {' / '.join(group)}")
    lines.append(f"Glossary terms: {preview.glossary}")
    lines.append(f"Unparsed timescales: {len(preview.unparsed_timescales)}")
    lines.extend(f"  {u.ref} '{u.text}' ({u.location})" for u in preview.unparsed_timescales)
    if preview.notes:
        lines.append("Notes:")
        lines.extend(f"  {note}" for note in preview.notes)
    return lines


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
