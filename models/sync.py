"""What a copy of a plan held when it was exchanged as a plan file: the base of later merges."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class SyncSnapshot(Base):
    """The records of one exported or received plan file, kept so a later merge knows the shared base.

    ``records`` is zlib-compressed JSON ``{uuid: [entity, {field: value}]}`` in plan-file form.
    ``snapshot_uuid`` is the id written into the file's manifest, so both copies name it alike.
    """

    __tablename__ = "sync_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_uuid: Mapped[str] = mapped_column(String(36), unique=True, index=True)
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    origin: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    records: Mapped[bytes] = mapped_column(LargeBinary)
