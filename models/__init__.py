"""Delivery Desk's persistent domain model (SQLAlchemy 2, no Qt).

The records load on first use of any of these names (``from models import Action``): the package
itself imports nothing, so ``models.snapshots``, ``models.status`` and ``models.migrate.HEAD_REVISION``
can be used without SQLAlchemy (start-up reads its first plan over plain ``sqlite3`` before the
ORM is loaded, ``app.queries.first_read``). Every record module loads together, so ``Base.metadata``
always holds every table.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.base import Base, Tracked, new_uuid, utcnow
    from models.entities import (
        Action,
        AuditEntry,
        GlossaryTerm,
        Lead,
        LeadAlias,
        Measure,
        MeasureValue,
        Meeting,
        Objective,
        Plan,
        Priority,
        ProgressUpdate,
        Setting,
        action_objectives,
        link_objectives,
    )
    from models.offline_queue import QueuedCommand
    from models.paper import ReportNarrative, ReportTemplate
    from models.status import Status
    from models.sync import SyncSnapshot

_HOME = {
    "Base": "models.base",
    "Tracked": "models.base",
    "new_uuid": "models.base",
    "utcnow": "models.base",
    "Action": "models.entities",
    "AuditEntry": "models.entities",
    "GlossaryTerm": "models.entities",
    "Lead": "models.entities",
    "LeadAlias": "models.entities",
    "Measure": "models.entities",
    "MeasureValue": "models.entities",
    "Meeting": "models.entities",
    "Objective": "models.entities",
    "Plan": "models.entities",
    "Priority": "models.entities",
    "ProgressUpdate": "models.entities",
    "Setting": "models.entities",
    "action_objectives": "models.entities",
    "link_objectives": "models.entities",
    "QueuedCommand": "models.offline_queue",
    "ReportNarrative": "models.paper",
    "ReportTemplate": "models.paper",
    "Status": "models.status",
    "SyncSnapshot": "models.sync",
}

# Every module that maps records: loaded together, so no query can meet a half-built mapping.
RECORD_MODULES = ("models.entities", "models.offline_queue", "models.paper", "models.sync")

__all__ = [
    "Action",
    "AuditEntry",
    "Base",
    "GlossaryTerm",
    "Lead",
    "LeadAlias",
    "Measure",
    "MeasureValue",
    "Meeting",
    "Objective",
    "Plan",
    "Priority",
    "ProgressUpdate",
    "QueuedCommand",
    "ReportNarrative",
    "ReportTemplate",
    "Setting",
    "Status",
    "SyncSnapshot",
    "Tracked",
    "action_objectives",
    "link_objectives",
    "new_uuid",
    "utcnow",
]


def load_records() -> None:
    """Import every record module (idempotent): what ``from models import X`` does for a record name."""
    for name in RECORD_MODULES:
        import_module(name)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    if home != "models.status":
        load_records()
    value = getattr(import_module(home), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
