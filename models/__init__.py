"""Delivery Desk's persistent domain model (SQLAlchemy 2, no Qt)."""

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
