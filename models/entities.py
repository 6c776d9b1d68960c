"""The delivery plan's records.

A plan holds priorities, each holding objectives (outcomes); actions link to one or more
objectives (BCP writes "1.2 2.2 3.3"), the first link being the one the action is filed under.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint, delete, insert
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, Tracked, utcnow

action_objectives = Table(
    "action_objective",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class Plan(Tracked, Base):
    __tablename__ = "plan"

    title: Mapped[str] = mapped_column(String(300))
    partnership: Mapped[str] = mapped_column(String(300), default="")
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    version_label: Mapped[str] = mapped_column(String(100), default="")
    approval: Mapped[str] = mapped_column(String(20), default="draft")
    marking: Mapped[str] = mapped_column(String(40), default="OFFICIAL")
    description: Mapped[str] = mapped_column(Text, default="")
    # Hidden from Open plan and start-up but kept whole: a finished plan, restorable at any time.
    # Deferred (loaded when asked for), so code reading plans from a schema not yet upgraded, such
    # as the team database's backup before its migration, does not ask for a column it lacks.
    archived: Mapped[bool] = mapped_column(default=False, deferred=True)

    priorities: Mapped[list[Priority]] = relationship(
        back_populates="plan", order_by="Priority.position", cascade="all, delete-orphan"
    )


class Priority(Tracked, Base):
    __tablename__ = "priority"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    plan: Mapped[Plan] = relationship(back_populates="priorities")
    objectives: Mapped[list[Objective]] = relationship(
        back_populates="priority", order_by="Objective.position", cascade="all, delete-orphan"
    )


class Objective(Tracked, Base):
    __tablename__ = "objective"

    priority_id: Mapped[int] = mapped_column(ForeignKey("priority.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    priority: Mapped[Priority] = relationship(back_populates="objectives")


class Lead(Tracked, Base):
    """An organisation, group or post that leads actions; spellings met in files are aliases."""

    __tablename__ = "lead"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="organisation")
    email: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    aliases: Mapped[list[LeadAlias]] = relationship(
        back_populates="lead", cascade="all, delete-orphan", order_by="LeadAlias.alias"
    )


class LeadAlias(Tracked, Base):
    __tablename__ = "lead_alias"

    lead_id: Mapped[int] = mapped_column(ForeignKey("lead.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))

    lead: Mapped[Lead] = relationship(back_populates="aliases")


class Action(Tracked, Base):
    __tablename__ = "action"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(String(40), default="")
    activity: Mapped[str] = mapped_column(Text, default="")
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("lead.id", ondelete="SET NULL"), index=True)
    partners: Mapped[str] = mapped_column(Text, default="")
    # The timescale exactly as the plan writes it, and what the parser understood of it.
    timescale_text: Mapped[str] = mapped_column(Text, default="")
    timescale_kind: Mapped[str] = mapped_column(String(20), default="unknown")
    start_date: Mapped[date | None]
    due_date: Mapped[date | None] = mapped_column(index=True)
    recurrence: Mapped[str | None] = mapped_column(String(60))
    evidence: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    budget_pence: Mapped[int | None]
    outcomes: Mapped[str] = mapped_column(Text, default="")
    comments: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="Not started", index=True)
    percent_complete: Mapped[int] = mapped_column(default=0)
    confidential: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)

    lead: Mapped[Lead | None] = relationship()
    # Read-only: links carry a position the ORM cannot write; use link_objectives() to change them.
    objectives: Mapped[list[Objective]] = relationship(
        secondary=action_objectives, order_by=action_objectives.c.position, viewonly=True
    )
    updates: Mapped[list[ProgressUpdate]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ProgressUpdate.date"
    )


class ProgressUpdate(Tracked, Base):
    __tablename__ = "progress_update"

    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    date: Mapped[date]
    author: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str | None] = mapped_column(String(20))
    percent_complete: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")

    action: Mapped[Action] = relationship(back_populates="updates")


class Meeting(Tracked, Base):
    __tablename__ = "meeting"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[date]
    title: Mapped[str] = mapped_column(String(300), default="")
    # The progress report's agenda item at this meeting ("7", "7b"): kept with the meeting, not as a preference.
    agenda_item: Mapped[str] = mapped_column(String(40), default="")


class Measure(Tracked, Base):
    """A performance measure / KPI with its baseline, target and period values."""

    __tablename__ = "measure"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    priority_id: Mapped[int | None] = mapped_column(ForeignKey("priority.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40), default="")
    direction: Mapped[str] = mapped_column(String(10), default="up")
    baseline: Mapped[float | None]
    target: Mapped[float | None]
    description: Mapped[str] = mapped_column(Text, default="")

    values: Mapped[list[MeasureValue]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="MeasureValue.position"
    )


class MeasureValue(Tracked, Base):
    __tablename__ = "measure_value"

    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(40))
    value: Mapped[float | None]
    position: Mapped[int] = mapped_column(default=0)

    measure: Mapped[Measure] = relationship(back_populates="values")


class GlossaryTerm(Tracked, Base):
    __tablename__ = "glossary_term"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(100))
    meaning: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Per-plan (or global, plan_id NULL) preferences kept with the data: report options, saved filters."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """One field changed by one user command. Entries of one command share ``command_id``."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    command_id: Mapped[str] = mapped_column(String(36), index=True)
    command_label: Mapped[str] = mapped_column(String(300), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


def link_objectives(session: Session, action: Action, objectives: list[Objective]) -> None:
    """Replace an action's objective links, keeping their order (the first is where it is filed)."""
    session.flush()
    session.execute(delete(action_objectives).where(action_objectives.c.action_id == action.id))
    rows = [
        {"action_id": action.id, "objective_id": objective.id, "position": position}
        for position, objective in enumerate(dict.fromkeys(objectives))
    ]
    if rows:
        session.execute(insert(action_objectives), rows)
    session.expire(action, ["objectives"])
