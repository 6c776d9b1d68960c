"""Reading and storing the committee-paper parts of a report: the plan's template and each
meeting's narrative. Reads return snapshots; every change is a command (audited, undoable)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import select

from app.editing.commands import Batch, Command, CreateRecord, SetFields
from app.plans.listing import plan_id_for
from app.storage.database import Database
from models import Meeting, Priority, ReportNarrative, ReportTemplate, new_uuid
from models.paper import narrative_uuid, template_uuid
from models.snapshots.paper import Narrative, Officer, PaperTemplate
from models.snapshots.rows import PriorityNode

if TYPE_CHECKING:  # the file reader loads with the command that reads a narrative file
    from exports.reporting.narrative_file import NarrativeFile


class _HasBody(Protocol):
    body: str


M = TypeVar("M", bound=_HasBody)

TEMPLATE_FIELDS = (
    "committee",
    "author_name",
    "author_role",
    "author_email",
    "contact_name",
    "contact_role",
    "contact_email",
    "purpose",
    "recommendations",
    "background_papers",
)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def template_values(template: PaperTemplate) -> dict[str, str]:
    """The template as the record's fields (one recommendation or paper a line)."""
    return {
        "committee": template.committee.strip(),
        "author_name": template.author.name.strip(),
        "author_role": template.author.role.strip(),
        "author_email": template.author.email.strip(),
        "contact_name": template.contact.name.strip(),
        "contact_role": template.contact.role.strip(),
        "contact_email": template.contact.email.strip(),
        "purpose": template.purpose.strip(),
        "recommendations": "\n".join(r.strip() for r in template.recommendations if r.strip()),
        "background_papers": "\n".join(p.strip() for p in template.background_papers if p.strip()),
    }


def _template_of(record: ReportTemplate | None) -> PaperTemplate:
    if record is None:
        return PaperTemplate()
    return PaperTemplate(
        committee=record.committee,
        author=Officer(record.author_name, record.author_role, record.author_email),
        contact=Officer(record.contact_name, record.contact_role, record.contact_email),
        purpose=record.purpose,
        recommendations=_lines(record.recommendations),
        background_papers=_lines(record.background_papers),
    )


@dataclass(frozen=True, slots=True)
class StoredPaper:
    template: PaperTemplate
    narrative: Narrative
    # The meeting the narrative was written for; earlier than the one asked for when carried forward.
    narrative_meeting: date | None


def load_paper(db: Database, plan_uuid: str, meeting_date: date | None) -> StoredPaper:
    """The plan's template, and the narrative of the report to ``meeting_date``; when that meeting has
    none yet, the latest narrative written before it, so the next report starts from the last one."""
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        template = session.scalar(
            select(ReportTemplate).where(ReportTemplate.plan_id == plan_id, ReportTemplate.deleted.is_(False))
        )
        query = (
            select(Meeting.date, Priority.uuid, ReportNarrative.text)
            .join(Meeting, Meeting.id == ReportNarrative.meeting_id)
            .outerjoin(Priority, Priority.id == ReportNarrative.priority_id)
            .where(Meeting.plan_id == plan_id, Meeting.deleted.is_(False), ReportNarrative.deleted.is_(False))
            .order_by(Meeting.date.desc(), ReportNarrative.id)
        )
        if meeting_date is not None:
            query = query.where(Meeting.date <= meeting_date)
        rows = [r for r in session.execute(query).all() if r.text.strip()]
        stored_template = _template_of(template)
    if not rows:
        return StoredPaper(stored_template, Narrative(), None)
    written_for = rows[0].date
    chosen = [r for r in rows if r.date == written_for]
    narrative = Narrative(
        summary=next((r.text for r in chosen if r.uuid is None), ""),
        priorities=tuple((r.uuid, r.text) for r in chosen if r.uuid is not None),
    )
    return StoredPaper(stored_template, narrative, written_for)


def same_meeting(candidates: Sequence[M], body: str) -> M | None:
    """Of the meetings held on one day, the one of the committee ``body``, else one whose committee
    is not recorded; two boards may meet the same day. With no committee given, the first recorded."""
    wanted = body.strip().casefold()
    if not wanted:
        return next(iter(candidates), None)
    same = next((m for m in candidates if m.body.strip().casefold() == wanted), None)
    return same or next((m for m in candidates if not m.body.strip()), None)


def _template_commands(session, plan_id: int, plan_uuid: str, template: PaperTemplate) -> list[Command]:
    # A plan has one template row; one undone (a tombstone) is brought back rather than duplicated.
    record = session.scalar(select(ReportTemplate).where(ReportTemplate.plan_id == plan_id))
    values = template_values(template)
    if record is None:
        if not any(values.values()):
            return []
        return [CreateRecord("report_template", {"plan_uuid": plan_uuid, **values}, uuid=template_uuid(plan_uuid))]
    if record.deleted:
        return [SetFields("report_template", record.uuid, {**values, "deleted": False})] if any(values.values()) else []
    changed = {k: v for k, v in values.items() if getattr(record, k) != v}
    return [SetFields("report_template", record.uuid, changed)] if changed else []


def _narrative_commands(session, meeting: Meeting | None, meeting_uuid: str, narrative: Narrative) -> list[Command]:
    existing: dict[str | None, ReportNarrative] = {}
    if meeting is not None:
        # Undone rows too: a narrative's id is derived from its meeting and priority, so writing
        # one again brings its tombstone back.
        for row, priority_uuid in session.execute(
            select(ReportNarrative, Priority.uuid)
            .outerjoin(Priority, Priority.id == ReportNarrative.priority_id)
            .where(ReportNarrative.meeting_id == meeting.id)
            .order_by(ReportNarrative.deleted, ReportNarrative.id)
        ):
            existing.setdefault(priority_uuid, row)
    wanted: dict[str | None, str] = {None: narrative.summary.strip()}
    wanted.update((uuid, text.strip()) for uuid, text in narrative.priorities)
    for uuid, row in existing.items():
        if not row.deleted:
            wanted.setdefault(uuid, "")
    commands: list[Command] = []
    for priority_uuid, text in wanted.items():
        row = existing.get(priority_uuid)
        if row is None and text:
            values = {"meeting_uuid": meeting_uuid, "priority_uuid": priority_uuid, "text": text}
            commands.append(CreateRecord("report_narrative", values, uuid=narrative_uuid(meeting_uuid, priority_uuid)))
        elif row is not None and row.deleted and text:
            commands.append(SetFields("report_narrative", row.uuid, {"text": text, "deleted": False}))
        elif row is not None and not row.deleted and row.text != text:
            commands.append(SetFields("report_narrative", row.uuid, {"text": text}))
    return commands


def save_paper_command(
    db: Database,
    plan_uuid: str,
    template: PaperTemplate,
    narrative: Narrative | None,
    meeting_date: date | None,
    meeting_body: str = "",
    agenda_item: str | None = None,
) -> Command | None:
    """The command storing ``template`` as the plan's, and ``narrative``, the committee
    (``meeting_body``) and the agenda item (each None: leave it) with the meeting on ``meeting_date``,
    recording that meeting if the plan has none that day; None if nothing changes.

    The narrative and agenda item need a meeting to belong to; without a date only the template is stored."""
    meeting_body, agenda_item = meeting_body.strip(), None if agenda_item is None else agenda_item.strip()
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        commands = _template_commands(session, plan_id, plan_uuid, template)
        meeting = None
        if meeting_date is not None:
            held = session.scalars(
                select(Meeting)
                .where(Meeting.plan_id == plan_id, Meeting.date == meeting_date, Meeting.deleted.is_(False))
                .order_by(Meeting.id)
            )
            meeting = same_meeting(list(held), meeting_body)
        words = narrative is not None and not narrative.is_empty
        if meeting_date is not None and (meeting is not None or words or agenda_item):
            if meeting is None:
                meeting_uuid = new_uuid()
                body = meeting_body or template.committee.strip()
                values = {"plan_uuid": plan_uuid, "body": body, "date": meeting_date}
                commands.append(
                    CreateRecord("meeting", {**values, "agenda_item": agenda_item or ""}, uuid=meeting_uuid)
                )
            else:
                meeting_uuid = meeting.uuid
                changed = {}
                if agenda_item is not None and meeting.agenda_item != agenda_item:
                    changed["agenda_item"] = agenda_item
                # A meeting recorded without its committee learns it from the paper.
                if meeting_body and not meeting.body.strip():
                    changed["body"] = meeting_body
                if changed:
                    commands.append(SetFields("meeting", meeting.uuid, changed))
            if narrative is not None:
                commands += _narrative_commands(session, meeting, meeting_uuid, narrative)
    if not commands:
        return None
    return Batch("Save the report's paper", tuple(commands))


class UnknownPriorityError(ValueError):
    """A narrative names a priority the plan does not have."""


def merge_narrative_file(
    template: PaperTemplate, narrative: Narrative, written: NarrativeFile, priorities: Sequence[PriorityNode]
) -> tuple[PaperTemplate, Narrative]:
    """What is stored, with the sections the file has replaced by the file's words."""
    if written.purpose is not None:
        template = template.with_changes(purpose=written.purpose)
    if written.recommendations is not None:
        template = template.with_changes(recommendations=written.recommendations)
    if written.background_papers is not None:
        template = template.with_changes(background_papers=written.background_papers)
    if written.summary is not None:
        narrative = Narrative(written.summary, narrative.priorities)
    for key, text in written.priorities:
        folded = key.casefold()
        match = next((p for p in priorities if p.code and p.code.casefold() == folded), None)
        match = match or next((p for p in priorities if p.title.casefold() == folded), None)
        if match is None:
            known = ", ".join(p.code or p.title for p in priorities) or "none"
            raise UnknownPriorityError(f"The plan has no priority '{key}' (its priorities: {known}).")
        narrative = narrative.with_priority(match.uuid, text)
    return template, narrative
