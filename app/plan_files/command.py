"""Writing a plan file's records as one command: one transaction, one audit trail, one undo.

``ReplaceRecords`` sets fields and stamps on records (creating those it does not find), removes
records, and adds or drops the sync snapshot the merge is based on. Its inverse restores the
previous values and stamps, removes what it created, and puts the snapshots back as they were,
so undoing a merge also forgets that the file was received and the same file can merge again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select

from app.editing.commands import Command, CommandError, CommandRun, SetFields
from app.editing.entities import ENTITIES, spec_for
from app.plan_files.records import ENTITY_ORDER, from_plain, merge_fields, to_plain
from models import Action, Objective, SyncSnapshot, action_objectives

_CHUNK = 500
_STAMP_NAMES = ("revision", "created_at", "modified_at")


@dataclass(frozen=True)
class RecordWrite:
    """Fields (plan-file form) and stamps to give one record; ``expect_revision`` guards a stale preview."""

    entity: str
    uuid: str
    values: Mapping[str, Any]
    stamps: Mapping[str, Any]
    expect_revision: int | None = None


@dataclass(frozen=True)
class SnapshotData:
    snapshot_uuid: str
    plan_uuid: str
    origin: str
    file_name: str
    records: bytes


@dataclass(frozen=True)
class ReplaceRecords:
    label: str
    plan_uuid: str
    writes: tuple[RecordWrite, ...] = ()
    removals: tuple[tuple[str, str], ...] = ()
    add_snapshot: SnapshotData | None = None
    drop_snapshot: str | None = None
    # A plan created by this command is undone like any created plan: by its tombstone.
    creates_plan: bool = False

    @property
    def size(self) -> int:
        return len(self.writes) + len(self.removals)

    def apply(self, run: CommandRun) -> Command:
        writer = _Writer(run)
        restored_snapshot = writer.drop_snapshot(self.drop_snapshot)
        added_snapshot = writer.add_snapshot(self.add_snapshot)
        order = {entity: position for position, entity in enumerate(ENTITY_ORDER)}
        undo_writes: list[RecordWrite] = []
        created: list[tuple[str, str]] = []
        # Flushed explicitly per kind of record: autoflush on every audit lookup would flush thousands of times.
        with run.session.no_autoflush:
            for entity in ENTITY_ORDER:
                run.checkpoint()
                group = [w for w in self.writes if w.entity == entity]
                if group:
                    undo_writes += writer.write(entity, group, created)
            for entity, uuid in sorted(self.removals, key=lambda item: -order[item[0]]):
                undo_writes.append(writer.remove(entity, uuid))
        run.session.flush()
        if self.creates_plan:
            return SetFields("plan", self.plan_uuid, {"deleted": True}, label=self.label)
        return ReplaceRecords(
            label=self.label,
            plan_uuid=self.plan_uuid,
            writes=tuple(undo_writes),
            removals=tuple(created),
            add_snapshot=restored_snapshot,
            drop_snapshot=added_snapshot,
        )


class _Writer:
    def __init__(self, run: CommandRun) -> None:
        self.run = run
        self.session = run.session
        self._ids: dict[tuple[type, str], int] = {}
        # The session's identity map holds objects weakly; keeping them spares a query per child's audit lookup.
        self._held: list[Any] = []

    # -- snapshots ---------------------------------------------------------------------------
    def drop_snapshot(self, snapshot_uuid: str | None) -> SnapshotData | None:
        if snapshot_uuid is None:
            return None
        row = self.session.scalars(select(SyncSnapshot).where(SyncSnapshot.snapshot_uuid == snapshot_uuid)).first()
        if row is None:
            return None
        data = SnapshotData(row.snapshot_uuid, row.plan_uuid, row.origin, row.file_name, row.records)
        self.session.delete(row)
        return data

    def add_snapshot(self, data: SnapshotData | None) -> str | None:
        if data is None:
            return None
        exists = self.session.scalar(select(SyncSnapshot.id).where(SyncSnapshot.snapshot_uuid == data.snapshot_uuid))
        if exists is not None:
            return None
        self.session.add(
            SyncSnapshot(
                snapshot_uuid=data.snapshot_uuid,
                plan_uuid=data.plan_uuid,
                origin=data.origin,
                file_name=data.file_name[:300],
                records=data.records,
            )
        )
        return data.snapshot_uuid

    # -- records -----------------------------------------------------------------------------
    def _id_of(self, model: type, uuid: str) -> int:
        key = (model, uuid)
        if key not in self._ids:
            found = self.session.scalar(select(model.id).where(model.uuid == uuid))
            if found is None:
                raise CommandError(f"{model.__name__} {uuid} does not exist.")
            self._ids[key] = found
        return self._ids[key]

    def _load(self, entity: str, uuids: list[str]) -> dict[str, Any]:
        model = ENTITIES[entity].model
        found: dict[str, Any] = {}
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start : start + _CHUNK]
            found.update((obj.uuid, obj) for obj in self.session.scalars(select(model).where(model.uuid.in_(chunk))))
        return found

    def _objective_uuids(self, action_id: int) -> list[str]:
        query = (
            select(Objective.uuid)
            .join(action_objectives, action_objectives.c.objective_id == Objective.id)
            .where(action_objectives.c.action_id == action_id)
            .order_by(action_objectives.c.position)
        )
        return list(self.session.scalars(query))

    def _current(self, entity: str, obj: Any, names: Any) -> dict[str, Any]:
        spec = spec_for(entity)
        values: dict[str, Any] = {}
        for name in names:
            if name == "objective_uuids":
                values[name] = self._objective_uuids(obj.id)
            elif name in spec.parents:
                model, column = spec.parents[name]
                parent_id = getattr(obj, column)
                values[name] = None if parent_id is None else self.session.get(model, parent_id).uuid
            else:
                values[name] = to_plain(getattr(obj, name))
        return values

    def _set(self, entity: str, obj: Any, values: Mapping[str, Any]) -> None:
        spec = spec_for(entity)
        for name, value in values.items():
            if name == "objective_uuids":
                continue
            if name in spec.parents:
                model, column = spec.parents[name]
                setattr(obj, column, None if value is None else self._id_of(model, value))
            else:
                setattr(obj, name, from_plain(name, value))

    def _set_objectives(self, links: list[tuple[int, list[str]]]) -> None:
        """Replace the objective links of several actions in two statements, keeping their order."""
        action_ids = [action_id for action_id, _uuids in links]
        for start in range(0, len(action_ids), _CHUNK):
            chunk = action_ids[start : start + _CHUNK]
            self.session.execute(delete(action_objectives).where(action_objectives.c.action_id.in_(chunk)))
        rows = [
            {"action_id": action_id, "objective_id": self._id_of(Objective, uuid), "position": position}
            for action_id, uuids in links
            for position, uuid in enumerate(uuids)
        ]
        if rows:
            self.session.execute(insert(action_objectives), rows)

    @staticmethod
    def _set_stamps(obj: Any, stamps: Mapping[str, Any]) -> None:
        for name in _STAMP_NAMES:
            if name in stamps:
                value = stamps[name]
                setattr(obj, name, datetime.fromisoformat(value) if name != "revision" else value)

    def write(self, entity: str, writes: list[RecordWrite], created: list[tuple[str, str]]) -> list[RecordWrite]:
        model = ENTITIES[entity].model
        existing = self._load(entity, [w.uuid for w in writes])
        self._held += existing.values()
        undo: list[RecordWrite] = []
        links: list[tuple[Any, list[str]]] = []
        new: list[tuple[Any, RecordWrite]] = []
        for write in writes:
            obj = existing.get(write.uuid)
            if obj is None:
                obj = model(uuid=write.uuid)
                self._set(entity, obj, write.values)
                self._set_stamps(obj, write.stamps)
                self.session.add(obj)
                new.append((obj, write))
                created.append((entity, write.uuid))
            else:
                if write.expect_revision is not None and obj.revision != write.expect_revision:
                    raise CommandError(
                        f"{spec_for(entity).label} {write.uuid} changed since the merge was previewed; "
                        "preview the merge again."
                    )
                previous = self._current(entity, obj, write.values)
                changed = {name: value for name, value in write.values.items() if previous[name] != value}
                stamps_before = {name: to_plain(getattr(obj, name)) for name in _STAMP_NAMES}
                self._set(entity, obj, changed)
                self._set_stamps(obj, write.stamps)
                for name, value in changed.items():
                    self.run.audit(entity, obj, name, previous[name], value)
                undo.append(RecordWrite(entity, write.uuid, {n: previous[n] for n in changed}, stamps_before))
            if entity == "action" and "objective_uuids" in write.values:
                links.append((obj, list(write.values["objective_uuids"])))
        self.session.flush()
        self._held += [obj for obj, _write in new]
        for obj, write in new:
            self._ids[(model, write.uuid)] = obj.id
            self.run.audit(entity, obj, "", None, dict(write.values))
        if links:
            self._set_objectives([(obj.id, uuids) for obj, uuids in links])
        return undo

    def remove(self, entity: str, uuid: str) -> RecordWrite:
        obj = self._load(entity, [uuid]).get(uuid)
        if obj is None:
            raise CommandError(f"{spec_for(entity).label} {uuid} no longer exists.")
        values = self._current(entity, obj, merge_fields(entity))
        stamps = {name: to_plain(getattr(obj, name)) for name in _STAMP_NAMES}
        self.run.audit(entity, obj, "", values, None)
        if isinstance(obj, Action):
            self.session.execute(delete(action_objectives).where(action_objectives.c.action_id == obj.id))
        self.session.delete(obj)
        self.session.flush()
        return RecordWrite(entity, uuid, values, stamps)
