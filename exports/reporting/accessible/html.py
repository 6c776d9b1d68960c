"""The report as semantic HTML: headings in order, tables with header cells and scopes, charts as
images with alternative text. WeasyPrint turns the tags into the PDF's structure tree."""

from __future__ import annotations

from exports.reporting.accessible import actions, paper
from exports.reporting.accessible.cells import Cell, esc, status_cell, table
from exports.reporting.accessible.charts import priority_chart, status_chart
from exports.reporting.accessible.style import stylesheet
from exports.reporting.pdf.columns import needs_landscape
from exports.reporting.wording import cover_facts, long_date, short_date
from models.snapshots.report import MULTI_PRIORITY_NOTE, ReportData, status_label
from models.snapshots.report_options import SECTION_TITLES
from models.snapshots.rows import MeasureRow
from models.snapshots.timeline import short_title


def _section(number: int, key: str, body: str, wide: bool = False) -> str:
    page = ' class="wide"' if wide else ""
    return f'<section id="section-{key}"{page}><h2>{number}. {esc(SECTION_TITLES[key])}</h2>{body}</section>'


def _cover(report: ReportData) -> str:
    facts = report.cover
    rows = cover_facts(report)
    facts_table = table("About this report", ["Item", "Detail"], [[esc(k), esc(v)] for k, v in rows])
    period = f" · {esc(facts.period)}" if facts.period else ""
    parts = [
        f'<header class="cover"><p class="partnership">{esc(facts.partnership)}</p>',
        f'<h1>{esc(facts.plan_title)}</h1><p class="subtitle">Progress report{period}</p></header>',
        facts_table,
    ]
    if report.confidential_excluded:
        n = report.confidential_excluded
        parts.append(f"<p>Confidential items excluded: {n} confidential action{'s' if n != 1 else ''} left out.</p>")
    return "".join(parts)


def _contents(report: ReportData) -> str:
    items = "".join(f'<li><a href="#{target}">{esc(title)}</a></li>' for target, title in _outline(report))
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
    if paper.officers_html(report, esc):
        entries.append(("paper-officers", "Author and contact"))
    if actions.appendix(report):
        entries.append((actions.APPENDIX_ID, actions.APPENDIX_TITLE))
    return entries


def _summary(report: ReportData) -> str:
    s = report.summary
    parts = [f"<p><strong>{esc(s.sentence)}.</strong></p>"]
    due_noun = "action falls" if len(s.due_soon) == 1 else "actions fall"
    parts.append(
        f"<p>{s.overdue} open {'action is' if s.overdue == 1 else 'actions are'} past the due date. "
        f"{len(s.due_soon)} open {due_noun} due in this period: {esc(s.due_heading.lower())}.</p>"
    )
    if report.filtered_out:
        parts.append(f"<p>{report.filtered_out} actions outside the chosen priorities or leads are not shown.</p>")
    if s.counts:
        parts += ["<h3>Actions by status</h3>", status_chart(s.counts)]
        figures = [[esc(status_label(name)), str(count)] for name, count in s.counts]
        parts.append(table("Actions by status, in figures", ["Status", "Actions"], figures))
    if s.priorities:
        rows = [[esc(f"{p.code} {p.title}".strip()), esc(p.sentence)] for p in s.priorities]
        parts += [
            "<h3>Progress by priority</h3>",
            table(None, ["Priority", "Actions by status"], rows),
        ]
        if s.counted_more_than_once:
            parts.append(f"<p>{esc(MULTI_PRIORITY_NOTE)}</p>")
        parts.append(priority_chart(s.priorities))
    parts.append(f"<h3>{esc(s.due_heading)}</h3>")
    if s.due_soon:
        rows = [
            [esc(a.ref), esc(a.activity), esc(a.lead_name), short_date(a.due_date), status_cell(a.status)]
            for a in s.due_soon
        ]
        parts.append(table("Actions due before the next meeting", ["Ref", "Action", "Lead", "Due", "Status"], rows))
    else:
        parts.append("<p>No open action falls due in this period.</p>")
    return "".join(parts)


def _changes(report: ReportData) -> str:
    c = report.changes
    parts = [f"<p>Changes recorded since {long_date(c.since)}.</p>"]
    if c.is_empty:
        return parts[0] + "<p>No changes have been recorded in this period.</p>"
    for title, items, verb in (
        ("Completed", c.completed, "Completed"),
        ("New actions", c.new_actions, "Added"),
        ("Removed actions", c.removed_actions, "Removed"),
    ):
        if items:
            rows = [[esc(m.ref), esc(m.activity), esc(m.lead), short_date(m.when)] for m in items]
            parts += [f"<h3>{title} ({len(items)})</h3>", table(None, ["Ref", "Action", "Lead", verb], rows)]
    if c.status_moves:
        rows = [
            [
                esc(m.action_ref),
                esc(m.activity),
                status_cell(m.old_status),
                status_cell(m.new_status),
                short_date(m.when),
            ]
            for m in c.status_moves
        ]
        header = ["Ref", "Action", "From", "To", "Changed"]
        parts += [f"<h3>Status changes ({len(rows)})</h3>", table(None, header, rows)]
    if c.revised_timescales:
        rows = [
            [
                esc(r.action_ref),
                esc(r.activity),
                esc(r.old_text or "Not set"),
                esc(r.new_text or "Not set"),
                short_date(r.when),
            ]
            for r in c.revised_timescales
        ]
        header = ["Ref", "Action", "Was", "Now", "Revised"]
        parts += [f"<h3>Revised timescales ({len(rows)})</h3>", table(None, header, rows)]
    if c.updates:
        rows = [[esc(u.action_ref), short_date(u.date), esc(u.author), esc(u.note)] for u in c.updates]
        parts += [
            f"<h3>Updates received ({len(rows)})</h3>",
            table(None, ["Ref", "Date", "From", "Update"], rows),
        ]
    return "".join(parts)


def _progress(report: ReportData) -> str:
    parts = [
        "<p>Every action in the report, grouped by priority and objective, with its timescale as the plan "
        "writes it, its status and the columns chosen for this report.</p>"
    ]
    header = actions.action_header(report.options)
    for group in report.groups:
        parts.append(f"<h3>{esc(f'Priority {group.code}: {group.title}' if group.code else group.title)}</h3>")
        for objective in group.objectives:
            name = (
                f"Objective {objective.ref}: {objective.text}"
                if objective.ref
                else "Actions not filed under an objective"
            )
            rows = [actions.action_cells(a, report.options) for a in objective.actions]
            parts.append(f"<h4>{esc(name)}</h4>")
            if rows:
                parts.append(table(None, header, rows))
            if objective.see_also:
                refs = "".join(
                    f"<li>see {esc(x.action.ref)}, under objective {esc(x.filed_under)}: "
                    f"{esc(short_title(x.action.activity))} ({esc(status_label(x.action.status))})</li>"
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
            [
                esc(bar.ref),
                esc(bar.title),
                esc(bar.when_text()),
                status_cell(bar.status, "Overdue" if bar.overdue else ""),
            ]
            for bar in lane.bars
        ]
        parts += [f"<h3>{esc(lane.title)}</h3>", table(None, ["Ref", "Action", "When", "Status"], rows)]
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
        latest_text = f"{_number(latest.value, m.unit)} ({esc(latest.period)})" if latest else "—"
        name = m.name + (f" ({m.unit})" if m.unit and m.unit != "%" else "")
        return [esc(name), _number(m.baseline, m.unit), _number(m.target, m.unit), latest_text]

    return table("Performance measures", ["Measure", "Baseline", "Target", "Latest"], [row(m) for m in report.measures])


def _glossary(report: ReportData) -> str:
    if not report.glossary:
        return "<p>No glossary terms occur in this report.</p>"
    return table("Glossary", ["Term", "Meaning"], [[esc(g.term), esc(g.meaning)] for g in report.glossary])


SECTION_BODIES = {
    "summary": _summary,
    "exceptions": actions.exceptions,
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
    sections = "".join(paper.section_html(s, n, esc) for n, s in enumerate(opening, start=1))
    keys = section_keys(report)
    first = len(opening) + 1
    wide = needs_landscape(report.options)
    sections += "".join(
        _section(n, k, SECTION_BODIES[k](report), wide and k == "progress") for n, k in enumerate(keys, start=first)
    )
    after = first + len(keys)
    sections += "".join(paper.section_html(s, n, esc) for n, s in enumerate(report.paper.closing, start=after))
    sections += paper.officers_html(report, esc) + actions.appendix(report)
    cover = report.cover
    title = f"{cover.plan_title}: progress report" + (
        f", {long_date(cover.meeting_date)}" if cover.meeting_date else ""
    )
    meta = "".join(
        f'<meta name="{name}" content="{esc(value)}">'
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
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)}</title>{meta}'
        f"<style>{stylesheet(font_folder, running)}{paper.CSS}</style></head><body>"
        f"<main>{_cover(report)}{_contents(report)}{sections}</main></body></html>"
    )
