"""Declarative base and the stamps every record carries so plan files can be merged."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

# Named constraints keep Alembic batch migrations on SQLite deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC: SQLite has no time zones, so every stamp is stored as UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Identity and change stamps shared by every mergeable record.

    Records are never hard-deleted by user edits: ``deleted`` is a tombstone, so undo can
    bring a record back with the same UUID and a plan-file merge can see the deletion.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, index=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(default=utcnow)
    revision: Mapped[int] = mapped_column(default=1)
    deleted: Mapped[bool] = mapped_column(default=False)


@event.listens_for(Session, "before_flush")
def _stamp_modified(session: Session, _context: object, _instances: object) -> None:
    """Bump revision and modified stamp of every changed record.

    A flush that sets ``revision`` itself (a merge taking the other copy's record) is
    left alone, so revisions stay comparable across copies of a plan.
    """
    from sqlalchemy import inspect

    for obj in session.dirty:
        if not isinstance(obj, Tracked) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        if state.attrs.revision.history.has_changes():
            continue
        obj.revision = (obj.revision or 0) + 1
        obj.modified_at = utcnow()
