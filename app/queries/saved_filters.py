"""Named filters ("Housing actions", "Red and overdue") kept with each plan in the Setting table.

They are the user's view preferences, not plan content, so they are written directly rather than
through the command path: saving a filter is not something to undo or to audit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.plans.listing import plan_id_for
from app.queries.filters import ActionFilter
from app.storage.database import Database
from app.storage.settings import read_setting, write_setting

SAVED_FILTERS_KEY = "saved_filters"
MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class SavedFilters:
    """One plan's saved filters by name, in name order, as read at one moment."""

    plan_uuid: str
    filters: dict[str, ActionFilter]


class SavedFilterError(ValueError):
    """The name given for a saved filter cannot be used; the message says why."""


def _load(session, plan_id: int) -> dict[str, dict]:
    value = read_setting(session, plan_id, SAVED_FILTERS_KEY)
    try:
        data = json.loads(value) if value else {}
    except json.JSONDecodeError:
        return {}
    return (
        {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)} if isinstance(data, dict) else {}
    )


def saved_filters(db: Database, plan_uuid: str) -> dict[str, ActionFilter]:
    """The plan's saved filters by name, in name order."""
    with db.read() as session:
        data = _load(session, plan_id_for(session, plan_uuid))
    return {name: ActionFilter.from_dict(data[name]) for name in sorted(data, key=str.casefold)}


def _store(db: Database, plan_uuid: str, change) -> None:
    with db.transaction() as session:
        plan_id = plan_id_for(session, plan_uuid)
        data = _load(session, plan_id)
        change(data)
        write_setting(session, plan_id, SAVED_FILTERS_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))


def save_filter(db: Database, plan_uuid: str, name: str, action_filter: ActionFilter) -> str:
    """Save (or replace) a filter under ``name``; returns the cleaned name."""
    name = " ".join(name.split())
    if not name:
        raise SavedFilterError("Give the filter a name.")
    if len(name) > MAX_NAME_LENGTH:
        raise SavedFilterError(f"Filter names can be at most {MAX_NAME_LENGTH} characters.")
    _store(db, plan_uuid, lambda data: data.__setitem__(name, action_filter.to_dict()))
    return name


def delete_saved_filter(db: Database, plan_uuid: str, name: str) -> None:
    _store(db, plan_uuid, lambda data: data.pop(name, None))


__all__ = ["SavedFilterError", "delete_saved_filter", "save_filter", "saved_filters"]
