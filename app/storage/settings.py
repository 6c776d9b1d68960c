"""The one store of stored preferences and per-plan records (the ``setting`` table): key → text.

Plan settings (report options, saved filters, issued requests) have the plan's id; app-wide ones
(backup retention) have none. Reads take the oldest row for a key, because SQLite's unique
constraint does not stop two rows whose plan id is NULL.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Setting


def _where(plan_id: int | None, key: str):
    plan = Setting.plan_id.is_(None) if plan_id is None else Setting.plan_id == plan_id
    return select(Setting).where(plan, Setting.key == key).order_by(Setting.id)


def read_setting(session: Session, plan_id: int | None, key: str) -> str | None:
    setting = session.scalars(_where(plan_id, key)).first()
    return None if setting is None else setting.value


def write_setting(session: Session, plan_id: int | None, key: str, value: str) -> None:
    """Insert or replace, inside the caller's transaction (so read-modify-write is one step)."""
    setting = session.scalars(_where(plan_id, key)).first()
    if setting is None:
        session.add(Setting(plan_id=plan_id, key=key, value=value))
    else:
        setting.value = value
