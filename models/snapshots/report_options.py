"""What goes into a progress report: the options a secretary picks, as plain data."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date

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
# Columns a report may add to its action tables, in the order they are printed.
COLUMN_TITLES: dict[str, str] = {
    "partners": "Partners",
    "evidence": "Evidence / measure",
    "resources": "Resources",
    "latest_update": "Latest update",
}
DEFAULT_COLUMNS: tuple[str, ...] = ("latest_update",)
PAPER_SIZES = ("A4", "A3")
# This report's paper details, kept in records rather than as a preference: the committee and
# agenda item with the meeting, the author in the plan's report template (app/reporting/paper_store).
PER_MEETING: tuple[str, ...] = ("meeting_body", "agenda_item", "author")


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
    # Keys of COLUMN_TITLES shown after Ref, Action, Lead, Timescale and Status.
    columns: tuple[str, ...] = DEFAULT_COLUMNS

    def with_changes(self, **values: object) -> ReportOptions:
        return replace(self, **values)

    def for_new_report(self, today: date) -> ReportOptions:
        """Remembered options made ready for the next report: a meeting already held is forgotten."""
        if self.meeting_date is not None and self.meeting_date < today:
            return replace(self, meeting_date=None, meeting_body="", agenda_item="")
        return self

    def to_json(self) -> str:
        """The preferences to remember; the per-meeting fields are not among them (``PER_MEETING``)."""
        data = asdict(self)
        for key in PER_MEETING:
            del data[key]
        for key in ("meeting_date", "since"):
            data[key] = data[key].isoformat() if data[key] else None
        data["sections"] = list(self.sections)
        data["priority_uuids"] = list(self.priority_uuids)
        data["lead_uuids"] = list(self.lead_uuids)
        data["columns"] = list(self.columns)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ReportOptions:
        """Options saved earlier; unknown keys and bad values fall back to defaults, never raise.

        Options saved before the per-meeting fields moved to records may still hold them: they are
        read once, so the next report stores them with its meeting."""
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
                values[key] = parse_iso_date(value)
            elif key in ("sections", "priority_uuids", "lead_uuids", "columns"):
                if isinstance(value, list):
                    values[key] = tuple(str(v) for v in value)
            elif key == "include_confidential":
                values[key] = bool(value)
            elif key == "paper":
                values[key] = value if value in PAPER_SIZES else "A4"
            elif isinstance(value, str):
                values[key] = value
        options = cls(**values)
        return replace(
            options,
            sections=tuple(s for s in options.sections if s in SECTION_TITLES),
            columns=tuple(c for c in COLUMN_TITLES if c in options.columns),
        )

    @property
    def chosen_columns(self) -> tuple[str, ...]:
        """The chosen extra columns in print order, unknown keys dropped."""
        return tuple(c for c in COLUMN_TITLES if c in self.columns)


def parse_iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
