"""Leads: listing, recognising spellings of the same lead, and merging them."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select

from app.editing.commands import BackedUp, Batch, CreateRecord, SetFields
from app.plan_setup.lead_names import is_joint_lead, lead_index, normalise_lead_name
from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Action, Lead
from models.snapshots.rows import LeadRow


def suggest_lead_groups(names: Iterable[str], threshold: float = 0.9) -> list[tuple[str, ...]]:
    """Groups of two or more spellings that probably name the same lead, most common spelling first.

    Two spellings match when rapidfuzz's ratio (the share of characters in common, as difflib's) is at
    least ``threshold``. That needs lengths within ``(2 - threshold) / threshold`` of each other, so with
    the names sorted by length each is compared only with its neighbours: 5,000 distinct names take
    under a second, where comparing every pair took minutes.
    """
    # Imported here: the window lists leads at start-up but suggests merges only when asked.
    from rapidfuzz import fuzz, process

    counts: dict[str, int] = defaultdict(int)
    for name in names:
        if name and name.strip():
            counts[name.strip()] += 1
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[normalise_lead_name(name)].append(name)
    joint = {key for key, spellings in by_key.items() if any(is_joint_lead(n) for n in spellings)}
    keys = sorted((key for key in by_key if key not in joint), key=lambda key: (len(key), key))
    lengths = [len(key) for key in keys]
    parent = {key: key for key in by_key}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    stretch = (2 - threshold) / threshold
    for i, left in enumerate(keys):
        end = bisect_right(lengths, int(len(left) * stretch))
        for right, _score, _index in process.extract_iter(
            left, keys[i + 1 : end], scorer=fuzz.ratio, score_cutoff=threshold * 100
        ):
            parent[root(right)] = root(left)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key):
        groups[root(key)].extend(by_key[key])
    result = [tuple(sorted(members, key=lambda n: (-counts[n], n))) for members in groups.values() if len(members) > 1]
    return sorted(result, key=lambda group: group[0].casefold())


def lead_rows(db: Database, plan_uuid: str) -> list[LeadRow]:
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        counts = dict(
            session.execute(
                select(Action.lead_id, func.count(Action.id))
                .where(Action.plan_id == plan_id, Action.deleted.is_(False))
                .group_by(Action.lead_id)
            ).all()
        )
        leads = session.scalars(
            select(Lead).where(Lead.plan_id == plan_id, Lead.deleted.is_(False)).order_by(Lead.name)
        ).all()
        return [
            LeadRow(
                uuid=lead.uuid,
                name=lead.name,
                kind=lead.kind,
                email=lead.email,
                notes=lead.notes,
                aliases=tuple(a.alias for a in lead.aliases if not a.deleted),
                action_count=counts.get(lead.id, 0),
            )
            for lead in leads
        ]


def merge_leads_command(db: Database, keep_uuid: str, merge_uuids: Iterable[str]) -> BackedUp:
    """One undoable step: actions move to the kept lead, merged names become its aliases."""
    merge_uuids = [u for u in merge_uuids if u != keep_uuid]
    with db.read() as session:
        keep = session.scalars(select(Lead).where(Lead.uuid == keep_uuid)).one()
        known = {normalise_lead_name(a.alias) for a in keep.aliases if not a.deleted}
        known.add(normalise_lead_name(keep.name))
        commands: list = []
        for lead in session.scalars(select(Lead).where(Lead.uuid.in_(merge_uuids))):
            for name in (lead.name, *(a.alias for a in lead.aliases if not a.deleted)):
                if normalise_lead_name(name) not in known:
                    known.add(normalise_lead_name(name))
                    commands.append(CreateRecord("lead_alias", {"lead_uuid": keep_uuid, "alias": name}))
            action_uuids = session.scalars(
                select(Action.uuid).where(Action.lead_id == lead.id, Action.deleted.is_(False))
            ).all()
            commands.extend(SetFields("action", uuid, {"lead_uuid": keep_uuid}) for uuid in action_uuids)
            commands.append(SetFields("lead", lead.uuid, {"deleted": True}))
        label = f"Merge leads into {keep.name}"
    return BackedUp(Batch(label, tuple(commands)), "before-lead-merge")


__all__ = [
    "is_joint_lead",
    "lead_index",
    "lead_rows",
    "merge_leads_command",
    "normalise_lead_name",
    "suggest_lead_groups",
]
