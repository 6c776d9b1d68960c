"""The laptop copy's queue of commands made while the team database was out of reach."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class QueuedCommand(Base):
    """One record changed by one user command on the laptop copy, waiting to be sent to the server.

    Written in the same transaction as the change itself, so a change the officer was told is
    saved is always queued too. Rows of one command share ``command_id`` (the server's audit
    trail carries it once replayed, which is how an interrupted replay knows what already
    arrived) and are replayed in ``id`` order. ``before``/``after`` are JSON objects of the
    fields' values; ``problem`` is set when the server refused the command for good, which
    keeps the row (and the laptop's value) for the officer rather than dropping it.
    """

    __tablename__ = "queued_command"

    id: Mapped[int] = mapped_column(primary_key=True)
    command_id: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    target_uuid: Mapped[str] = mapped_column(String(36))
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    base_revision: Mapped[int] = mapped_column(default=0)
    user: Mapped[str] = mapped_column(String(100), default="")
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    problem: Mapped[str | None] = mapped_column(Text)
