"""Producing a progress report file: assemble, write in the chosen format, remember the date.

Used by the command line and, off the UI thread, by the Reports menu; it touches no widget.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from app.reporting import ReportData, ReportOptions, build_report, record_report_produced
from app.storage.database import Database

FORMATS = ("pdf", "docx")


def format_for(path: str | os.PathLike[str], requested: str | None = None) -> str | None:
    """The format asked for, else the one the file name implies; None when neither says."""
    if requested:
        return requested
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def write_report(report: ReportData, path: str | os.PathLike[str], fmt: str) -> Path:
    if fmt == "pdf":
        from exports.reporting.pdf import write_pdf_report

        return write_pdf_report(report, path)
    if fmt == "docx":
        from exports.reporting.docx_report import write_docx_report

        return write_docx_report(report, path)
    raise ValueError(f"Unknown report format {fmt!r}")


def produce_report(
    db: Database, plan_uuid: str, options: ReportOptions, path: str | os.PathLike[str], fmt: str, today: date
) -> ReportData:
    """Write the report and remember it, so the next one reports changes since today."""
    report = build_report(db, plan_uuid, options, today)
    write_report(report, path, fmt)
    # The next report's "changes since" should default to this report's date, not a fixed date.
    record_report_produced(db, plan_uuid, options.with_changes(since=None), today)
    return report
