"""Action due dates as an iCalendar file (RFC 5545): one all-day event per dated action.

Written by hand because the format is small: CRLF line ends, lines folded at 75 octets
(never inside a UTF-8 character), TEXT values escaped. Each event's UID comes from the action's
UUID, so importing a newer export updates the same calendar entries instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from models.snapshots.rows import ActionRow, PlanSummary

MAX_OCTETS = 75
UID_DOMAIN = "delivery-desk"
# Calendar apps show one line of the summary; the description keeps the whole action text.
SUMMARY_CHARS = 90


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, continuation lines starting with a space."""
    pieces: list[str] = []
    current = ""
    limit = MAX_OCTETS
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = " "
            limit = MAX_OCTETS
        current += char
    pieces.append(current)
    return "\r\n".join(pieces)


def _date_value(day: date) -> str:
    return day.strftime("%Y%m%d")


def _utc_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _description(row: ActionRow) -> str:
    lines = [
        row.activity,
        "",
        f"Lead: {row.lead_name or 'not set'}",
        f"Status: {row.status}",
        f"Timescale (as written): {row.timescale_text}",
        f"Start date: {row.start_date.isoformat() if row.start_date else 'none'}",
        f"Due date: {row.due_date.isoformat() if row.due_date else 'none'}",
    ]
    if row.latest_update_note:
        lines.append(f"Latest update: {row.latest_update_note}")
    return "\n".join(lines)


def _event_lines(row: ActionRow, plan: PlanSummary) -> Iterable[str]:
    assert row.due_date is not None
    summary = f"{row.ref} {row.activity}".strip() if row.ref else row.activity
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rstrip() + "…"
    yield "BEGIN:VEVENT"
    yield f"UID:{row.uuid}@{UID_DOMAIN}"
    yield f"DTSTAMP:{_utc_stamp(row.modified_at)}"
    yield f"LAST-MODIFIED:{_utc_stamp(row.modified_at)}"
    yield f"SEQUENCE:{max(row.revision - 1, 0)}"
    yield f"DTSTART;VALUE=DATE:{_date_value(row.due_date)}"
    yield f"DTEND;VALUE=DATE:{_date_value(row.due_date + timedelta(days=1))}"
    yield f"SUMMARY:{escape_text('Due: ' + summary)}"
    yield f"DESCRIPTION:{escape_text(_description(row))}"
    yield f"CATEGORIES:{escape_text(plan.title)}"
    yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


def calendar_text(plan: PlanSummary, rows: Sequence[ActionRow]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Delivery Desk//Delivery Desk//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(plan.display_name + ' – due dates')}",
    ]
    for row in rows:
        if row.due_date is not None:
            lines.extend(_event_lines(row, plan))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_actions_ics(path: Path, plan: PlanSummary, rows: Sequence[ActionRow]) -> int:
    """Write the calendar; returns how many events it holds."""
    Path(path).write_bytes(calendar_text(plan, rows).encode("utf-8"))
    return sum(1 for row in rows if row.due_date is not None)
