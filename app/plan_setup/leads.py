"""Leads: listing, recognising spellings of the same lead, and merging them."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.editing.commands import BackedUp, Batch, CreateRecord, SetFields
from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Action, Lead
from models.snapshots.rows import LeadRow

# Words plan writers abbreviate or pluralise inconsistently ("DA Op's Group", "DA Operational Group").
_SYNONYMS = {
    "operational": "op",
    "operations": "op",
    "ops": "op",
    "and": "&",
    "groups": "group",
    "teams": "team",
    "services": "service",
    "cttee": "committee",
    "dept": "department",
}
_SEPARATORS = re.compile(r"\s\+\s|\s&\s|\sand\s|,|;|/(?=\s*[A-Z])")
_NON_WORD = re.compile(r"[^\w&+]+")


def normalise_lead_name(name: str) -> str:
    """A comparison key: case, accents, apostrophes, punctuation and common variants folded."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = text.casefold().replace("'s", "s").replace("’s", "s").replace("'", "")
    words = [_SYNONYMS.get(word, word) for word in _NON_WORD.sub(" ", text).split()]
    return " ".join(words)


def is_joint_lead(name: str) -> bool:
    """Names like "Community Safety Team + BCP Housing" name several leads and are never merged."""
    return bool(_SEPARATORS.search(f" {name} "))


def suggest_lead_groups(names: Iterable[str], threshold: float = 0.9) -> list[tuple[str, ...]]:
    """Groups of two or more spellings that probably name the same lead, most common spelling first."""
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        if name and name.strip():
            counts[name.strip()] += 1
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_key[normalise_lead_name(name)].append(name)
    keys = sorted(by_key)
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    single = [key for key in keys if not any(is_joint_lead(n) for n in by_key[key])]
    for left, right in similar_pairs(single, threshold):
        parent[root(right)] = root(left)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[root(key)].extend(by_key[key])
    result = [tuple(sorted(members, key=lambda n: (-counts[n], n))) for members in groups.values() if len(members) > 1]
    return sorted(result, key=lambda group: group[0].casefold())


def similar_pairs(keys: list[str], threshold: float) -> list[tuple[str, str]]:
    """Pairs (earlier, later in ``keys``) whose SequenceMatcher ratio reaches ``threshold``.

    Comparing every pair with SequenceMatcher took about 2 s at 200 names. rapidfuzz's Indel
    ratio (in C) is never below SequenceMatcher's for the same pair (its matching blocks are a
    common subsequence, Indel counts the longest one), so it finds every candidate and only
    those few are confirmed the slow way: the same groups as before, in milliseconds.
    """
    from rapidfuzz import fuzz, process

    cutoff = threshold * 100 - 1e-6  # Indel and SequenceMatcher round the same fraction differently
    pairs = []
    for i, left in enumerate(keys):
        later = keys[i + 1 :]
        candidates = process.extract(left, later, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        for position in sorted(found[2] for found in candidates):
            if SequenceMatcher(None, left, later[position]).ratio() >= threshold:
                pairs.append((left, later[position]))
    return pairs


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
            select(Lead)
            .where(Lead.plan_id == plan_id, Lead.deleted.is_(False))
            .order_by(Lead.name)
            .options(selectinload(Lead.aliases))  # one query for every lead's aliases, not one per lead
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


def lead_index(rows: Iterable[LeadRow]) -> dict[str, str]:
    """Normalised name or alias -> lead uuid, for matching spellings met in files and filters."""
    index: dict[str, str] = {}
    for row in rows:
        for name in (row.name, *row.aliases):
            index.setdefault(normalise_lead_name(name), row.uuid)
    return index


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
