"""Reading plans: list, find by name or id, summarise."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.database import Database
from models import Action, AuditEntry, Plan
from models.snapshots.rows import PlanSummary


class PlanNotFoundError(LookupError):
    """No plan, or more than one, matches what the user typed; the message lists the choices."""


def _summaries(session: Session, *conditions) -> list[PlanSummary]:
    # Over the tables, not the mapped classes: the window lists plans before it is on screen, and
    # the first ORM query would set up every mapper first (0.1-0.2 s), which can wait.
    plan, action, audit = Plan.__table__.c, Action.__table__.c, AuditEntry.__table__.c
    counts = (
        select(action.plan_id, func.count(action.id).label("n"))
        .where(action.deleted.is_(False))
        .group_by(action.plan_id)
        .subquery()
    )
    # "Last changed" is the plan's latest change of any kind (an action edit, an update), not only
    # of the plan's own fields, so Open plan's column moves after a day's work.
    changed = select(audit.plan_id, func.max(audit.at).label("at")).group_by(audit.plan_id).subquery()
    query = (
        select(
            plan.uuid,
            plan.title,
            plan.partnership,
            plan.period_start,
            plan.period_end,
            plan.version_label,
            plan.approval,
            plan.marking,
            plan.description,
            func.coalesce(counts.c.n, 0),
            plan.modified_at,
            plan.archived,
            changed.c.at,
        )
        .outerjoin(counts, counts.c.plan_id == plan.id)
        .outerjoin(changed, changed.c.plan_id == plan.id)
        .where(plan.deleted.is_(False), *conditions)
        .order_by(plan.title, plan.id)
    )
    return [
        PlanSummary(*fields, modified_at=max(modified, last) if last else modified, archived=archived)
        for *fields, modified, archived, last in session.execute(query)
    ]


def list_plans(db: Database, include_archived: bool = False) -> list[PlanSummary]:
    """Plans in use; archived ones only when asked for (Open plan's "Show archived plans")."""
    with db.read() as session:
        return _summaries(session, *(() if include_archived else (Plan.archived.is_(False),)))


def count_archived_plans(db: Database) -> int:
    """How many plans are archived (not deleted): the empty window says where they went."""
    plan = Plan.__table__.c
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(Plan.__table__).where(plan.archived.is_(True), plan.deleted.is_(False))
        )


def get_plan(db: Database, plan_uuid: str) -> PlanSummary:
    with db.read() as session:
        found = _summaries(session, Plan.uuid == plan_uuid)
    if not found:
        raise PlanNotFoundError(f"No plan with id {plan_uuid}.")
    return found[0]


def resolve_plan(db: Database, text: str | None) -> PlanSummary:
    """A plan from its id, its exact title, or a part of its title that only it contains.

    Left empty, the only plan in the database is meant.
    """
    plans = list_plans(db)
    if not plans:
        raise PlanNotFoundError("There are no plans yet. Create one, import one, or run 'demo'.")
    if not text:
        if len(plans) == 1:
            return plans[0]
        raise PlanNotFoundError("There are several plans; name one with --plan: " + _names(plans))
    needle = text.strip().casefold()
    for matches in (
        [p for p in plans if p.uuid == text.strip()],
        [p for p in plans if p.uuid.startswith(needle) and len(needle) >= 8],
        [p for p in plans if needle in (p.title.casefold(), p.display_name.casefold())],
        [p for p in plans if needle in p.display_name.casefold()],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise PlanNotFoundError(f"'{text}' matches several plans: " + _names(matches))
    raise PlanNotFoundError(f"No plan matches '{text}'. Plans: " + _names(plans))


def _names(plans: list[PlanSummary]) -> str:
    return "; ".join(f"{p.title} ({p.uuid[:8]})" for p in plans)


def plan_id_for(session: Session, plan_uuid: str) -> int:
    plan_id = session.scalar(select(Plan.id).where(Plan.uuid == plan_uuid, Plan.deleted.is_(False)))
    if plan_id is None:
        raise PlanNotFoundError(f"No plan with id {plan_uuid}.")
    return plan_id
