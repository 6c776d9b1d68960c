"""Cover, contents, summary and changes."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from exports.common.pdf_text import markup
from exports.reporting.pdf.cells import LONG_TEXT, cell, data_table, house_style, status_cell
from exports.reporting.pdf.charts import priority_stacks, status_bars
from exports.reporting.pdf.document import Contents, Heading
from exports.reporting.pdf.styles import Styles
from exports.reporting.wording import cover_facts, long_date, short_date
from models.snapshots.report import MULTI_PRIORITY_NOTE, ReportData
from models.snapshots.report_options import SECTION_TITLES


def section_heading(number: int, key: str, styles: Styles) -> Heading:
    return Heading(f"{number}. {SECTION_TITLES[key]}", styles.h1, 0, f"section-{key}")


def cover(report: ReportData, styles: Styles, width: float) -> list:
    facts = report.cover
    rows = cover_facts(report)
    table = Table(
        [
            [Paragraph(f"<b>{markup(k)}</b>", styles.cover_fact), Paragraph(markup(v, 300), styles.cover_fact)]
            for k, v in rows
        ],
        colWidths=[width * 0.32, width * 0.68],
        hAlign="LEFT",
    )
    table.setStyle(
        house_style(
            [("BACKGROUND", (0, 0), (-1, 0), colors.white), ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white])]
        )
    )
    story = [
        Spacer(1, 30),
        Paragraph(markup(facts.partnership, 300), styles.cover_partnership),
        Paragraph(markup(facts.plan_title, 400), styles.cover_title),
        Paragraph("Progress report" + (f" · {markup(facts.period)}" if facts.period else ""), styles.h2),
        Spacer(1, 18),
        table,
    ]
    if report.confidential_excluded:
        story.append(Paragraph(_confidential_note(report), styles.muted))
    return [*story, NextPageTemplate("body"), PageBreak()]


def _confidential_note(report: ReportData) -> str:
    n = report.confidential_excluded
    noun = "action is" if n == 1 else "actions are"
    return f"Confidential items excluded: {n} confidential {noun} left out of this report."


def contents(styles: Styles) -> list:
    return [Paragraph("Contents", styles.h1), Contents(styles.toc_levels), PageBreak()]


def summary(report: ReportData, number: int, styles: Styles, width: float) -> list:
    s = report.summary
    story: list = [section_heading(number, "summary", styles)]
    story.append(Paragraph(f"<b>{markup(s.sentence)}.</b>", styles.body))
    overdue = f"{s.overdue} open {'action is' if s.overdue == 1 else 'actions are'} past the due date."
    due = f"{len(s.due_soon)} open {'action falls' if len(s.due_soon) == 1 else 'actions fall'} due " + (
        f"before the next meeting ({long_date(s.next_meeting)})."
        if s.next_meeting
        else f"by {long_date(s.due_window_end)}; no next meeting is recorded."
    )
    story += [Paragraph(overdue + " " + due, styles.body)]
    if report.confidential_excluded:
        story.append(Paragraph(_confidential_note(report), styles.muted))
    if report.filtered_out:
        story.append(
            Paragraph(
                f"{report.filtered_out} actions outside the chosen priorities or leads are not shown.", styles.muted
            )
        )
    if s.counts:
        story += [
            Spacer(1, 6),
            KeepTogether([Paragraph("Actions by status", styles.h3), status_bars(s.counts, width * 0.8)]),
        ]
    if s.priorities:
        rows = [
            [cell(f"{p.code} {p.title}".strip(), styles, bold=True), cell(p.sentence, styles)] for p in s.priorities
        ]
        story += [
            Heading("Progress by priority", styles.h2, 1, "summary-priorities"),
            data_table(["Priority", "Actions by status"], rows, [0.45, 0.55], width, styles),
            *([Paragraph(MULTI_PRIORITY_NOTE, styles.muted)] if s.counted_more_than_once else []),
            Spacer(1, 8),
            priority_stacks(s.priorities, width),
        ]
    story.append(Heading(s.due_heading, styles.h2, 1, "summary-due"))
    if s.due_soon:
        rows = [
            [
                cell(a.ref, styles, bold=True),
                cell(a.activity, styles, 400),
                cell(a.lead_name, styles),
                cell(short_date(a.due_date), styles),
                status_cell(a.status, styles),
            ]
            for a in s.due_soon
        ]
        story.append(
            data_table(["Ref", "Action", "Lead", "Due", "Status"], rows, [0.08, 0.46, 0.18, 0.12, 0.16], width, styles)
        )
    else:
        story.append(Paragraph("No open action falls due in this period.", styles.body))
    return story


def changes(report: ReportData, number: int, styles: Styles, width: float) -> list:
    c = report.changes
    story: list = [CondPageBreak(120), section_heading(number, "changes", styles)]
    story.append(Paragraph(f"Changes recorded since {long_date(c.since)}.", styles.body))
    if c.is_empty:
        return [*story, Paragraph("No changes have been recorded in this period.", styles.body)]

    def mentions(title: str, key: str, items, verb: str) -> None:
        if not items:
            return
        rows = [
            [
                cell(m.ref, styles, bold=True),
                cell(m.activity, styles, 600),
                cell(m.lead, styles),
                cell(short_date(m.when), styles),
            ]
            for m in items
        ]
        story.append(Heading(f"{title} ({len(items)})", styles.h2, 1, f"changes-{key}"))
        story.append(data_table(["Ref", "Action", "Lead", verb], rows, [0.08, 0.58, 0.2, 0.14], width, styles))

    mentions("Completed", "completed", c.completed, "Completed")
    if c.status_moves:
        rows = [
            [
                cell(m.action_ref, styles, bold=True),
                cell(m.activity, styles, 600),
                status_cell(m.old_status, styles),
                status_cell(m.new_status, styles),
                cell(short_date(m.when), styles),
            ]
            for m in c.status_moves
        ]
        story.append(Heading(f"Status changes ({len(rows)})", styles.h2, 1, "changes-moves"))
        story.append(
            data_table(["Ref", "Action", "From", "To", "Changed"], rows, [0.08, 0.46, 0.16, 0.16, 0.14], width, styles)
        )
    if c.revised_timescales:
        rows = [
            [
                cell(r.action_ref, styles, bold=True),
                cell(r.activity, styles, 600),
                cell(r.old_text or "Not set", styles),
                cell(r.new_text or "Not set", styles),
                cell(short_date(r.when), styles),
            ]
            for r in c.revised_timescales
        ]
        story.append(Heading(f"Revised timescales ({len(rows)})", styles.h2, 1, "changes-timescales"))
        story.append(
            data_table(["Ref", "Action", "Was", "Now", "Revised"], rows, [0.08, 0.46, 0.16, 0.16, 0.14], width, styles)
        )
    mentions("New actions", "new", c.new_actions, "Added")
    mentions("Removed actions", "removed", c.removed_actions, "Removed")
    if c.updates:
        rows = [
            [
                cell(u.action_ref, styles, bold=True),
                cell(short_date(u.date), styles),
                cell(u.author, styles),
                cell(u.note, styles, LONG_TEXT),
            ]
            for u in c.updates
        ]
        story.append(Heading(f"Updates received ({len(rows)})", styles.h2, 1, "changes-updates"))
        story.append(data_table(["Ref", "Date", "From", "Update"], rows, [0.08, 0.12, 0.2, 0.6], width, styles))
    return story
