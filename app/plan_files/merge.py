"""Three-way merge of a received plan file into the plan held here, as a preview.

Each record is matched by UUID and compared field by field against the base: the records as
both copies last exchanged them (a sync snapshot both hold). A field changed on one side only
takes that side's value; changed on both sides to different values it is a conflict for the
user. New records from either side are kept (so progress updates from both are all kept), and
tombstones travel like any other field. Without a shared base every difference is a conflict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.editing.merge_rule import ABSENT, CONFLICT, TAKE_THEIRS, display, three_way
from app.plan_files.records import ENTITY_ORDER, PLURAL_LABELS, Record, index_records, merge_units, record_label

MINE = "mine"
THEIRS = "theirs"


@dataclass(frozen=True)
class EntityChanges:
    entity: str
    label: str
    added: int
    changed: int
    deleted: int


@dataclass(frozen=True)
class MergeConflict:
    """One field both copies changed differently; ``key`` identifies it in the resolutions."""

    key: str
    entity: str
    uuid: str
    field: str
    record_label: str
    base: str
    mine: str
    theirs: str

    @property
    def label(self) -> str:
        return f"{self.record_label} – {self.field.replace('_', ' ')}"


@dataclass(frozen=True)
class RecordMerge:
    """What applying the merge does to one record (values in plan-file form)."""

    entity: str
    uuid: str
    is_new: bool
    take: Mapping[str, Any]  # fields taken from their copy without question
    conflicts: Mapping[str, Mapping[str, Any]]  # conflict key -> their values for that unit
    theirs: Record  # their whole record, stamps included
    mine_revision: int | None


@dataclass(frozen=True)
class MergePreview:
    file_name: str
    plan_uuid: str
    plan_title: str
    new_plan: bool
    base_snapshot: str | None
    snapshot_uuid: str
    changes: tuple[EntityChanges, ...]
    conflicts: tuple[MergeConflict, ...]
    records: tuple[RecordMerge, ...]
    # Their records as received, compressed: kept as the base of the next merge once applied.
    snapshot_records: bytes = field(default=b"", repr=False, compare=False)

    @property
    def has_changes(self) -> bool:
        return bool(self.records)

    def summary(self) -> str:
        parts = []
        for change in self.changes:
            for count, verb in ((change.added, "added"), (change.changed, "changed"), (change.deleted, "deleted")):
                if count:
                    parts.append(f"{count} {change.label} {verb}")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflicts to resolve")
        return "; ".join(parts) or "No changes"


def _unit_display(entity: str, unit: tuple[str, ...], record: Mapping[str, Any] | None, index) -> str:
    if record is None:
        return display(ABSENT)
    if unit == ("deleted",):
        return "deleted" if record["deleted"] else "kept"
    if len(unit) > 1:  # the timescale: the words as written, then what they were read as
        due = record.get("due_date")
        return display(record.get(unit[0])) + (f" (due {due})" if due else "")
    value = record.get(unit[0])
    if unit[0] == "objective_uuids":
        return display([index[v][1].get("ref") or v[:8] for v in value if v in index]) if value else "(none)"
    if unit[0].endswith("_uuid") and value in index:
        return record_label(*index[value], index)
    return display(value)


def _values(record: Mapping[str, Any], unit: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(record.get(name) for name in unit)


def compute_merge(
    file_name: str,
    plan_uuid: str,
    plan_title: str,
    snapshot_uuid: str,
    mine: Mapping[str, list[Record]] | None,
    theirs: Mapping[str, tuple[Record, ...]],
    base: Mapping[str, Record] | None,
    base_snapshot: str | None,
    snapshot_records: bytes = b"",
) -> MergePreview:
    """Compare their records with mine (None: the plan is new here) against ``base`` (uuid -> fields)."""
    mine_index = index_records(mine or {})
    their_index = index_records(theirs)
    label_index = {**their_index, **mine_index}
    changes: list[EntityChanges] = []
    conflicts: list[MergeConflict] = []
    merges: list[RecordMerge] = []
    for entity in ENTITY_ORDER:
        added = changed = deleted = 0
        for their_record in theirs.get(entity, ()):
            uuid = their_record["uuid"]
            my_record = mine_index.get(uuid, (None, None))[1]
            if my_record is None:
                merges.append(RecordMerge(entity, uuid, True, {}, {}, their_record, None))
                added += 0 if their_record["deleted"] else 1
                continue
            base_record = base.get(uuid) if base is not None else None
            take, record_conflicts = _merge_record(entity, my_record, their_record, base_record)
            if entity == "plan" and my_record["deleted"] and not their_record["deleted"]:
                # Importing a plan deleted here (an undone import, say) means wanting it back.
                take["deleted"] = False
                record_conflicts = [unit for unit in record_conflicts if unit != ("deleted",)]
            if not take and not record_conflicts:
                continue
            label = record_label(entity, my_record, label_index)
            conflict_values: dict[str, Mapping[str, Any]] = {}
            for unit in record_conflicts:
                key = f"{uuid}/{unit[0]}"
                shown = {
                    side: _unit_display(entity, unit, r, label_index)
                    for side, r in (("mine", my_record), ("theirs", their_record))
                }
                if unit == ("deleted",) and base_record is not None:
                    for side, record in (("mine", my_record), ("theirs", their_record)):
                        if not record["deleted"]:
                            shown[side] = "kept, with changes"
                conflict_values[key] = {name: their_record.get(name) for name in unit}
                conflicts.append(
                    MergeConflict(
                        key=key,
                        entity=entity,
                        uuid=uuid,
                        field="timescale" if len(unit) > 1 else unit[0],
                        record_label=label,
                        base=_unit_display(entity, unit, base_record, label_index),
                        mine=shown["mine"],
                        theirs=shown["theirs"],
                    )
                )
            merges.append(RecordMerge(entity, uuid, False, take, conflict_values, their_record, my_record["revision"]))
            if take.get("deleted") is True:
                deleted += 1
            elif take:
                changed += 1
        if added or changed or deleted:
            changes.append(EntityChanges(entity, PLURAL_LABELS[entity], added, changed, deleted))
    return MergePreview(
        file_name=file_name,
        plan_uuid=plan_uuid,
        plan_title=plan_title,
        new_plan=mine is None,
        base_snapshot=base_snapshot,
        snapshot_uuid=snapshot_uuid,
        changes=tuple(changes),
        conflicts=tuple(conflicts),
        records=tuple(merges),
        snapshot_records=snapshot_records,
    )


def _merge_record(
    entity: str, mine: Record, theirs: Record, base: Mapping[str, Any] | None
) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
    take: dict[str, Any] = {}
    conflicts: list[tuple[str, ...]] = []
    mine_edited = theirs_edited = False
    for unit in merge_units(entity):
        my_values, their_values = _values(mine, unit), _values(theirs, unit)
        base_values = _values(base, unit) if base is not None else None
        if unit != ("deleted",):
            mine_edited |= base_values is not None and my_values != base_values
            theirs_edited |= base_values is not None and their_values != base_values
        outcome = three_way(base_values, my_values, their_values, has_base=base_values is not None)
        if outcome == TAKE_THEIRS:
            take.update(zip(unit, their_values, strict=True))
        elif outcome == CONFLICT:
            conflicts.append(unit)
    # A deletion on one side and an edit on the other is the user's call, not a silent loss.
    deleting = take.get("deleted") is True and mine_edited
    kept_deleted = mine["deleted"] and not theirs["deleted"] and base is not None and not base["deleted"]
    if deleting or (kept_deleted and theirs_edited):
        take.pop("deleted", None)
        if ("deleted",) not in conflicts:
            conflicts.append(("deleted",))
    return take, conflicts


def resolved_values(record: RecordMerge, resolutions: Mapping[str, str]) -> dict[str, Any]:
    """The fields to write for ``record`` once every conflict has a choice."""
    values = dict(record.take)
    for key, their_values in record.conflicts.items():
        choice = resolutions.get(key)
        if choice not in (MINE, THEIRS):
            raise ValueError(f"Conflict {key} has no choice of '{MINE}' or '{THEIRS}'.")
        if choice == THEIRS:
            values.update(their_values)
    return values
