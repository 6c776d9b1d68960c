"""Start-up's first read: the plan the window opens on, read over the standard library's ``sqlite3``
before SQLAlchemy is loaded, so its rows are on screen while the ORM, the commands and the features
load behind them (``ui.window.data_opening``).

Only for the data folder's own SQLite file at the current schema: a team database, a file that needs
a migration (or is newer than this app), an empty, damaged or unreadable file, or anything unexpected
gives None, and start-up opens the data the ordinary way, with its dialogs. The snapshots are those
the ORM queries give (``list_plans``, ``read_plan_view``): the table rows and the tree are built by the
same code (``app.queries.row_building``), and ``tests/queries/test_first_read.py`` compares the two
reads field by field.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

from app.queries.row_building import Days, build_action_rows, build_priority_tree, stamp
from app.storage.files import SQLITE_HEADER, connect_read_only
from app.storage.paths import DATABASE_URL_ENV, AppPaths
from models.migrate import HEAD_REVISION
from models.snapshots.rows import LeadRow, PlanSummary, PlanView

log = logging.getLogger(__name__)

# As ``app.plans.listing._summaries`` reads them: a plan's count of live actions, and its last
# change of any kind (the audit trail's newest entry) when later than the plan's own stamp.
_PLANS_SQL = """
    SELECT p.uuid, p.title, p.partnership, p.period_start, p.period_end, p.version_label, p.approval,
        p.marking, p.description, coalesce(counts.n, 0), p.modified_at, p.archived, changed.at
    FROM plan p
    LEFT OUTER JOIN (
        SELECT plan_id, count(id) AS n FROM action WHERE NOT deleted GROUP BY plan_id
    ) counts ON counts.plan_id = p.id
    LEFT OUTER JOIN (SELECT plan_id, max(at) AS at FROM audit_entry GROUP BY plan_id) changed ON changed.plan_id = p.id
    WHERE NOT p.deleted AND NOT p.archived
    ORDER BY p.title, p.id
"""
_PLAN_ID_SQL = "SELECT id FROM plan WHERE uuid = :uuid AND NOT deleted"
_PRIORITIES_SQL = """
    SELECT id, uuid, code, title, description, position FROM priority
    WHERE plan_id = :plan_id AND NOT deleted ORDER BY position, id
"""
_OBJECTIVES_SQL = """
    SELECT o.id, o.priority_id, o.uuid, o.ref, o.text, o.position
    FROM objective o JOIN priority p ON p.id = o.priority_id
    WHERE p.plan_id = :plan_id AND NOT o.deleted ORDER BY o.position, o.id
"""
_TREE_LINKS_SQL = """
    SELECT ao.action_id, ao.objective_id, a.status
    FROM action_objective ao JOIN action a ON a.id = ao.action_id
    WHERE a.plan_id = :plan_id AND NOT a.deleted
"""
_LEADS_SQL = """
    SELECT id, uuid, name, kind, email, notes FROM lead WHERE plan_id = :plan_id AND NOT deleted ORDER BY name
"""
_LEAD_ALIASES_SQL = """
    SELECT la.lead_id, la.alias FROM lead_alias la JOIN lead l ON l.id = la.lead_id
    WHERE l.plan_id = :plan_id AND NOT l.deleted AND NOT la.deleted ORDER BY la.alias
"""
_LEAD_COUNTS_SQL = """
    SELECT lead_id, count(id) FROM action WHERE plan_id = :plan_id AND NOT deleted GROUP BY lead_id
"""


class _Priority(NamedTuple):
    id: int
    uuid: str
    code: str
    title: str
    description: str
    position: int


class _Objective(NamedTuple):
    id: int
    priority_id: int
    uuid: str
    ref: str
    text: str
    position: int


@dataclass(frozen=True, slots=True)
class FirstRead:
    """The plans in use (as ``list_plans`` lists them) and the one the window opens on (None: none)."""

    plans: list[PlanSummary]
    view: PlanView | None


def first_plan(plans: Sequence[PlanSummary], recent: Sequence[str]) -> PlanSummary | None:
    """The plan the user had open last (``recent``, newest first), else the newest; None when there is none."""
    by_uuid = {p.uuid: p for p in plans}
    chosen = next((u for u in recent if u in by_uuid), None)
    if chosen is not None:
        return by_uuid[chosen]
    return max(by_uuid.values(), key=lambda p: p.modified_at) if by_uuid else None


def read_first_plan(paths: AppPaths, database_url: str | None, recent: Sequence[str], today: date) -> FirstRead | None:
    """The window's first plan read without SQLAlchemy, or None when the ordinary open must decide.

    ``database_url`` as for ``AppContext.open`` (None: $DELIVERY_DESK_DATABASE_URL)."""
    url = os.environ.get(DATABASE_URL_ENV) if database_url is None else database_url
    if url:
        return None  # a team database: its server, its migrations, its offline copy
    path = paths.database
    try:
        if not _plain_file(path):
            return None
        with closing(connect_read_only(path)) as conn:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            # One read transaction: the plan list and the plan's rows are of the same moment.
            conn.execute("BEGIN")
            if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                return None
            if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD_REVISION,)]:
                return None  # a migration is due (or the schema is newer): the ordinary open says so
            return _read(conn, recent, today)
    except Exception:  # noqa: BLE001 - whatever it is, the ordinary open meets it with its dialogs
        log.info("Start-up's first read gave way to the ordinary open", exc_info=True)
        return None


def _plain_file(path: Path) -> bool:
    """A non-empty SQLite file in a folder this process can write to (where a read-only connection
    sees what the write-ahead log holds, and where the ordinary open may run its repairs)."""
    if not path.is_file() or path.stat().st_size == 0 or not os.access(path.parent, os.W_OK):
        return False
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _read(conn: sqlite3.Connection, recent: Sequence[str], today: date) -> FirstRead:
    plans = _plans(conn)
    chosen = first_plan(plans, recent)
    if chosen is None:
        return FirstRead(plans, None)
    (plan_id,) = conn.execute(_PLAN_ID_SQL, {"uuid": chosen.uuid}).fetchone()
    params = {"plan_id": plan_id}
    priorities = [_Priority(*row) for row in conn.execute(_PRIORITIES_SQL, params)]
    objectives = [_Objective(*row) for row in conn.execute(_OBJECTIVES_SQL, params)]
    tree = build_priority_tree(priorities, objectives, conn.execute(_TREE_LINKS_SQL, params).fetchall())
    rows = build_action_rows(conn.execute, plan_id, today)
    return FirstRead(plans, PlanView(chosen, tree, rows, _leads(conn, plan_id)))


def _plans(conn: sqlite3.Connection) -> list[PlanSummary]:
    days = Days({None: None})
    plans = []
    for *fields, start, end, version, approval, marking, description, count, modified, archived, last in conn.execute(
        _PLANS_SQL
    ):
        modified, last = stamp(modified), stamp(last)
        plans.append(
            PlanSummary(
                *fields,
                period_start=days[start],
                period_end=days[end],
                version_label=version,
                approval=approval,
                marking=marking,
                description=description,
                action_count=count,
                modified_at=max(modified, last) if last else modified,
                archived=bool(archived),
            )
        )
    return plans


def _leads(conn: sqlite3.Connection, plan_id: int) -> list[LeadRow]:
    params = {"plan_id": plan_id}
    aliases: dict[int, list[str]] = defaultdict(list)
    for lead_id, alias in conn.execute(_LEAD_ALIASES_SQL, params):
        aliases[lead_id].append(alias)
    counts = dict(conn.execute(_LEAD_COUNTS_SQL, params).fetchall())
    return [
        LeadRow(
            uuid=uuid,
            name=name,
            kind=kind,
            email=email,
            notes=notes,
            aliases=tuple(aliases.get(lead_id, ())),
            action_count=counts.get(lead_id, 0),
        )
        for lead_id, uuid, name, kind, email, notes in conn.execute(_LEADS_SQL, params)
    ]
