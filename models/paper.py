"""The committee-paper parts of a progress report that a secretary writes, kept with the plan.

``ReportTemplate`` holds what recurs from one report to the next (committee, author, contact
officer, purpose, recommendations, background papers); ``ReportNarrative`` holds the officer's
words for one meeting's report: its executive summary (no priority) or one priority's progress.
The next report starts from the last meeting's narrative, so each row belongs to a meeting.

Their ids are derived from what they belong to (``template_uuid``, ``narrative_uuid``): a plan has
one template and a meeting one narrative per priority, so two copies of a plan that each write
one name it alike and a plan-file merge compares them field by field instead of keeping two.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Tracked
from models.entities import Meeting, Plan


class ReportTemplate(Tracked, Base):
    __tablename__ = "report_template"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), unique=True)
    committee: Mapped[str] = mapped_column(String(300), default="")
    author_name: Mapped[str] = mapped_column(String(300), default="")
    author_role: Mapped[str] = mapped_column(String(300), default="")
    author_email: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_role: Mapped[str] = mapped_column(String(300), default="")
    contact_email: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    # One recommendation, or one background paper, a line.
    recommendations: Mapped[str] = mapped_column(Text, default="")
    background_papers: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship()


class ReportNarrative(Tracked, Base):
    __tablename__ = "report_narrative"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    # NULL: the executive summary rather than one priority's progress.
    priority_id: Mapped[int | None] = mapped_column(ForeignKey("priority.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship()


def template_uuid(plan_uuid: str) -> str:
    """The id of the plan's report template, the same in every copy of the plan."""
    return str(uuid.uuid5(uuid.UUID(plan_uuid), "report-template"))


def narrative_uuid(meeting_uuid: str, priority_uuid: str | None) -> str:
    """The id of a meeting's narrative for one priority (None: its executive summary)."""
    return str(uuid.uuid5(uuid.UUID(meeting_uuid), f"report-narrative/{priority_uuid or 'summary'}"))
