"""Looking after a plan's leads: aliases, merge suggestions between leads, contact emails."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.editing.commands import CommandError, CreateRecord
from app.editing.entities import ValidationError, spec_for
from app.plan_setup.leads import normalise_lead_name, suggest_lead_groups
from app.storage.database import Database
from models import Lead, LeadAlias
from models.snapshots.rows import LeadRow

# Deliberately loose: it catches typos such as a missing "@" or domain dot, not every RFC case.


@dataclass(frozen=True, slots=True)
class AliasRow:
    uuid: str
    alias: str


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    """Leads that probably name the same body; ``keep_uuid`` leads the most actions."""

    keep_uuid: str
    merge_uuids: tuple[str, ...]
    names: tuple[str, ...]  # lead names, the kept one first

    @property
    def description(self) -> str:
        return f"Merge {', '.join(self.names[1:])} into {self.names[0]}"


def alias_rows(db: Database, lead_uuid: str) -> list[AliasRow]:
    with db.read() as session:
        query = (
            select(LeadAlias.uuid, LeadAlias.alias)
            .join(Lead, Lead.id == LeadAlias.lead_id)
            .where(Lead.uuid == lead_uuid, LeadAlias.deleted.is_(False))
            .order_by(LeadAlias.alias)
        )
        return [AliasRow(uuid, alias) for uuid, alias in session.execute(query)]


def merge_suggestions(rows: Sequence[LeadRow]) -> list[MergeSuggestion]:
    """Groups of two or more leads whose names or aliases look like spellings of one name."""
    owner: dict[str, str] = {}
    names: list[str] = []
    for row in rows:
        for name in (row.name, *row.aliases):
            owner.setdefault(name.strip(), row.uuid)
            names.append(name)
    by_uuid = {row.uuid: row for row in rows}
    suggestions: list[MergeSuggestion] = []
    seen: set[frozenset[str]] = set()
    for group in suggest_lead_groups(names):
        uuids = frozenset(owner[name.strip()] for name in group)
        if len(uuids) < 2 or uuids in seen:
            continue
        seen.add(uuids)
        ordered = sorted((by_uuid[u] for u in uuids), key=lambda r: (-r.action_count, r.name.casefold()))
        suggestions.append(
            MergeSuggestion(
                keep_uuid=ordered[0].uuid,
                merge_uuids=tuple(r.uuid for r in ordered[1:]),
                names=tuple(r.name for r in ordered),
            )
        )
    return suggestions


def email_warning(email: str) -> str | None:
    """What the store would refuse in ``email`` (the lead spec's own check), said while typing."""
    text = email.strip()
    if not text:
        return None
    try:
        spec_for("lead").check("email", text)
    except ValidationError as exc:
        return str(exc)
    return None


def add_alias_command(rows: Sequence[LeadRow], lead_uuid: str, alias: str) -> CreateRecord:
    """A new alias, refused when it is blank or already names a lead of the plan."""
    text = alias.strip()
    if not text:
        raise CommandError("Type the other spelling first.", "alias")
    key = normalise_lead_name(text)
    for row in rows:
        if any(normalise_lead_name(name) == key for name in (row.name, *row.aliases)):
            where = "this lead" if row.uuid == lead_uuid else f"'{row.name}'"
            raise CommandError(f"'{text}' already names {where}.", "alias")
    return CreateRecord("lead_alias", {"lead_uuid": lead_uuid, "alias": text}, label=f"Add alias {text}")


__all__ = [
    "AliasRow",
    "MergeSuggestion",
    "add_alias_command",
    "alias_rows",
    "email_warning",
    "merge_suggestions",
]
