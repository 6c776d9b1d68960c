"""`offline-copy` and `offline-sync`: a team plan kept in the data folder's own database for work
without the network, and merged back (see ``app.offline.sync`` and docs/team-database.md)."""

from __future__ import annotations

import argparse


def register(subparsers, add_data_dir) -> None:
    copy = subparsers.add_parser(
        "offline-copy", help="with --database-url: keep a copy of a team plan in this laptop's own database"
    )
    copy.add_argument("--plan", metavar="NAME", help="the plan (default: the only one)")
    add_data_dir(copy)
    copy.set_defaults(handler=_copy, writes=True)
    sync = subparsers.add_parser(
        "offline-sync", help="with --database-url: merge the laptop copy's edits into the team plan, then refresh it"
    )
    sync.add_argument("--plan", metavar="NAME", help="the plan (default: the only one)")
    sync.add_argument(
        "--prefer", choices=["laptop", "server"], help="how to settle fields changed on both sides (default: ask)"
    )
    add_data_dir(sync)
    sync.set_defaults(handler=_sync, writes=True)


def _contexts(ctx):
    from app.cli import CliError
    from app.context import AppContext

    if not ctx.db.is_server:
        raise CliError("an offline copy is of a team plan: give --database-url postgresql://…")
    return AppContext.open(ctx.paths.data_dir, user=ctx.user, database_url="")


def _copy(args: argparse.Namespace, ctx) -> int:
    from app.offline.sync import take_offline_copy
    from app.plans.listing import resolve_plan

    plan = resolve_plan(ctx.db, args.plan)
    laptop = _contexts(ctx)
    try:
        take_offline_copy(ctx, laptop, plan.uuid)
    finally:
        laptop.close()
    print(f"Offline copy of {plan.display_name} kept in {ctx.paths.data_dir}")
    return 0


def _replay(laptop, ctx, prefer: str | None) -> bool:
    """Send the commands queued offline in the window; False when a clash needs ``--prefer``."""
    from app.offline.replay import replay_queue

    def resolve(clash):
        for conflict in clash.conflicts:
            print(f"conflict: {conflict.describe()}")
        if prefer is None:
            return None
        return {conflict.field for conflict in clash.conflicts} if prefer == "laptop" else set()

    replayed = replay_queue(laptop, ctx, resolve)
    for refused in replayed.refused:
        print(f"refused by the server (kept on this laptop): {refused}")
    if replayed.sent:
        print(f"Sent {replayed.sent} change(s) made offline")
    return not replayed.stopped


def _sync(args: argparse.Namespace, ctx) -> int:
    from app.cli import EXIT_ERROR
    from app.offline.sync import sync_offline_copy
    from app.plans.listing import resolve_plan

    plan = resolve_plan(ctx.db, args.plan)
    laptop = _contexts(ctx)
    try:
        if not _replay(laptop, ctx, args.prefer):
            print(
                "The changes made offline wait from that clash on; run again with --prefer laptop or --prefer server."
            )
            return EXIT_ERROR
        outcome = sync_offline_copy(laptop, ctx, plan.uuid)
        if not outcome.applied and args.prefer:
            choices = {conflict.key: args.prefer for conflict in outcome.conflicts}
            outcome = sync_offline_copy(laptop, ctx, plan.uuid, choices)
    finally:
        laptop.close()
    if not outcome.applied:
        for conflict in outcome.conflicts:
            print(f"conflict: {conflict.label}: laptop {conflict.theirs!r}, server {conflict.mine!r}")
        print("Nothing was merged; run again with --prefer laptop or --prefer server.")
        return EXIT_ERROR
    print(f"Synced {plan.display_name}: {outcome.preview.summary()}")
    return 0
