"""Words every edition of the report prints the same way (print PDF, Word, accessible PDF).

Kept in one place so the editions cannot drift apart: the issue asks for the same content in
each, and a committee clerk compares them."""

from __future__ import annotations

from datetime import date

from models.snapshots.report import ReportData


def long_date(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def short_date(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def cover_facts(report: ReportData) -> list[tuple[str, str]]:
    """The cover's "About this report" rows: (label, plain text)."""
    facts = report.cover
    return [
        ("Committee", facts.meeting_body or "Partnership meeting"),
        ("Date of meeting", long_date(facts.meeting_date) or "To be confirmed"),
        ("Agenda item", facts.agenda_item or "—"),
        ("Report of", facts.author or "—"),
        ("Contact officer", facts.contact or "—"),
        ("Plan version", facts.version or "—"),
        ("Document status", facts.approval.capitalize() if facts.approval else "—"),
        ("Protective marking", facts.marking or "—"),
        ("Changes reported since", long_date(report.changes.since)),
        ("Produced", long_date(facts.generated_on)),
    ]


def officer_lines(report: ReportData) -> list[tuple[str, str]]:
    """The paper's close, as committee papers end: who wrote it and whom to ask."""
    template = report.paper.template
    return [
        (label, officer.line)
        for label, officer in (("Author", template.author), ("Contact officer", template.contact))
        if not officer.is_empty
    ]
