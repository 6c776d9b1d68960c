"""What changed since the last report, read from the audit trail and the progress log."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy import select

from app.editing.commands import load_audit_value
from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Action, AuditEntry, Lead, ProgressUpdate, Status
from models.snapshots.report import ActionMention, Changes, StatusMove, TimescaleRevision, UpdateReceived


def _is_complete(status: str | None) -> bool:
    return Status.parse(status) is Status.COMPLETE


def changes_since(
    db: Database, plan_uuid: str, since: date, included: Collection[str], include_confidential: bool = False
) -> Changes:
    """Changes on or after ``since`` to the live actions in ``included``, and the actions removed since."""
    start = datetime.combine(since, datetime.min.time())
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        actions = {
            a.uuid: (a, lead)
            for a, lead in session.execute(
                select(Action, Lead.name).outerjoin(Lead, Lead.id == Action.lead_id).where(Action.plan_id == plan_id)
            )
        }
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.plan_id == plan_id, AuditEntry.entity == "action", AuditEntry.at >= start)
            .order_by(AuditEntry.at, AuditEntry.id)
        ).all()
        # Every live update: those dated since, or entered since (a late return dated earlier is
        # still news to the board), are reported by their own date; all of them date status moves.
        all_updates = session.execute(
            select(ProgressUpdate, Action.uuid)
            .join(Action, Action.id == ProgressUpdate.action_id)
            .where(Action.plan_id == plan_id, ProgressUpdate.deleted.is_(False))
            .order_by(ProgressUpdate.date, ProgressUpdate.id)
        ).all()
        updates = [(u, uuid) for u, uuid in all_updates if u.date >= since or u.created_at >= start]
        reported: dict[str, list[ProgressUpdate]] = {}
        for update, uuid in all_updates:
            reported.setdefault(uuid, []).append(update)

        def dated(uuid: str, status: str, entered: datetime) -> date:
            """The date of the update that reported ``status``, else the day the change was entered."""
            wanted = Status.parse(status)
            matching = [
                u
                for u in reported.get(uuid, ())
                if wanted is not None and Status.parse(u.status) is wanted and u.created_at.date() <= entered.date()
            ]
            return max(matching, key=lambda u: u.created_at).date if matching else entered.date()

        def mention(uuid: str, when: date | None) -> ActionMention:
            action, lead = actions[uuid]
            return ActionMention(action.ref, action.activity, lead or "", when)

        first_old: dict[str, str] = {}
        last_new: dict[str, tuple[str, date]] = {}
        first_timescale: dict[str, str] = {}
        last_timescale: dict[str, tuple[str, date]] = {}
        created: dict[str, date] = {}
        removed: dict[str, date] = {}
        for entry in entries:
            uuid = entry.entity_uuid
            if uuid not in actions:
                continue
            action = actions[uuid][0]
            if entry.field == "" and entry.old_value is None:
                created[uuid] = entry.at.date()
            elif entry.field == "status":
                first_old.setdefault(uuid, str(load_audit_value(entry.old_value) or ""))
                new_status = str(load_audit_value(entry.new_value) or "")
                last_new[uuid] = (new_status, dated(uuid, new_status, entry.at))
            elif entry.field == "timescale_text":
                first_timescale.setdefault(uuid, str(load_audit_value(entry.old_value) or ""))
                last_timescale[uuid] = (str(load_audit_value(entry.new_value) or ""), entry.at.date())
            elif entry.field == "deleted":
                if load_audit_value(entry.new_value) is True:
                    removed[uuid] = entry.at.date()
                else:
                    removed.pop(uuid, None)
        removed = {
            u: d
            for u, d in removed.items()
            if actions[u][0].deleted and (include_confidential or not actions[u][0].confidential)
        }
        live = {u for u in included if u in actions and not actions[u][0].deleted}

        completed: dict[str, date] = {}
        moves: list[StatusMove] = []
        for uuid, (new, when) in last_new.items():
            old = first_old[uuid]
            if uuid not in live or old == new:
                continue
            if _is_complete(new):
                completed[uuid] = when
            else:
                action = actions[uuid][0]
                moves.append(StatusMove(action.ref, action.activity, old or "No status", new, when))
        received = []
        for update, uuid in updates:
            if uuid not in live:
                continue
            action = actions[uuid][0]
            received.append(UpdateReceived(action.ref, action.activity, update.date, update.author, update.note))
            # A progress update reporting completion counts as completed even if the import set the status.
            if _is_complete(update.status) and _is_complete(action.status):
                completed.setdefault(uuid, update.date)

        revisions = tuple(
            TimescaleRevision(actions[u][0].ref, actions[u][0].activity, first_timescale[u], new, when)
            for u, (new, when) in last_timescale.items()
            if u in live and new != first_timescale[u]
        )
        return Changes(
            since=since,
            completed=tuple(sorted((mention(u, d) for u, d in completed.items()), key=lambda m: m.when or since)),
            status_moves=tuple(moves),
            new_actions=tuple(mention(u, d) for u, d in created.items() if u in live),
            removed_actions=tuple(mention(u, d) for u, d in removed.items()),
            updates=tuple(sorted(received, key=lambda u: u.date)),
            revised_timescales=revisions,
        )
