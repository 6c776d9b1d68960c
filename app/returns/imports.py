"""Importing returned update workbooks: a preview of every change and problem, then one command.

A row's changes are recorded as a progress update whose ``source`` carries a marker made of the
request id and a hash of what the lead wrote. Finding that marker on a live progress update
means the row was imported already; because the marker lives in the imported records
themselves, undoing an import also forgets it, so the return can be imported again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.context import AppContext
from app.editing.commands import BackedUp, Batch, CreateRecord, SetFields
from app.plan_setup.leads import lead_rows
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from app.returns.records import newer_request_for_lead, request_records
from exports.common.safe_xlsx import WorkbookFileError
from exports.returns.reader import ReturnedRow, ReturnedWorkbook, column_name, read_returned_workbook
from exports.returns.workbook import HEADERS, NEW_STATUS_COL, REVISED_COL, UPDATES_SHEET
from models import Action, Plan, ProgressUpdate
from models.status import Status

SOURCE_LIMIT = 300


@dataclass(frozen=True)
class ReturnProblem:
    file: str
    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    blocking: bool = False  # True: the file (or row) is not imported at all

    def describe(self) -> str:
        where = ", ".join(
            p
            for p in (self.file, self.sheet and f"sheet '{self.sheet}'", self.row and f"row {self.row}", self.column)
            if p
        )
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ActionChange:
    file: str
    sheet_row: int
    action_uuid: str
    ref: str
    activity: str
    author: str
    status_from: str
    status_to: str | None
    note: str
    timescale_from: str
    timescale_to: str | None
    marker: str
    # What the lead wrote when it is another word for the status ("Delayed" read as Off track).
    status_written: str = ""

    @property
    def source(self) -> str:
        room = SOURCE_LIMIT - len(self.marker) - len("Return  ")
        return f"Return {self.file[:room]} {self.marker}"


@dataclass(frozen=True)
class ReturnsPreview:
    plan_uuid: str
    changes: tuple[ActionChange, ...]
    problems: tuple[ReturnProblem, ...]
    files_read: tuple[str, ...]

    @property
    def can_apply(self) -> bool:
        return bool(self.changes)


def content_marker(request_id: str, row: ReturnedRow) -> str:
    material = "\x1f".join((row.action_uuid, row.new_status, row.note, row.revised_timescale))
    return f"[{request_id}:{hashlib.sha256(material.encode('utf-8')).hexdigest()[:16]}]"


class ReturnsReadStopped(Exception):
    """The user stopped reading the returns before all of them were read."""


def preview_returns(
    ctx: AppContext,
    plan_uuid: str,
    paths: Sequence[Path],
    keep_reading: Callable[[int, int, str], bool] | None = None,
) -> ReturnsPreview:
    """Read every workbook and say what importing them would change; touches nothing.

    ``keep_reading(index, total, file_name)`` is asked before each workbook, so a caller can show
    progress; when it answers False, ReturnsReadStopped is raised and no preview is made.
    """
    problems: list[ReturnProblem] = []
    workbooks: list[ReturnedWorkbook] = []
    for index, path in enumerate(paths):
        if keep_reading is not None and not keep_reading(index, len(paths), Path(path).name):
            raise ReturnsReadStopped
        try:
            workbooks.append(read_returned_workbook(Path(path)))
        except WorkbookFileError as exc:
            problems.append(
                ReturnProblem(Path(path).name, str(exc).removeprefix(f"{Path(path).name}: "), blocking=True)
            )
    actions = {row.uuid: row for row in action_rows(ctx.db, plan_uuid)}
    leads = {lead.uuid: lead.name for lead in lead_rows(ctx.db, plan_uuid)}
    records = request_records(ctx.db, plan_uuid)
    known_requests = {r.request_id for r in records}
    imported_markers = _imported_markers(ctx, plan_uuid)
    plan_title = get_plan(ctx.db, plan_uuid).display_name
    changes: dict[str, ActionChange] = {}
    # Oldest request first, so a newer return of the same action replaces an older one below.
    for workbook in sorted(workbooks, key=lambda w: w.header.issued_at):
        name, header = workbook.path.name, workbook.header
        if header.plan_uuid != plan_uuid:
            problems.append(
                ReturnProblem(
                    name,
                    f"this return belongs to another plan ('{header.plan_title}'), not '{plan_title}'; "
                    "nothing in it is imported.",
                    blocking=True,
                )
            )
            continue
        if header.request_id not in known_requests:
            problems.append(
                ReturnProblem(name, "this request is not recorded in this database (issued from another copy?).")
            )
        newer = newer_request_for_lead(records, header.request_id, header.lead_uuid, header.issued_at)
        if newer is not None:
            problems.append(
                ReturnProblem(
                    name,
                    f"old request: issued {header.issued_at:%d/%m/%Y %H:%M}, superseded by the request sent to "
                    f"{newer.lead_name} on {newer.issued_at:%d/%m/%Y %H:%M}. Check this is the return you want.",
                )
            )
        author = leads.get(header.lead_uuid, header.lead_name)
        for row in workbook.rows:
            change = _row_change(name, header.request_id, author, row, actions, imported_markers, problems)
            if change is None:
                continue
            earlier = changes.get(change.action_uuid)
            if earlier is not None:
                problems.append(
                    ReturnProblem(
                        earlier.file,
                        f"action {earlier.ref} is also updated by {name} (a newer request); the newer update is used.",
                        UPDATES_SHEET,
                        earlier.sheet_row,
                        blocking=True,
                    )
                )
            changes[change.action_uuid] = change
    ordered = sorted(changes.values(), key=lambda c: (actions[c.action_uuid].position, c.ref))
    return ReturnsPreview(plan_uuid, tuple(ordered), tuple(problems), tuple(w.path.name for w in workbooks))


def _row_change(name, request_id, author, row: ReturnedRow, actions, imported_markers, problems) -> ActionChange | None:
    def report(message: str, column: str = "", blocking: bool = True) -> None:
        problems.append(ReturnProblem(name, message, UPDATES_SHEET, row.sheet_row, column, blocking))

    if not row.known:
        report(f"row '{row.ref or row.locked[1][:40]}' is not one of the requested actions (added by hand?); skipped.")
        return None
    action = actions.get(row.action_uuid)
    if action is None:
        report(f"action {row.ref} is no longer in this plan (deleted?); skipped.")
        return None
    for title in row.edited_columns:
        column = column_name(HEADERS.index(title) + 1)
        report(f"locked cell '{title}' of action {row.ref} was edited; that edit is ignored.", column, blocking=False)
    if not row.has_update:
        return None
    status_to = None
    status_written = ""
    if row.new_status:
        status = Status.parse(row.new_status)
        if status is None:
            report(f"'{row.new_status}' is not a status; this row is skipped.", column_name(NEW_STATUS_COL))
            return None
        status_to = status.value if status.value != action.status else None
        written = " ".join(row.new_status.split())
        same_words = " ".join(written.replace("-", " ").split()).casefold()
        if same_words not in (status.value.casefold(), status.label.casefold()):
            # Never a silent reinterpretation: the lead's own word is shown, kept in the note, and can be rejected.
            status_written = written
            report(
                f"action {action.ref}: the lead wrote '{written}', read as '{status.value}'. "
                "Untick the row to leave it out if that is not what they meant.",
                column_name(NEW_STATUS_COL),
                blocking=False,
            )
    timescale_to = row.revised_timescale if row.revised_timescale not in ("", action.timescale_text) else None
    if len(row.revised_timescale) > 200:
        report("the revised timescale is too long to be a timescale; this row is skipped.", column_name(REVISED_COL))
        return None
    marker = content_marker(request_id, row)
    if (row.action_uuid, marker) in imported_markers:
        report(f"action {row.ref}: this update was imported before; nothing changes.", blocking=True)
        return None
    if status_to is None and timescale_to is None and not row.note:
        return None
    return ActionChange(
        file=name,
        sheet_row=row.sheet_row,
        action_uuid=row.action_uuid,
        ref=action.ref,
        activity=action.activity,
        author=author,
        status_from=action.status,
        status_to=status_to,
        note=row.note,
        timescale_from=action.timescale_text,
        timescale_to=timescale_to,
        marker=marker,
        status_written=status_written,
    )


def _imported_markers(ctx: AppContext, plan_uuid: str) -> set[tuple[str, str]]:
    with ctx.db.read() as session:
        query = (
            select(Action.uuid, ProgressUpdate.source)
            .join(Action, Action.id == ProgressUpdate.action_id)
            .join(Plan, Plan.id == Action.plan_id)
            .where(Plan.uuid == plan_uuid, ProgressUpdate.deleted.is_(False), ProgressUpdate.source.like("Return %]"))
        )
        return {(uuid, source[source.rindex("[") :]) for uuid, source in session.execute(query) if "[" in source}


def returns_command(preview: ReturnsPreview, today: date | None = None, left_out: Collection[str] = ()) -> BackedUp:
    """The preview's changes as one undoable step, except the rows (by marker) the user rejected."""
    today = today or date.today()
    commands: list = []
    accepted = [change for change in preview.changes if change.marker not in left_out]
    for change in accepted:
        note = change.note
        if change.status_written:
            written = f"Status written in the return: '{change.status_written}'."
            note = f"{note}\n{written}" if note else written
        if change.timescale_to is not None:
            moved = f"Revised timescale: {change.timescale_to} (was {change.timescale_from or 'not set'})."
            note = f"{note}\n{moved}" if note else moved
        commands.append(
            CreateRecord(
                "progress",
                {
                    "action_uuid": change.action_uuid,
                    "date": today,
                    "author": change.author,
                    "status": change.status_to or change.status_from,
                    "note": note,
                    "source": change.source,
                },
                label="Import return",
            )
        )
        values: dict = {}
        if change.status_to is not None:
            values["status"] = change.status_to
        if change.timescale_to is not None:
            values["timescale_text"] = change.timescale_to
        if values:
            commands.append(SetFields("action", change.action_uuid, values, label="Import return"))
    files = {c.file for c in accepted}
    label = f"Import {len(accepted)} update(s) from {len(files)} return(s)"
    return BackedUp(Batch(label, tuple(commands)), "before-returns-import")
