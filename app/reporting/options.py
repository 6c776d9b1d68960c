"""What goes into a progress report, remembered per plan in the Setting table.

Report options are a preference, not plan data: they are kept with the plan (so the next report
starts from the last one's choices) but are not user edits, so they bypass the command path and
its audit trail.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date

from sqlalchemy import select

from app.database import Database
from app.plans import plan_id_for
from models import Setting

OPTIONS_KEY = "report_options"
LAST_REPORT_KEY = "report_last_date"

SECTION_TITLES: dict[str, str] = {
    "summary": "Summary of progress",
    "exceptions": "Exceptions for discussion",
    "changes": "Changes since the last report",
    "progress": "Full progress table",
    "timeline": "Timeline",
    "measures": "Performance measures",
    "glossary": "Glossary",
}
ALL_SECTIONS: tuple[str, ...] = tuple(SECTION_TITLES)
PAPER_SIZES = ("A4", "A3")


@dataclass(frozen=True, slots=True)
class ReportOptions:
    meeting_body: str = ""
    meeting_date: date | None = None
    agenda_item: str = ""
    author: str = ""
    # None: changes since the previous report's date.
    since: date | None = None
    sections: tuple[str, ...] = ALL_SECTIONS
    # Empty: every priority / every lead.
    priority_uuids: tuple[str, ...] = ()
    lead_uuids: tuple[str, ...] = ()
    paper: str = "A4"
    # Empty: the plan's own marking.
    marking: str = ""
    include_confidential: bool = False

    def with_changes(self, **values: object) -> ReportOptions:
        return replace(self, **values)

    def for_new_report(self, today: date) -> ReportOptions:
        """Remembered options made ready for the next report: a meeting already held is forgotten."""
        if self.meeting_date is not None and self.meeting_date < today:
            return replace(self, meeting_date=None, meeting_body="", agenda_item="")
        return self

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("meeting_date", "since"):
            data[key] = data[key].isoformat() if data[key] else None
        data["sections"] = list(self.sections)
        data["priority_uuids"] = list(self.priority_uuids)
        data["lead_uuids"] = list(self.lead_uuids)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ReportOptions:
        """Options saved earlier; unknown keys and bad values fall back to defaults, never raise."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, object] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("meeting_date", "since"):
                values[key] = _parse_date(value)
            elif key in ("sections", "priority_uuids", "lead_uuids"):
                if isinstance(value, list):
                    values[key] = tuple(str(v) for v in value)
            elif key == "include_confidential":
                values[key] = bool(value)
            elif key == "paper":
                values[key] = value if value in PAPER_SIZES else "A4"
            elif isinstance(value, str):
                values[key] = value
        options = cls(**values)
        return replace(options, sections=tuple(s for s in options.sections if s in SECTION_TITLES))


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _read_setting(db: Database, plan_uuid: str, key: str) -> str | None:
    with db.read() as session:
        plan_id = plan_id_for(session, plan_uuid)
        return session.scalar(select(Setting.value).where(Setting.plan_id == plan_id, Setting.key == key))


def _write_setting(db: Database, plan_uuid: str, key: str, value: str) -> None:
    with db.transaction() as session:
        plan_id = plan_id_for(session, plan_uuid)
        setting = session.scalar(select(Setting).where(Setting.plan_id == plan_id, Setting.key == key))
        if setting is None:
            session.add(Setting(plan_id=plan_id, key=key, value=value))
        else:
            setting.value = value


def load_report_options(db: Database, plan_uuid: str) -> ReportOptions:
    text = _read_setting(db, plan_uuid, OPTIONS_KEY)
    return ReportOptions() if text is None else ReportOptions.from_json(text)


def save_report_options(db: Database, plan_uuid: str, options: ReportOptions) -> None:
    _write_setting(db, plan_uuid, OPTIONS_KEY, options.to_json())


def last_report_date(db: Database, plan_uuid: str) -> date | None:
    return _parse_date(_read_setting(db, plan_uuid, LAST_REPORT_KEY))


def record_report_produced(db: Database, plan_uuid: str, options: ReportOptions, when: date) -> None:
    """Remember the options used and the date, so the next report's changes start from here."""
    save_report_options(db, plan_uuid, options)
    _write_setting(db, plan_uuid, LAST_REPORT_KEY, when.isoformat())
