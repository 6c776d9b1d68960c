"""What goes into a progress report, remembered per plan in the Setting table.

Report options are a preference, not plan data: they are kept with the plan (so the next report
starts from the last one's choices) but are not user edits, so they bypass the command path and
its audit trail.
"""

from __future__ import annotations

from datetime import date

from app.plans.listing import plan_id_for
from app.storage.database import Database
from app.storage.settings import read_setting, write_setting
from models.snapshots.report_options import (  # noqa: F401 - re-exported for the report callers
    ALL_SECTIONS,
    COLUMN_TITLES,
    PAPER_SIZES,
    SECTION_TITLES,
    ReportOptions,
    parse_iso_date,
)

OPTIONS_KEY = "report_options"
LAST_REPORT_KEY = "report_last_date"


def _read_setting(db: Database, plan_uuid: str, key: str) -> str | None:
    with db.read() as session:
        return read_setting(session, plan_id_for(session, plan_uuid), key)


def _write_setting(db: Database, plan_uuid: str, key: str, value: str) -> None:
    with db.transaction() as session:
        write_setting(session, plan_id_for(session, plan_uuid), key, value)


def load_report_options(db: Database, plan_uuid: str) -> ReportOptions:
    text = _read_setting(db, plan_uuid, OPTIONS_KEY)
    return ReportOptions() if text is None else ReportOptions.from_json(text)


def save_report_options(db: Database, plan_uuid: str, options: ReportOptions) -> None:
    _write_setting(db, plan_uuid, OPTIONS_KEY, options.to_json())


def last_report_date(db: Database, plan_uuid: str) -> date | None:
    return parse_iso_date(_read_setting(db, plan_uuid, LAST_REPORT_KEY))


def record_report_produced(db: Database, plan_uuid: str, options: ReportOptions, when: date) -> None:
    """Remember the options used and the date, so the next report's changes start from here."""
    save_report_options(db, plan_uuid, options)
    _write_setting(db, plan_uuid, LAST_REPORT_KEY, when.isoformat())
