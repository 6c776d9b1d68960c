"""`demo` and `plans` subcommands."""

from __future__ import annotations

import argparse


def register(subparsers, add_data_dir) -> None:
    demo = subparsers.add_parser("demo", help="create the bundled demo plan if absent and print its name")
    add_data_dir(demo)
    demo.set_defaults(handler=_demo, writes=True)
    plans = subparsers.add_parser("plans", help="list plans, one a line, with their action counts")
    add_data_dir(plans)
    plans.set_defaults(handler=_plans)


def _demo(args: argparse.Namespace, ctx) -> int:
    from app.plans.demo import ensure_demo_plan

    plan, created = ensure_demo_plan(ctx)
    print(plan.display_name)
    if created:
        print(f"created with {plan.action_count} actions")
    return 0


def _plans(args: argparse.Namespace, ctx) -> int:
    from app.plans.listing import list_plans

    for plan in list_plans(ctx.db):
        print(f"{plan.uuid[:8]}  {plan.display_name}  ({plan.action_count} actions)")
    return 0
