"""`import FILE.dplan [--plan NAME] [--dry-run] [--prefer mine|theirs]`: create or merge a plan from a plan file.

The `import` command (``app.cli.importing``) hands .dplan files here. Without --dry-run the
change is applied as one undoable command after a backup; conflicts need --prefer, since the
command line cannot ask about each one (the window's "Merge plan file…" can).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.passphrase import add_passphrase_file, ask_passphrase, read_passphrase_file

PLAN_FILE_SUFFIX = ".dplan"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help=".dplan merges: settle every conflict by keeping this database's value (mine) or the file's (theirs)",
    )
    add_passphrase_file(parser, "protected .dplan files")


def import_plan_file(args: argparse.Namespace, ctx) -> int:
    from app.cli import CliError
    from app.plan_files.service import PlanFileError, apply_merge, preview_plan_file
    from app.plan_files.validation import PassphraseRequiredError
    from app.plans.listing import resolve_plan

    path = Path(args.file)
    passphrase_file = getattr(args, "passphrase_file", None)
    passphrase = read_passphrase_file(passphrase_file) if passphrase_file else None
    try:
        try:
            preview = preview_plan_file(ctx.db, path, passphrase=passphrase)
        except PassphraseRequiredError:
            passphrase = ask_passphrase(f"{path.name} is protected. Passphrase: ")
            preview = preview_plan_file(ctx.db, path, passphrase=passphrase)
    except PlanFileError as exc:
        raise CliError(str(exc)) from None
    if args.plan:
        target = resolve_plan(ctx.db, args.plan)
        if target.uuid != preview.plan_uuid:
            raise CliError(
                f"{path.name} holds the plan “{preview.plan_title}” ({preview.plan_uuid[:8]}), "
                f"not {target.display_name}; nothing was changed."
            )
    for line in describe_merge(preview):
        print(line)
    prefer = getattr(args, "prefer", None)
    if args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    if preview.conflicts and prefer is None:
        raise CliError(
            f"{len(preview.conflicts)} conflicts: add --prefer mine or --prefer theirs, or use "
            "File > Merge plan file… to choose one by one. Nothing was changed."
        )
    if not preview.has_changes:
        print("Nothing to change: this database already holds everything in the file.")
        return 0
    apply_merge(ctx, preview, {conflict.key: prefer for conflict in preview.conflicts})
    print(("Imported" if preview.new_plan else "Merged") + f" {path.name}.")
    return 0


def describe_merge(preview) -> list[str]:
    lines = [f"File: {preview.file_name} – plan “{preview.plan_title}” ({preview.plan_uuid[:8]})"]
    if preview.new_plan:
        lines.append("This plan is not held here: it will be created with the file's records.")
    elif preview.base_snapshot:
        lines.append(f"Merging against the version both copies last shared ({preview.base_snapshot[:8]}).")
    else:
        lines.append("No version shared with this file is known: every difference is a conflict.")
    for change in preview.changes:
        counts = [
            f"{n} {verb}"
            for n, verb in ((change.added, "added"), (change.changed, "changed"), (change.deleted, "deleted"))
            if n
        ]
        lines.append(f"  {change.label.capitalize()}: {', '.join(counts)}")
    if preview.conflicts:
        lines.append(f"Conflicts: {len(preview.conflicts)}")
        for conflict in preview.conflicts:
            lines.append(
                f"  {conflict.label}: shared '{conflict.base}' / mine '{conflict.mine}' / theirs '{conflict.theirs}'"
            )
    if not preview.has_changes:
        lines.append("No changes.")
    return lines
