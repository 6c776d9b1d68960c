"""Checking a plan file's records before anything touches the database.

Every value goes through the same checks as a user's edit (``app.editing.entities``), every link
must point at a record of the right kind inside the file, and each error names the file,
the member and the record. Fields this version does not know are ignored, so a file from a
newer minor version still reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.editing.entities import MAX_WHOLE, ValidationError, spec_for
from app.plan_files.crypto import CryptoError, decrypt_bytes, is_encrypted
from app.plan_files.records import (
    ADDED_FIELDS,
    ENTITY_ORDER,
    STAMPS,
    Record,
    from_plain,
    merge_fields,
    record_label,
    to_plain,
)
from exports.common.capped_read import FileTooLarge, read_capped
from exports.plan_files.archive import MAX_FILE_BYTES, PlanArchive, PlanFileError, read_archive
from models.paper import narrative_uuid, template_uuid

MAX_RECORDS_PER_KIND = 200_000
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_PARENT_KIND = {
    "plan_uuid": "plan",
    "priority_uuid": "priority",
    "lead_uuid": "lead",
    "action_uuid": "action",
    "measure_uuid": "measure",
    "meeting_uuid": "meeting",
}
# Links a record may leave empty; every other parent link is required.
_OPTIONAL_LINKS = {("action", "lead_uuid"), ("measure", "priority_uuid"), ("report_narrative", "priority_uuid")}


def member_name(entity: str) -> str:
    return f"records/{entity}.json"


@dataclass(frozen=True)
class PlanFileContent:
    """A checked plan file: its manifest facts and its records in plan-file form."""

    file_name: str
    plan_uuid: str
    plan_title: str
    exported_at: str
    exported_by: str
    snapshot_uuid: str
    known_snapshots: tuple[str, ...]
    records: Mapping[str, tuple[Record, ...]]

    def count(self, entity: str, include_deleted: bool = False) -> int:
        return sum(1 for r in self.records[entity] if include_deleted or not r["deleted"])


class PassphraseRequiredError(PlanFileError):
    """The plan file is protected; ask for the passphrase and read it again."""


def read_plan_file(path: Path, data: bytes | None = None, passphrase: str | None = None) -> PlanFileContent:
    """Read and check ``path`` (or its already-read ``data``); raise PlanFileError, changing nothing.

    A passphrase-protected file (``app.plan_files.crypto`` envelope around the zip) needs ``passphrase``.
    """
    file_name = path.name
    if data is None:
        try:
            data = read_capped(path, MAX_FILE_BYTES)
        except OSError as exc:
            raise PlanFileError(f"Cannot read {file_name}: {exc.strerror or exc}.") from exc
        except FileTooLarge as exc:
            raise PlanFileError(f"{file_name} is {exc.size:,} bytes; a plan file is at most {exc.limit:,}.") from None
    if is_encrypted(data):
        if not passphrase:
            raise PassphraseRequiredError(f"{file_name} is protected with a passphrase.")
        try:
            data = decrypt_bytes(data, passphrase)
        except CryptoError as exc:
            raise PlanFileError(f"{file_name}: {exc} Nothing was imported.") from exc
    return check_archive(read_archive(data, file_name), file_name)


def _text(manifest: Mapping[str, Any], key: str) -> str:
    value = manifest.get(key, "")
    return value if isinstance(value, str) else ""


def check_archive(archive: PlanArchive, file_name: str) -> PlanFileContent:
    manifest = archive.manifest
    plan_uuid = manifest.get("plan_uuid")
    if not isinstance(plan_uuid, str) or not _UUID.match(plan_uuid):
        raise PlanFileError(f"{file_name}: manifest.json has no valid plan_uuid.")
    sync = manifest.get("sync") if isinstance(manifest.get("sync"), dict) else {}
    snapshot_uuid = sync.get("snapshot_uuid")
    if not isinstance(snapshot_uuid, str) or not _UUID.match(snapshot_uuid):
        raise PlanFileError(f"{file_name}: manifest.json has no valid sync.snapshot_uuid.")
    known = sync.get("known_snapshots", [])
    if not isinstance(known, list) or not all(isinstance(k, str) and _UUID.match(k) for k in known):
        raise PlanFileError(f"{file_name}: manifest.json sync.known_snapshots is not a list of ids.")

    raw: dict[str, list[Any]] = {}
    for entity in ENTITY_ORDER:
        member = member_name(entity)
        items = archive.members.get(member, [])
        if not isinstance(items, list):
            raise PlanFileError(f"{file_name}: member '{member}' is not a list of records.")
        if len(items) > MAX_RECORDS_PER_KIND:
            raise PlanFileError(f"{file_name}: member '{member}' holds {len(items):,} records; too many.")
        raw[entity] = items

    seen: dict[str, str] = {}
    records: dict[str, tuple[Record, ...]] = {}
    for entity in ENTITY_ORDER:
        checked = []
        for position, item in enumerate(raw[entity]):
            where = f"{file_name}: member '{member_name(entity)}', record {position + 1}"
            record = _check_record(entity, item, where)
            if record["uuid"] in seen:
                raise PlanFileError(f"{where}: id {record['uuid']} is used twice.")
            seen[record["uuid"]] = entity
            checked.append(record)
        records[entity] = tuple(checked)

    plans = records["plan"]
    if len(plans) != 1 or plans[0]["uuid"] != plan_uuid:
        raise PlanFileError(f"{file_name}: member 'records/plan.json' must hold exactly the plan {plan_uuid}.")
    index = {r["uuid"]: (entity, r) for entity, items in records.items() for r in items}
    _check_links(records, seen, index, file_name)
    return PlanFileContent(
        file_name=file_name,
        plan_uuid=plan_uuid,
        plan_title=plans[0]["title"],
        exported_at=_text(manifest, "exported_at"),
        exported_by=_text(manifest, "exported_by"),
        snapshot_uuid=snapshot_uuid,
        known_snapshots=tuple(known),
        records=records,
    )


def _check_stamp(name: str, value: Any, where: str) -> Any:
    if name == "uuid":
        if not isinstance(value, str) or not _UUID.match(value):
            raise PlanFileError(f"{where}: 'uuid' is not a valid id.")
        return value.lower()
    if name == "revision":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WHOLE:
            raise PlanFileError(f"{where}: 'revision' must be a whole number from 1 to 2^53.")
        return value
    try:
        stamp = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        stamp = None
    if stamp is None or not 1900 <= stamp.year <= 2200 or stamp.tzinfo is not None:
        raise PlanFileError(f"{where}: '{name}' is not a date and time in UTC ({value!r}).")
    return stamp.isoformat()


def _check_record(entity: str, item: Any, where: str) -> Record:
    if not isinstance(item, dict):
        raise PlanFileError(f"{where}: not a JSON object.")
    record: Record = {}
    for name in STAMPS:
        if name not in item:
            raise PlanFileError(f"{where}: '{name}' is missing.")
        record[name] = _check_stamp(name, item[name], where)
    where = f"{where} ({spec_for(entity).label} {record['uuid']})"
    spec = spec_for(entity)
    added = ADDED_FIELDS.get(entity, {})
    for name in merge_fields(entity):
        if name not in item and name not in added:
            raise PlanFileError(f"{where}: field '{name}' is missing.")
        value = item.get(name, added.get(name))
        if name in spec.parents:
            if value is not None and (not isinstance(value, str) or not _UUID.match(value)):
                raise PlanFileError(f"{where}: '{name}' is not a record id.")
            record[name] = value.lower() if value else None
        elif name == "objective_uuids":
            if not isinstance(value, list) or not all(isinstance(v, str) and _UUID.match(v) for v in value):
                raise PlanFileError(f"{where}: 'objective_uuids' is not a list of objective ids.")
            record[name] = [v.lower() for v in dict.fromkeys(value)]
        else:
            try:
                record[name] = to_plain(spec.check(name, from_plain(name, value)))
            except (ValidationError, ValueError, TypeError) as exc:
                raise PlanFileError(f"{where}: field '{name}': {exc}") from exc
    return record


def _check_links(
    records: Mapping[str, tuple[Record, ...]],
    kinds: Mapping[str, str],
    index: Mapping[str, tuple[str, Record]],
    file_name: str,
) -> None:
    for entity, items in records.items():
        parents = spec_for(entity).parents
        for record in items:
            where = f"{file_name}: member '{member_name(entity)}', {record_label(entity, record, index)}"
            for name in parents:
                target = record[name]
                if target is None:
                    if (entity, name) not in _OPTIONAL_LINKS:
                        raise PlanFileError(f"{where}: '{name}' is empty.")
                    continue
                if kinds.get(target) != _PARENT_KIND[name]:
                    raise PlanFileError(f"{where}: '{name}' points at {target}, which is not in the file.")
            for target in record.get("objective_uuids", []) if entity == "action" else []:
                if kinds.get(target) != "objective":
                    raise PlanFileError(f"{where}: objective {target} is not in the file.")
            if _derived_uuid(entity, record) not in (None, record["uuid"]):
                raise PlanFileError(
                    f"{where}: its id {record['uuid']} is not the one Delivery Desk gives it, so two copies "
                    "would keep two of it; the file was not written by Delivery Desk or was changed."
                )


def _derived_uuid(entity: str, record: Record) -> str | None:
    """A plan's one template and a meeting's one narrative per priority have ids derived from those."""
    if entity == "report_template":
        return template_uuid(record["plan_uuid"])
    if entity == "report_narrative":
        return narrative_uuid(record["meeting_uuid"], record["priority_uuid"])
    return None
