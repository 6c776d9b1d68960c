"""Progress reports: options remembered per plan, and the report's content assembled as plain data."""

from app.reporting.build import build_report, changes_since_date, terms_used
from app.reporting.options import (
    ALL_SECTIONS,
    COLUMN_TITLES,
    PAPER_SIZES,
    SECTION_TITLES,
    ReportOptions,
    last_report_date,
    load_report_options,
    record_report_produced,
    save_report_options,
)
from models.snapshots.report import ReportData, describe_counts, status_colour, status_label

__all__ = [
    "changes_since_date",
    "ALL_SECTIONS",
    "COLUMN_TITLES",
    "PAPER_SIZES",
    "SECTION_TITLES",
    "ReportData",
    "ReportOptions",
    "build_report",
    "describe_counts",
    "last_report_date",
    "load_report_options",
    "record_report_produced",
    "save_report_options",
    "status_colour",
    "status_label",
    "terms_used",
]
