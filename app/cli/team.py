"""`team-setup` and `team-grant`: the team database's roles, for IT (see docs/team-database.md)."""

from __future__ import annotations

import argparse


def register(subparsers, add_data_dir) -> None:
    setup = subparsers.add_parser(
        "team-setup",
        help="on a team database (--database-url, as the tables' owner): create the secretary, lead and viewer "
        "roles with their privileges and row-level security",
    )
    add_data_dir(setup)
    setup.set_defaults(handler=_setup, writes=True)
    grant = subparsers.add_parser("team-grant", help="give a PostgreSQL login a team role (secretary, lead, viewer)")
    grant.add_argument("login", help="the officer's existing PostgreSQL login")
    grant.add_argument("role", choices=["secretary", "lead", "viewer"])
    grant.add_argument("--lead", metavar="NAME", help="for a lead login: the plan's lead it speaks for")
    add_data_dir(grant)
    grant.set_defaults(handler=_grant, writes=True)


def _server_engine(ctx):
    from app.cli import CliError

    if not ctx.db.is_server:
        raise CliError("team roles exist only on a team database: give --database-url postgresql://…")
    return ctx.db.engine


def _setup(args: argparse.Namespace, ctx) -> int:
    from sqlalchemy.exc import DBAPIError

    from app.cli import CliError
    from app.storage.team_roles import set_up_roles

    try:
        set_up_roles(_server_engine(ctx))
    except DBAPIError as exc:
        raise CliError(f"the roles could not be set up (run this as the tables' owner): {exc.orig}") from exc
    print("Team roles ready: delivery_desk_secretary, delivery_desk_lead, delivery_desk_viewer")
    return 0


def _grant(args: argparse.Namespace, ctx) -> int:
    from sqlalchemy import select
    from sqlalchemy.exc import DBAPIError

    from app.cli import CliError
    from app.storage.team_roles import TeamRoleError, grant_role
    from models import Lead

    lead_uuid = None
    if args.lead:
        with ctx.db.read() as session:
            matches = list(session.scalars(select(Lead.uuid).where(Lead.name == args.lead, Lead.deleted.is_(False))))
        if len(matches) != 1:
            raise CliError(f"{len(matches)} leads are named '{args.lead}'; give the name exactly as the plan has it.")
        lead_uuid = matches[0]
    try:
        grant_role(_server_engine(ctx), args.login, args.role, lead_uuid)
    except TeamRoleError as exc:
        raise CliError(str(exc)) from exc
    except DBAPIError as exc:
        raise CliError(f"the role could not be granted: {exc.orig}") from exc
    print(f"{args.login} is now a {args.role}" + (f" for {args.lead}" if args.lead else ""))
    return 0
