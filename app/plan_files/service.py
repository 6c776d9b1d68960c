"""Plan files (.dplan): export a whole plan, preview what importing one would change, apply it as one command.

Every export and every applied merge keeps a sync snapshot (the records as exchanged) under
the id written into the file. A later file names the snapshots its sender holds; the newest
one both copies hold is the base of the three-way merge (see ``app.plan_files.merge``).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from app.context import AppContext
from app.editing.commands import BackedUp
from app.editing.entities import ENTITIES
from app.editing.service import Applied
from app.plan_files.command import RecordWrite, ReplaceRecords, SnapshotData
from app.plan_files.crypto import check_new_passphrase, encrypt_bytes
from app.plan_files.merge import THEIRS, MergePreview, compute_merge, resolved_values
from app.plan_files.records import ENTITY_ORDER, Record, fields_of, gather_plan_records
from app.plan_files.validation import PassphraseRequiredError, PlanFileContent, member_name, read_plan_file
from app.plans.listing import PlanNotFoundError
from app.storage.database import Database
from exports.plan_files.archive import PlanFileError, build_archive, write_file_atomically
from models import Plan, SyncSnapshot, new_uuid, utcnow

__all__ = [
    "KeepGoing",
    "MergePreview",
    "PassphraseRequiredError",
    "PlanFileContent",
    "PlanFileError",
    "PlanFileExport",
    "PlanFileStopped",
    "apply_merge",
    "export_plan_file",
    "merge_command",
    "preview_plan_file",
    "read_plan_file",
]

# Snapshots kept per plan; a base older than these is forgotten and the merge asks about every difference.
SNAPSHOTS_KEPT = 40

# ``keep_going(step, steps, text)``: asked before each step of an export or a preview, so a caller
# can show progress; answering False stops the work (PlanFileStopped) with nothing written.
KeepGoing = Callable[[int, int, str], bool]


class PlanFileStopped(Exception):
    """The user stopped an export or a preview: no file was written and the database was not touched."""


def _step(keep_going: KeepGoing | None, step: int, steps: int, text: str) -> None:
    if keep_going is not None and not keep_going(step, steps, text):
        raise PlanFileStopped


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("delivery-desk")
    except PackageNotFoundError:
        return "0.1.0"


@dataclass(frozen=True)
class PlanFileExport:
    path: Path
    plan_uuid: str
    snapshot_uuid: str
    counts: Mapping[str, int]


def snapshot_blob(records: Mapping[str, Iterable[Record]]) -> bytes:
    content = {r["uuid"]: [entity, fields_of(entity, r)] for entity, items in records.items() for r in items}
    return zlib.compress(json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8"), 6)


def _snapshot_fields(blob: bytes) -> dict[str, dict[str, Any]]:
    # A snapshot kept before a field was added has the value such records had.
    return {uuid: fields_of(entity, fields) for uuid, (entity, fields) in json.loads(zlib.decompress(blob)).items()}


def _known_snapshots(session, plan_uuid: str) -> list[str]:
    query = select(SyncSnapshot.snapshot_uuid).where(SyncSnapshot.plan_uuid == plan_uuid).order_by(SyncSnapshot.id)
    return list(session.scalars(query))


def export_plan_file(
    db: Database,
    plan_uuid: str,
    path: Path,
    user: str,
    passphrase: str | None = None,
    remember: bool = True,
    keep_going: KeepGoing | None = None,
) -> PlanFileExport:
    """Write the whole plan (tombstones included) to ``path`` and remember it as a sync snapshot.

    With ``passphrase`` the zip is wrapped in the ``app.plan_files.crypto`` envelope; a weak one
    raises WeakPassphraseError before anything is written. A backup (``remember`` False) writes
    nothing to the database: it may be about to be migrated; nor does a lead's or the chair's
    offline copy of a team plan (their logins may not write it). ``keep_going`` is asked before each
    step up to the writing (see ``KeepGoing``); once the file is written it is also remembered.
    """
    path = Path(path)
    if passphrase:
        check_new_passphrase(passphrase)
    steps = 4 if passphrase else 3
    _step(keep_going, 0, steps, "Reading the plan's records…")
    with db.read() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid, Plan.deleted.is_(False))).first()
        if plan is None:
            raise PlanNotFoundError(f"No plan with id {plan_uuid}.")
        records = gather_plan_records(session, plan.id)
        known = _known_snapshots(session, plan_uuid) if remember else []
        title = plan.title
    snapshot_uuid = new_uuid()
    counts = {entity: len(records[entity]) for entity in ENTITY_ORDER}
    manifest = {
        "plan_uuid": plan_uuid,
        "plan_title": title,
        "exported_at": utcnow().isoformat(timespec="seconds") + "Z",
        "exported_by": user,
        "app_version": app_version(),
        "counts": counts,
        "sync": {"snapshot_uuid": snapshot_uuid, "known_snapshots": [*known[-SNAPSHOTS_KEPT:], snapshot_uuid]},
    }
    _step(keep_going, 1, steps, f"Packing {counts['action']:,} actions…")
    data = build_archive(manifest, {member_name(entity): records[entity] for entity in ENTITY_ORDER})
    if passphrase:
        _step(keep_going, 2, steps, "Protecting the file with the passphrase…")
        data = encrypt_bytes(data, passphrase)
    blob = snapshot_blob(records) if remember else b""
    _step(keep_going, steps - 1, steps, f"Writing {path.name}…")
    write_file_atomically(path, data)
    if not remember:
        return PlanFileExport(path, plan_uuid, snapshot_uuid, counts)
    with db.transaction() as session:
        session.add(
            SyncSnapshot(
                snapshot_uuid=snapshot_uuid,
                plan_uuid=plan_uuid,
                origin="exported",
                file_name=path.name[:300],
                records=blob,
            )
        )
        _prune_snapshots(session, plan_uuid)
    return PlanFileExport(path, plan_uuid, snapshot_uuid, counts)


def _prune_snapshots(session, plan_uuid: str) -> None:
    ids = list(
        session.scalars(
            select(SyncSnapshot.id).where(SyncSnapshot.plan_uuid == plan_uuid).order_by(SyncSnapshot.id.desc())
        )
    )
    if len(ids) > SNAPSHOTS_KEPT:
        session.execute(delete(SyncSnapshot).where(SyncSnapshot.id.in_(ids[SNAPSHOTS_KEPT:])))


def preview_plan_file(
    db: Database,
    source: Path | PlanFileContent,
    passphrase: str | None = None,
    keep_going: KeepGoing | None = None,
) -> MergePreview:
    """What importing the file would change; reads the file (raising PlanFileError) if given a path.

    Touches nothing; ``keep_going`` is asked before each step (see ``KeepGoing``)."""
    is_read = isinstance(source, PlanFileContent)
    name = source.file_name if is_read else Path(source).name
    _step(keep_going, 0, 4, f"Reading {name}…")
    content = source if is_read else read_plan_file(Path(source), passphrase=passphrase)
    _step(keep_going, 1, 4, "Reading this copy of the plan…")
    mine = base = base_id = None
    with db.read() as session:
        plan_id = session.scalar(select(Plan.id).where(Plan.uuid == content.plan_uuid))
        if plan_id is not None:
            mine = gather_plan_records(session, plan_id)
            held = set(_known_snapshots(session, content.plan_uuid))
            base_id = next((s for s in reversed(content.known_snapshots) if s in held), None)
            if base_id is not None:
                blob = session.scalar(select(SyncSnapshot.records).where(SyncSnapshot.snapshot_uuid == base_id))
                base = _snapshot_fields(blob)
    _step(keep_going, 2, 4, f"Comparing {content.count('action'):,} actions…")
    preview = compute_merge(
        content.file_name,
        content.plan_uuid,
        content.plan_title,
        content.snapshot_uuid,
        mine,
        content.records,
        base,
        base_id,
        snapshot_blob(content.records),
    )
    _step(keep_going, 3, 4, "Checking the file's record ids…")
    _refuse_ids_used_elsewhere(db, preview)
    return preview


def _refuse_ids_used_elsewhere(db: Database, preview: MergePreview) -> None:
    """A record new to this plan whose id another plan already uses would be a damaged or forged file."""
    new_ids: dict[str, list[str]] = {}
    for record in preview.records:
        if record.is_new:
            new_ids.setdefault(record.entity, []).append(record.uuid)
    with db.read() as session:
        for entity, uuids in new_ids.items():
            model = ENTITIES[entity].model
            for start in range(0, len(uuids), 500):
                taken = session.scalar(select(model.uuid).where(model.uuid.in_(uuids[start : start + 500])).limit(1))
                if taken is not None:
                    raise PlanFileError(
                        f"{preview.file_name}: {ENTITIES[entity].label} {taken} already belongs to another plan "
                        "here; the file cannot be imported."
                    )


def merge_command(
    preview: MergePreview, resolutions: Mapping[str, str] | None = None, remember: bool = True
) -> BackedUp:
    """The one command that applies ``preview`` with a choice ("mine"/"theirs") for every conflict.

    ``remember`` False records no sync snapshot of the file received: a lead's or the chair's login
    may not write one on a team database (``app.offline.sync``)."""
    resolutions = resolutions or {}
    unknown = set(resolutions) - {c.key for c in preview.conflicts}
    if unknown:
        raise ValueError(f"Resolutions name conflicts the preview does not have: {', '.join(sorted(unknown))}.")
    now = utcnow().isoformat()
    writes: list[RecordWrite] = []
    for record in preview.records:
        theirs = record.theirs
        their_stamps = {name: theirs[name] for name in ("revision", "created_at", "modified_at")}
        if record.is_new:
            writes.append(RecordWrite(record.entity, record.uuid, fields_of(record.entity, theirs), their_stamps))
            continue
        values = resolved_values(record, resolutions)
        if not values:
            continue
        if all(resolutions[key] == THEIRS for key in record.conflicts):
            stamps = their_stamps
        else:
            # Mixed from both copies: both sides arrive at the same revision when they merge alike.
            stamps = {"revision": max(record.mine_revision or 0, theirs["revision"]) + 1, "modified_at": now}
        writes.append(RecordWrite(record.entity, record.uuid, values, stamps, expect_revision=record.mine_revision))
    verb = "Import" if preview.new_plan else "Merge"
    replace = ReplaceRecords(
        label=f"{verb} plan file {preview.file_name}",
        plan_uuid=preview.plan_uuid,
        writes=tuple(writes),
        add_snapshot=SnapshotData(
            preview.snapshot_uuid, preview.plan_uuid, "received", preview.file_name, preview.snapshot_records
        )
        if remember
        else None,
        creates_plan=preview.new_plan,
    )
    return BackedUp(replace, "before-plan-file-merge")


def apply_merge(
    ctx: AppContext, preview: MergePreview, resolutions: Mapping[str, str] | None = None, remember: bool = True
) -> Applied:
    """Apply the merge as one undoable command (the command backs the database up first)."""
    return ctx.commands.execute(merge_command(preview, resolutions, remember))
