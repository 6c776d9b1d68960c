"""Issuing update requests: one workbook per lead listing their actions, optionally an email draft."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.context import AppContext
from app.editing.commands import StorageError
from app.plan_setup.leads import lead_rows
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from app.returns.records import RequestRecord, add_request_records
from app.storage.errors import describe_storage_error
from exports.returns.email_draft import write_email_draft
from exports.returns.workbook import RequestHeader, RequestRow, write_request_workbook
from models import new_uuid
from models.snapshots.rows import ActionRow
from models.status import Status

# Two weeks: long enough for a lead to gather updates, short enough to land before the board's papers.
REPLY_WITHIN = timedelta(days=14)
_UNSAFE_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")


@dataclass(frozen=True)
class IssuedRequest:
    request_id: str
    lead_uuid: str
    lead_name: str
    email: str
    workbook: Path
    email_draft: Path | None
    action_count: int
    recipients: tuple[str, ...] = ()  # the draft's To: every address of the lead's email field
    unusable: tuple[str, ...] = ()  # pieces of that field that are not an address, left out of To:


def recipients(email: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The addresses in a lead's email field ("a@x.org, b@y.org" or with semicolons: co-leads all
    get the draft) and the pieces that are not addresses, which are left out rather than let into
    a header (a line break there would start a new header)."""
    pieces = [piece.strip() for piece in re.split(r"[,;\r\n]", email) if piece.strip()]
    good = tuple(piece for piece in pieces if _ADDRESS.match(piece))
    return good, tuple(piece for piece in pieces if piece not in good)


@dataclass(frozen=True)
class LeadCandidate:
    uuid: str
    name: str
    email: str
    action_count: int  # actions a request to this lead would list


@dataclass(frozen=True)
class RequestOutcome:
    issued: tuple[IssuedRequest, ...]
    skipped: tuple[str, ...]  # one sentence per lead left out, saying why


class RequestsStopped(Exception):
    """The user stopped issuing requests; nothing was left written or recorded."""


def wanted_in_return(row: ActionRow, include_closed: bool) -> bool:
    """Complete and cancelled actions need no update unless asked for."""
    status = Status.parse(row.status)
    return include_closed or status is None or status not in (Status.COMPLETE, Status.CANCELLED)


def request_candidates(ctx: AppContext, plan_uuid: str, include_closed: bool = False) -> list[LeadCandidate]:
    """Every lead of the plan with how many of their actions a request would list."""
    rows = action_rows(ctx.db, plan_uuid)
    return [
        LeadCandidate(
            lead.uuid,
            lead.name,
            lead.email,
            sum(1 for r in rows if r.lead_uuid == lead.uuid and wanted_in_return(r, include_closed)),
        )
        for lead in lead_rows(ctx.db, plan_uuid)
    ]


def safe_file_stem(text: str) -> str:
    return _UNSAFE_IN_FILE_NAME.sub("-", text).strip(" .-")[:80] or "lead"


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return candidate


def issue_requests(
    ctx: AppContext,
    plan_uuid: str,
    lead_uuids: list[str],
    folder: Path,
    email_drafts: bool = False,
    include_closed: bool = False,
    now: datetime | None = None,
    reply_by: date | None = None,
    keep_going: Callable[[int, int, str], bool] | None = None,
) -> RequestOutcome:
    """Write one workbook (and draft) per chosen lead into ``folder`` and record each request.

    The email drafts ask for a reply by ``reply_by`` (two weeks from issue unless given) and are
    signed with the officer's name, role and email. ``keep_going(index, total, lead_name)`` is
    asked before each lead, so a caller can show progress; when it answers False the files
    written so far are removed, nothing is recorded and RequestsStopped is raised.
    """
    plan = get_plan(ctx.db, plan_uuid)
    issued_at = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
    reply_by = reply_by or issued_at.date() + REPLY_WITHIN
    leads = {lead.uuid: lead for lead in lead_rows(ctx.db, plan_uuid)}
    rows = action_rows(ctx.db, plan_uuid)
    issued: list[IssuedRequest] = []
    skipped: list[str] = []
    written: list[Path] = []
    # All or nothing: a workbook is kept only if its request is recorded, or its return would later
    # be flagged as one nobody sent.
    try:
        for index, lead_uuid in enumerate(lead_uuids):
            lead = leads.get(lead_uuid)
            if keep_going is not None and not keep_going(index, len(lead_uuids), lead.name if lead else ""):
                raise RequestsStopped  # what was written so far is removed below
            if lead is None:
                skipped.append(f"Lead {lead_uuid} is no longer in this plan.")
                continue
            mine = [r for r in rows if r.lead_uuid == lead_uuid and wanted_in_return(r, include_closed)]
            if not mine:
                skipped.append(f"{lead.name} leads no open actions.")
                continue
            issued.append(_issue(ctx, plan, lead, mine, folder, issued_at, reply_by, email_drafts, written.append))
        add_request_records(
            ctx.db,
            plan_uuid,
            [
                RequestRecord(
                    r.request_id, r.lead_uuid, r.lead_name, issued_at, ctx.user, r.workbook.name, r.action_count
                )
                for r in issued
            ],
        )
    except (SQLAlchemyError, sqlite3.Error) as exc:
        _remove(written)
        friendly = describe_storage_error(exc, ctx.db.path) if ctx.db.path else None
        raise StorageError(
            (friendly or f"The requests could not be recorded ({exc}).") + " No workbook or draft was kept."
        ) from exc
    except BaseException:
        _remove(written)
        raise
    return RequestOutcome(tuple(issued), tuple(skipped))


def _issue(ctx, plan, lead, mine, folder: Path, issued_at, reply_by, email_drafts: bool, wrote) -> IssuedRequest:
    header = RequestHeader(
        request_id=new_uuid(),
        plan_uuid=plan.uuid,
        plan_title=plan.display_name,
        lead_uuid=lead.uuid,
        lead_name=lead.name,
        issued_at=issued_at,
        issued_by=ctx.signature,
    )
    stem = safe_file_stem(f"Update request - {lead.name} - {issued_at:%Y-%m-%d}")
    workbook = _free_path(folder, stem, ".xlsx")
    wrote(workbook)
    write_request_workbook(workbook, header, [_request_row(r) for r in mine])
    draft = None
    to, unusable = recipients(lead.email)
    if email_drafts:
        draft = _free_path(folder, stem, ".eml")
        wrote(draft)
        body = _body(plan.title, mine, reply_by, ctx.signature)
        write_email_draft(draft, list(to), _subject(plan.title, lead.name), body, workbook)
    return IssuedRequest(header.request_id, lead.uuid, lead.name, lead.email, workbook, draft, len(mine), to, unusable)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _request_row(row: ActionRow) -> RequestRow:
    latest = ""
    if row.latest_update_note:
        when = f"{row.latest_update_date:%d/%m/%Y}: " if row.latest_update_date else ""
        latest = when + row.latest_update_note
    return RequestRow(row.uuid, row.ref, row.activity, row.timescale_text, row.status, latest)


def _subject(plan_title: str, lead_name: str) -> str:
    return f"Progress update request: {plan_title} ({lead_name})"


def _body(plan_title: str, rows: list[ActionRow], reply_by: date, signature: str) -> str:
    return (
        "Hello,\n\n"
        f"Please could you update the {len(rows)} action(s) you lead in the {plan_title}.\n\n"
        "The attached workbook opens in Excel or LibreOffice. For each action, pick a new status if it "
        "has changed, add a short progress note, and a revised timescale only if it has moved. "
        "Please keep the file as .xlsx and reply with it attached"
        f" by {reply_by:%A} {reply_by.day} {reply_by:%B %Y}.\n\n"
        f"Thank you.\n\n{signature}\n"
    )
