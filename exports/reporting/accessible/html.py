"""The report as semantic HTML: headings in order, tables with header cells and scopes, charts as
images with alternative text. WeasyPrint turns the tags into the PDF's structure tree."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from exports.common.pdf_text import plain
from exports.reporting.accessible import paper
from exports.reporting.accessible.charts import priority_chart, status_chart
from exports.reporting.accessible.style import stylesheet
from models.snapshots.report import (
    EXCEPTION_KIND_TITLES,
    MULTI_PRIORITY_NOTE,
    ORDER_NOTE,
    ReportData,
    describe_exceptions,
    status_label,
)
from models.snapshots.report_options import SECTION_TITLES
from models.snapshots.rows import ActionRow, MeasureRow
from models.snapshots.timeline import short_title

Cell = str  # already-escaped HTML


LONG_WORD = re.compile(r"\S{30,}")
# As in the print pack: a table row taller than a page cannot be laid out (WeasyPrint leaves blank
# pages), so a longer text ends with a note that the full text is in Delivery Desk.
TEXT_LIMIT = 1400


def _breakable(match: re.Match[str]) -> str:
    word = match.group()
    return "\u200b".join(word[i : i + 20] for i in range(0, len(word), 20))


def _e(text: object) -> str:
    """User text made safe: escaped, control characters dropped and any character the embedded
    font lacks replaced, so no fallback font (without a reliable Unicode map) is ever needed.
    A pasted URL or other unbroken run gets break opportunities, or it would push its table off
    the page (table columns are as wide as their longest word). Text is cut at ``TEXT_LIMIT``."""
    return escape(LONG_WORD.sub(_breakable, plain(text, TEXT_LIMIT)), quote=True)


def _long(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def _short(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def _table(caption: str | None, header: Sequence[str], rows: Iterable[Sequence[Cell]], row_headers: bool = True) -> str:
    """A data table: column headers scoped to their columns and, by default, each row's first cell
    (the action ref) a row header, so a screen reader announces "1.2.3, Lead: …" cell by cell.
    ``caption`` None: the heading just above names the table, and a caption would only repeat it."""
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
    body = []
    for row in rows:
        first, rest = row[0], row[1:]
        lead = f'<th scope="row">{first}</th>' if row_headers else f"<td>{first}</td>"
        body.append("<tr>" + lead + "".join(f"<td>{c}</td>" for c in rest) + "</tr>")
    return (
        f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _status(status: str, extra: str = "") -> Cell:
    text = _e(status_label(status))
    return text + (f"<br><strong>{_e(extra)}</strong>" if extra else "")


def _update(a: ActionRow) -> Cell:
    if not a.latest_update_note and not a.latest_update_date:
        return "No update recorded"
    stamp = " · ".join(p for p in (_short(a.latest_update_date), _e(a.latest_update_author)) if p)
    return (f"<strong>{stamp}</strong><br>" if stamp else "") + _e(a.latest_update_note)


def _section(number: int, key: str, body: str) -> str:
    return f'<section id="section-{key}"><h2>{number}. {_e(SECTION_TITLES[key])}</h2>{body}</section>'


def _cover(report: ReportData) -> str:
    facts = report.cover
    meeting = facts.meeting_body or "Partnership meeting"
    rows = [
        ("Committee", meeting),
        ("Date of meeting", _long(facts.meeting_date) or "To be confirmed"),
        ("Agenda item", facts.agenda_item or "—"),
        ("Report of", facts.author or "—"),
        ("Contact officer", facts.contact or "—"),
        ("Plan version", facts.version or "—"),
        ("Document status", facts.approval.capitalize() if facts.approval else "—"),
        ("Protective marking", facts.marking or "—"),
        ("Changes reported since", _long(report.changes.since)),
        ("Produced", _long(facts.generated_on)),
    ]
    table = _table("About this report", ["Item", "Detail"], [[_e(k), _e(v)] for k, v in rows])
    period = f" · {_e(facts.period)}" if facts.period else ""
    parts = [
        f'<header class="cover"><p class="partnership">{_e(facts.partnership)}</p>',
        f'<h1>{_e(facts.plan_title)}</h1><p class="subtitle">Progress report{period}</p></header>',
        table,
    ]
    if report.confidential_excluded:
        n = report.confidential_excluded
        parts.append(f"<p>Confidential items excluded: {n} confidential action{'s' if n != 1 else ''} left out.</p>")
    return "".join(parts)


def _contents(report: ReportData) -> str:
    items = "".join(f'<li><a href="#{target}">{_e(title)}</a></li>' for target, title in _outline(report))
    return f'<nav aria-label="Contents"><h2>Contents</h2><ol class="contents">{items}</ol></nav>'


def _outline(report: ReportData) -> list[tuple[str, str]]:
    """(id, "N. Title") of every section in order: the paper's opening prose, the chosen tables, its
    closing prose, then the author and contact; numbered as the print pack numbers them."""
    entries, number = [], 0
    for section in report.paper.opening:
        number += 1
        entries.append((paper.section_id(section), f"{number}. {section.title}"))
    for key in section_keys(report):
        number += 1
        entries.append((f"section-{key}", f"{number}. {SECTION_TITLES[key]}"))
    for section in report.paper.closing:
        number += 1
        entries.append((paper.section_id(section), f"{number}. {section.title}"))
    if paper.officers_html(report, _e):
        entries.append(("paper-officers", "Author and contact"))
    return entries


def _summary(report: ReportData) -> str:
    s = report.summary
    parts = [f"<p><strong>{_e(s.sentence)}.</strong></p>"]
    due_noun = "action falls" if len(s.due_soon) == 1 else "actions fall"
    parts.append(
        f"<p>{s.overdue} open {'action is' if s.overdue == 1 else 'actions are'} past the due date. "
        f"{len(s.due_soon)} open {due_noun} due in this period: {_e(s.due_heading.lower())}.</p>"
    )
    if report.filtered_out:
        parts.append(f"<p>{report.filtered_out} actions outside the chosen priorities or leads are not shown.</p>")
    if s.counts:
        parts += ["<h3>Actions by status</h3>", status_chart(s.counts)]
        figures = [[_e(status_label(name)), str(count)] for name, count in s.counts]
        parts.append(_table("Actions by status, in figures", ["Status", "Actions"], figures))
    if s.priorities:
        rows = [[_e(f"{p.code} {p.title}".strip()), _e(p.sentence)] for p in s.priorities]
        parts += [
            "<h3>Progress by priority</h3>",
            _table(None, ["Priority", "Actions by status"], rows),
        ]
        if s.counted_more_than_once:
            parts.append(f"<p>{_e(MULTI_PRIORITY_NOTE)}</p>")
        parts.append(priority_chart(s.priorities))
    parts.append(f"<h3>{_e(s.due_heading)}</h3>")
    if s.due_soon:
        rows = [[_e(a.ref), _e(a.activity), _e(a.lead_name), _short(a.due_date), _status(a.status)] for a in s.due_soon]
        parts.append(_table("Actions due before the next meeting", ["Ref", "Action", "Lead", "Due", "Status"], rows))
    else:
        parts.append("<p>No open action falls due in this period.</p>")
    return "".join(parts)


def _exceptions(report: ReportData) -> str:
    items = report.exceptions
    if not items:
        return f"<p>{_e(describe_exceptions(items))}</p>"
    rows = []
    for item in items:
        a = item.action
        due = _e(a.timescale_text) + (f" (due {_short(a.due_date)})" if a.due_date else "")
        rows.append(
            [
                _e(a.ref),
                _e(a.activity),
                _e(a.lead_name),
                due,
                _status(a.status),
                _e(f"{EXCEPTION_KIND_TITLES[item.kind]}, priority {item.priority}: {item.why}"),
                _update(a),
            ]
        )
    noun = "action needs" if len(items) == 1 else "actions need"
    return f"<p>{len(items)} {noun} attention. {_e(ORDER_NOTE)}</p>" + _table(
        "Exceptions", ["Ref", "Action", "Lead", "Due", "Status", "Why", "Latest update"], rows
    )


def _changes(report: ReportData) -> str:
    c = report.changes
    parts = [f"<p>Changes recorded since {_long(c.since)}.</p>"]
    if c.is_empty:
        return parts[0] + "<p>No changes have been recorded in this period.</p>"
    for title, items, verb in (
        ("Completed", c.completed, "Completed"),
        ("New actions", c.new_actions, "Added"),
        ("Removed actions", c.removed_actions, "Removed"),
    ):
        if items:
            rows = [[_e(m.ref), _e(m.activity), _e(m.lead), _short(m.when)] for m in items]
            parts += [f"<h3>{title} ({len(items)})</h3>", _table(None, ["Ref", "Action", "Lead", verb], rows)]
    if c.status_moves:
        rows = [
            [_e(m.action_ref), _e(m.activity), _status(m.old_status), _status(m.new_status), _short(m.when)]
            for m in c.status_moves
        ]
        header = ["Ref", "Action", "From", "To", "Changed"]
        parts += [f"<h3>Status changes ({len(rows)})</h3>", _table(None, header, rows)]
    if c.revised_timescales:
        rows = [
            [_e(r.action_ref), _e(r.activity), _e(r.old_text or "Not set"), _e(r.new_text or "Not set"), _short(r.when)]
            for r in c.revised_timescales
        ]
        header = ["Ref", "Action", "Was", "Now", "Revised"]
        parts += [f"<h3>Revised timescales ({len(rows)})</h3>", _table(None, header, rows)]
    if c.updates:
        rows = [[_e(u.action_ref), _short(u.date), _e(u.author), _e(u.note)] for u in c.updates]
        parts += [
            f"<h3>Updates received ({len(rows)})</h3>",
            _table(None, ["Ref", "Date", "From", "Update"], rows),
        ]
    return "".join(parts)


def _progress(report: ReportData) -> str:
    parts = [
        "<p>Every action in the report, grouped by priority and objective, with its timescale as the plan "
        "writes it, its status and the latest update received.</p>"
    ]
    for group in report.groups:
        parts.append(f"<h3>{_e(f'Priority {group.code}: {group.title}' if group.code else group.title)}</h3>")
        for objective in group.objectives:
            name = (
                f"Objective {objective.ref}: {objective.text}"
                if objective.ref
                else "Actions not filed under an objective"
            )
            rows = [
                [
                    _e(a.ref),
                    _e(a.activity),
                    _e(a.lead_name),
                    _e(a.timescale_text),
                    _status(a.status, "Overdue" if a.overdue else ""),
                    _update(a),
                ]
                for a in objective.actions
            ]
            parts.append(f"<h4>{_e(name)}</h4>")
            if rows:
                parts.append(_table(None, ["Ref", "Action", "Lead", "Timescale", "Status", "Latest update"], rows))
            if objective.see_also:
                refs = "".join(
                    f"<li>see {_e(x.action.ref)}, under objective {_e(x.filed_under)}: "
                    f"{_e(short_title(x.action.activity))} ({_e(status_label(x.action.status))})</li>"
                    for x in objective.see_also
                )
                parts.append(f"<p>Also serving this objective, shown in full under another:</p><ul>{refs}</ul>")
            if objective.is_empty:
                parts.append("<p>No actions are recorded under this objective.</p>")
    if not report.groups:
        parts.append("<p>No actions match this report's choices.</p>")
    return "".join(parts)


def _timeline(report: ReportData) -> str:
    """The Gantt chart's content as a table: a chart of bars has no reading order a screen reader can follow."""
    lanes = report.timeline.lanes
    if not lanes:
        return "<p>No actions match this report's choices.</p>"
    parts = [
        "<p>The print edition draws these actions as a chart by lead. Here each lead's actions are listed with "
        "when they fall, in the chart's order.</p>"
    ]
    for lane in lanes:
        rows = [
            [_e(bar.ref), _e(bar.title), _e(bar.when_text()), _status(bar.status, "Overdue" if bar.overdue else "")]
            for bar in lane.bars
        ]
        parts += [f"<h3>{_e(lane.title)}</h3>", _table(None, ["Ref", "Action", "When", "Status"], rows)]
    return "".join(parts)


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{text}%" if unit == "%" else text


def _measures(report: ReportData) -> str:
    if not report.measures:
        return "<p>The plan has no performance measures recorded.</p>"

    def row(m: MeasureRow) -> list[Cell]:
        latest = m.latest
        latest_text = f"{_number(latest.value, m.unit)} ({_e(latest.period)})" if latest else "—"
        name = m.name + (f" ({m.unit})" if m.unit and m.unit != "%" else "")
        return [_e(name), _number(m.baseline, m.unit), _number(m.target, m.unit), latest_text]

    return _table(
        "Performance measures", ["Measure", "Baseline", "Target", "Latest"], [row(m) for m in report.measures]
    )


def _glossary(report: ReportData) -> str:
    if not report.glossary:
        return "<p>No glossary terms occur in this report.</p>"
    return _table("Glossary", ["Term", "Meaning"], [[_e(g.term), _e(g.meaning)] for g in report.glossary])


SECTION_BODIES = {
    "summary": _summary,
    "exceptions": _exceptions,
    "changes": _changes,
    "progress": _progress,
    "timeline": _timeline,
    "measures": _measures,
    "glossary": _glossary,
}


def section_keys(report: ReportData) -> list[str]:
    return [k for k in report.sections if k in SECTION_BODIES]


def link_descriptions(report: ReportData) -> dict[str, str]:
    """What each contents link says when a screen reader lands on it, by its target's id."""
    return {target: f"Go to {title}" for target, title in _outline(report)}


def report_html(report: ReportData, font_folder: str) -> str:
    """The whole edition as one HTML document; ``font_folder`` is a file URL holding the DejaVu faces."""
    opening = report.paper.opening
    sections = "".join(paper.section_html(s, n, _e) for n, s in enumerate(opening, start=1))
    keys = section_keys(report)
    first = len(opening) + 1
    sections += "".join(_section(n, k, SECTION_BODIES[k](report)) for n, k in enumerate(keys, start=first))
    after = first + len(keys)
    sections += "".join(paper.section_html(s, n, _e) for n, s in enumerate(report.paper.closing, start=after))
    sections += paper.officers_html(report, _e)
    cover = report.cover
    title = f"{cover.plan_title}: progress report" + (f", {_long(cover.meeting_date)}" if cover.meeting_date else "")
    meta = "".join(
        f'<meta name="{name}" content="{_e(value)}">'
        for name, value in (
            ("author", report.paper.template.author.name or cover.author or cover.partnership),
            ("description", "Progress report"),
            ("generator", "Delivery Desk"),
            ("dcterms.created", cover.generated_on.isoformat()),
        )
        if value
    )
    running = cover.plan_title + (f" · {cover.marking.upper()}" if cover.marking else "")
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{_e(title)}</title>{meta}'
        f"<style>{stylesheet(font_folder, running)}{paper.CSS}</style></head><body>"
        f"<main>{_cover(report)}{_contents(report)}{sections}</main></body></html>"
    )
