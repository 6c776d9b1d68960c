"""The progress report as a Word document, for secretaries who paste it into minutes.

Same sections and words as the PDF pack (both come from ReportData); Word does its own pagination.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from models.snapshots.report import ReportData, status_colour, status_label
from models.snapshots.report_options import SECTION_TITLES
from models.snapshots.rows import ActionRow

PAPER_MM = {"A4": (210, 297), "A3": (297, 420)}
# XML 1.0 cannot hold these; python-docx would raise on them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _date(day) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
    no_split = OxmlElement("w:cantSplit")
    properties.append(no_split)


def _table(document, header: list[str], rows: list[list[str]], status_column: int | None = None):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(title)
        run.bold = True
    _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for index, value in enumerate(values):
            paragraph = cells[index].paragraphs[0]
            if index == status_column:
                mark = paragraph.add_run("\u25a0 ")
                mark.font.color.rgb = RGBColor.from_string(status_colour(value).lstrip("#").upper())
                paragraph.add_run(_text(status_label(value)))
            else:
                paragraph.add_run(_text(value))
    return table


def _action_update(a: ActionRow) -> str:
    if not a.latest_update_note and not a.latest_update_date:
        return "No update recorded"
    stamp = " · ".join(p for p in (_date(a.latest_update_date), a.latest_update_author) if p)
    return f"{stamp}: {a.latest_update_note}" if stamp else a.latest_update_note


def _cover(document, report: ReportData) -> None:
    c = report.cover
    document.add_paragraph(_text(c.marking)).runs[0].bold = True
    document.add_paragraph(_text(c.partnership))
    document.add_heading(_text(c.plan_title), level=0)
    document.add_paragraph("Progress report" + (f" · {c.period}" if c.period else ""))
    facts = [
        ["Meeting", c.meeting_body or "Partnership meeting"],
        ["Date of meeting", _date(c.meeting_date) or "To be confirmed"],
        ["Agenda item", c.agenda_item or "—"],
        ["Report of", c.author or "—"],
        ["Plan version", c.version or "—"],
        ["Document status", c.approval.capitalize() if c.approval else "—"],
        ["Protective marking", c.marking or "—"],
        ["Changes reported since", _date(report.changes.since)],
        ["Produced", _date(c.generated_on)],
    ]
    _table(document, ["Item", "Detail"], [[k, _text(v)] for k, v in facts])
    if report.confidential_excluded:
        n = report.confidential_excluded
        document.add_paragraph(f"Confidential items excluded: {n} confidential action{'s' if n != 1 else ''} left out.")


def _summary(document, report: ReportData) -> None:
    s = report.summary
    document.add_paragraph(s.sentence + ".").runs[0].bold = True
    document.add_paragraph(
        f"{s.overdue} open actions are past the due date. {len(s.due_soon)} open actions fall due before the "
        f"next meeting ({_date(s.due_window_end)})."
    )
    _table(document, ["Status", "Actions"], [[name, str(n)] for name, n in s.counts], status_column=0)
    document.add_heading("Progress by priority", level=2)
    _table(
        document, ["Priority", "Actions by status"], [[f"{p.code} {p.title}".strip(), p.sentence] for p in s.priorities]
    )
    document.add_heading(s.due_heading, level=2)
    rows = [[a.ref, a.activity, a.lead_name, _date(a.due_date), a.status] for a in s.due_soon]
    if rows:
        _table(document, ["Ref", "Action", "Lead", "Due", "Status"], rows, status_column=4)
    else:
        document.add_paragraph("No open action falls due before the next meeting.")


def _exceptions(document, report: ReportData) -> None:
    if not report.exceptions:
        document.add_paragraph("No action is off track, at risk or overdue.")
        return
    document.add_paragraph(f"{len(report.exceptions)} actions are off track, at risk or overdue.")
    rows = []
    for item in report.exceptions:
        a = item.action
        due = a.timescale_text + (f" (due {_date(a.due_date)})" if a.due_date else "")
        rows.append([a.ref, a.activity, a.lead_name, due, a.status, item.why, _action_update(a)])
    _table(document, ["Ref", "Action", "Lead", "Due", "Status", "Why listed", "Latest update"], rows, status_column=4)


def _changes(document, report: ReportData) -> None:
    c = report.changes
    document.add_paragraph(f"Changes recorded since {_date(c.since)}.")
    if c.is_empty:
        document.add_paragraph("No changes have been recorded in this period.")
    for title, items in (
        ("Completed", c.completed),
        ("New actions", c.new_actions),
        ("Removed actions", c.removed_actions),
    ):
        if items:
            document.add_heading(f"{title} ({len(items)})", level=2)
            _table(
                document, ["Ref", "Action", "Lead", "Date"], [[m.ref, m.activity, m.lead, _date(m.when)] for m in items]
            )
    if c.status_moves:
        document.add_heading(f"Status changes ({len(c.status_moves)})", level=2)
        rows = [[m.action_ref, m.activity, f"{m.old_status} → {m.new_status}", _date(m.when)] for m in c.status_moves]
        _table(document, ["Ref", "Action", "Status moved", "Date"], rows)
    if c.updates:
        document.add_heading(f"Updates received ({len(c.updates)})", level=2)
        rows = [[u.action_ref, _date(u.date), u.author, u.note] for u in c.updates]
        _table(document, ["Ref", "Date", "From", "Update"], rows)


def _progress(document, report: ReportData) -> None:
    for group in report.groups:
        document.add_heading(f"Priority {group.code}: {group.title}" if group.code else group.title, level=2)
        for objective in group.objectives:
            if objective.ref or objective.text:
                document.add_heading(f"Objective {objective.ref} {objective.text}".strip(), level=3)
            rows = [
                [a.ref, a.activity, a.lead_name, a.timescale_text, a.status, _action_update(a)]
                for a in objective.actions
            ]
            if rows:
                header = ["Ref", "Action", "Lead", "Timescale", "Status", "Latest update"]
                _table(document, header, rows, status_column=4)
            for x in objective.see_also:
                document.add_paragraph(f"see {x.action.ref}, under objective {x.filed_under}: {x.action.activity}")
            if objective.is_empty:
                document.add_paragraph("No actions are recorded under this objective.")


def _timeline(document, report: ReportData) -> None:
    dated = sorted((a for a in report.actions if a.due_date), key=lambda a: (a.lead_name.casefold(), a.due_date))
    document.add_paragraph("Dated actions by lead, in due-date order.")
    rows = [[a.lead_name or "No lead", a.ref, _date(a.start_date), _date(a.due_date), a.status] for a in dated]
    _table(document, ["Lead", "Ref", "Start", "Due", "Status"], rows, status_column=4)


def _measures(document, report: ReportData) -> None:
    if not report.measures:
        document.add_paragraph("The plan has no performance measures recorded.")
        return
    rows = []
    for m in report.measures:
        latest = m.latest
        rows.append(
            [
                m.name,
                "" if m.baseline is None else f"{m.baseline:g}",
                "" if m.target is None else f"{m.target:g}",
                f"{latest.value:g} ({latest.period})" if latest and latest.value is not None else "—",
            ]
        )
    _table(document, ["Measure", "Baseline", "Target", "Latest"], rows)


def _glossary(document, report: ReportData) -> None:
    if not report.glossary:
        document.add_paragraph("No glossary terms occur in this report.")
        return
    _table(document, ["Term", "Meaning"], [[g.term, g.meaning] for g in report.glossary])


SECTION_WRITERS = {
    "summary": _summary,
    "exceptions": _exceptions,
    "changes": _changes,
    "progress": _progress,
    "timeline": _timeline,
    "measures": _measures,
    "glossary": _glossary,
}


def build_docx(report: ReportData) -> Document:
    document = Document()
    section = document.sections[0]
    width, height = PAPER_MM.get(report.options.paper, PAPER_MM["A4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.orientation = WD_ORIENT.PORTRAIT
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Mm(18))
    document.styles["Normal"].font.size = Pt(10)
    header = section.header.paragraphs[0]
    header.text = _text(f"{report.cover.plan_title} — {report.cover.marking}")
    document.core_properties.title = _text(report.cover.plan_title)
    _cover(document, report)
    number = 0
    for key in report.sections:
        if key in SECTION_WRITERS:
            number += 1
            document.add_heading(f"{number}. {SECTION_TITLES[key]}", level=1)
            SECTION_WRITERS[key](document, report)
    return document


def write_docx_report(report: ReportData, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    build_docx(report).save(str(partial))
    partial.replace(target)
    return target
