"""The progress report as a Word paper, for the clerk who files it with the agenda and minutes.

The same paper as the PDF pack (both come from ReportData): cover, contents, the numbered prose of
the committee paper, the tables, background papers, author and contact. Word paginates it; the
layout rules (widths, whole rows, fields, language, properties) are in ``docx_layout``.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt, Twips

from exports.reporting import docx_actions as actions
from exports.reporting import docx_layout as layout
from exports.reporting.docx_actions import status_pair
from exports.reporting.docx_layout import PaperWriter, plain_text
from exports.reporting.pdf.body import measure_number, measure_position
from exports.reporting.pdf.columns import needs_landscape
from exports.reporting.wording import cover_facts, long_date, officer_lines, short_date
from models.snapshots.paper import PaperSection, numbered
from models.snapshots.report import MULTI_PRIORITY_NOTE, ReportData
from models.snapshots.report_options import SECTION_TITLES

PAPER_MM = {"A4": (210, 297), "A3": (297, 420)}
MARGIN_MM = 18


def _cover(w: PaperWriter, report: ReportData) -> None:
    c = report.cover
    if c.marking:
        w.para(c.marking.upper(), bold=True)
    w.para(c.partnership, bold=True)
    w.document.add_heading(plain_text(c.plan_title), level=0)
    w.para("Progress report" + (f" · {c.period}" if c.period else ""))
    facts = [list(row) for row in cover_facts(report)]
    w.table(["Item", "Detail"], facts)
    if report.confidential_excluded:
        w.para(_confidential_note(report), muted=True)


def _confidential_note(report: ReportData) -> str:
    n = report.confidential_excluded
    noun = "action is" if n == 1 else "actions are"
    return f"Confidential items excluded: {n} confidential {noun} left out of this report."


def _paper_section(w: PaperWriter, section: PaperSection, number: int) -> None:
    w.heading(f"{number}. {section.title}", 1)
    if section.lead_in:
        w.para(section.lead_in)
    for label, block in numbered(number, section):
        if block.heading:
            w.heading(block.heading, 2)
        else:
            w.numbered(label, block.text)


def _officers(w: PaperWriter, report: ReportData) -> None:
    lines = officer_lines(report)
    if lines:
        # Under the background papers when there are some, else a heading of its own.
        w.heading("Author and contact", 2 if report.paper.closing else 1)
        for label, text in lines:
            paragraph = w.document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(plain_text(text))


def _summary(w: PaperWriter, report: ReportData) -> None:
    s = report.summary
    w.para(s.sentence + ".", bold=True)
    overdue = f"{s.overdue} open {'action is' if s.overdue == 1 else 'actions are'} past the due date."
    due = f"{len(s.due_soon)} open {'action falls' if len(s.due_soon) == 1 else 'actions fall'} due " + (
        f"before the next meeting ({long_date(s.next_meeting)})."
        if s.next_meeting
        else f"by {long_date(s.due_window_end)}; no next meeting is recorded."
    )
    w.para(f"{overdue} {due}")
    if report.confidential_excluded:
        w.para(_confidential_note(report), muted=True)
    if report.filtered_out:
        w.para(f"{report.filtered_out} actions outside the chosen priorities or leads are not shown.", muted=True)
    if s.counts:
        w.subheading("Actions by status")
        w.table(["Status", "Actions"], [[status_pair(name), str(n)] for name, n in s.counts], status_columns=(0,))
    if s.priorities:
        w.heading("Progress by priority", 2)
        w.table(["Priority", "Actions by status"], [[f"{p.code} {p.title}".strip(), p.sentence] for p in s.priorities])
        if s.counted_more_than_once:
            w.para(MULTI_PRIORITY_NOTE, muted=True)
    w.heading(s.due_heading, 2)
    rows = [[a.ref, a.activity, a.lead_name, short_date(a.due_date), status_pair(a.status)] for a in s.due_soon]
    if rows:
        w.table(["Ref", "Action", "Lead", "Due", "Status"], rows, status_columns=(4,))
    else:
        w.para("No open action falls due in this period.")


def _changes(w: PaperWriter, report: ReportData) -> None:
    c = report.changes
    w.para(f"Changes recorded since {long_date(c.since)}.")
    if c.is_empty:
        w.para("No changes have been recorded in this period.")
        return

    def mentions(title: str, items, verb: str) -> None:
        if items:
            w.heading(f"{title} ({len(items)})", 2)
            w.table(["Ref", "Action", "Lead", verb], [[m.ref, m.activity, m.lead, short_date(m.when)] for m in items])

    mentions("Completed", c.completed, "Completed")
    if c.status_moves:
        w.heading(f"Status changes ({len(c.status_moves)})", 2)
        rows = [
            [m.action_ref, m.activity, status_pair(m.old_status), status_pair(m.new_status), short_date(m.when)]
            for m in c.status_moves
        ]
        w.table(["Ref", "Action", "From", "To", "Changed"], rows, status_columns=(2, 3))
    mentions("New actions", c.new_actions, "Added")
    mentions("Removed actions", c.removed_actions, "Removed")
    if c.revised_timescales:
        w.heading(f"Revised timescales ({len(c.revised_timescales)})", 2)
        rows = [[r.action_ref, r.activity, r.old_text, r.new_text, short_date(r.when)] for r in c.revised_timescales]
        w.table(["Ref", "Action", "Was", "Now", "Revised"], rows)
    if c.updates:
        w.heading(f"Updates received ({len(c.updates)})", 2)
        w.table(
            ["Ref", "Date", "From", "Update"], [[u.action_ref, short_date(u.date), u.author, u.note] for u in c.updates]
        )


def _timeline(w: PaperWriter, report: ReportData) -> None:
    """The chart's content by lead, as the accessible edition gives it: Word cannot hold the drawing."""
    lanes = report.timeline.lanes
    if not lanes:
        w.para("No actions match this report's choices.")
        return
    w.para("The actions in this report by lead, in the timeline chart's order, with when each falls.")
    for lane in lanes:
        w.subheading(lane.title)
        rows = [
            [bar.ref, bar.title, bar.when_text(), status_pair(bar.status, "Overdue" if bar.overdue else "")]
            for bar in lane.bars
        ]
        w.table(["Ref", "Action", "When", "Status"], rows, status_columns=(3,))


def _measures(w: PaperWriter, report: ReportData) -> None:
    if not report.measures:
        w.para("The plan has no performance measures recorded.")
        return
    rows = []
    for m in report.measures:
        latest = m.latest
        rows.append(
            [
                m.name + (f" ({m.unit})" if m.unit and m.unit != "%" else ""),
                measure_number(m.baseline, m.unit),
                measure_number(m.target, m.unit),
                f"{measure_number(latest.value, m.unit)} ({latest.period})" if latest else "—",
                measure_position(m),
            ]
        )
    w.table(["Measure", "Baseline", "Target", "Latest", "Position"], rows)


def _glossary(w: PaperWriter, report: ReportData) -> None:
    if not report.glossary:
        w.para("No glossary terms occur in this report.")
        return
    w.table(["Term", "Meaning"], [[g.term, g.meaning] for g in report.glossary])


SECTION_WRITERS = {
    "summary": _summary,
    "exceptions": actions.exceptions,
    "changes": _changes,
    "progress": actions.progress,
    "timeline": _timeline,
    "measures": _measures,
    "glossary": _glossary,
}


def _page_furniture(section, report: ReportData, width_pt: float) -> None:
    c = report.cover
    header = section.header.paragraphs[0]
    header.text = plain_text(c.plan_title + (f" — {c.marking.upper()}" if c.marking else ""))
    footer = section.footer.paragraphs[0]
    meeting = " – ".join(p for p in (c.meeting_body, long_date(c.meeting_date)) if p)
    if c.agenda_item:
        meeting += f" – agenda item {c.agenda_item}"
    tabs = footer.paragraph_format.tab_stops
    # The Footer style's own stops (centre 3.25", right 6.5") would catch the tab before the margin.
    for inherited in (Twips(4680), Twips(9360)):
        tabs.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(Pt(width_pt), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(plain_text(meeting or "Progress report") + "\t")
    layout.page_x_of_y(footer)


def _shape(section, report: ReportData, landscape: bool) -> float:
    """Size a section's paper, margins and furniture; returns the width between its margins in points."""
    width_mm, height_mm = PAPER_MM.get(report.options.paper, PAPER_MM["A4"])
    if landscape:
        width_mm, height_mm = height_mm, width_mm
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Mm(MARGIN_MM))
    width_pt = (width_mm - 2 * MARGIN_MM) * 72 / 25.4
    _page_furniture(section, report, width_pt)
    return width_pt


def _turn(w: PaperWriter, report: ReportData, landscape: bool) -> None:
    """A new page in a section of its own, turned as the PDF turns the same pages (an action table
    with many columns is printed landscape so no column is too narrow for its words)."""
    section = w.document.add_section(WD_SECTION.NEW_PAGE)
    # Its own header and footer: the page number is right-aligned at this section's width.
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    w.width_pt = _shape(section, report, landscape)


def build_docx(report: ReportData) -> Document:
    document = Document()
    section = document.sections[0]
    width_pt = _shape(section, report, landscape=False)
    document.styles["Normal"].font.size = Pt(10)
    for level in (1, 2, 3):
        document.styles[f"Heading {level}"].font.color.rgb = layout.NAVY
    layout.british_english(document)
    c = report.cover
    title = f"{c.plan_title}: progress report" + (f", {long_date(c.meeting_date)}" if c.meeting_date else "")
    author = report.paper.template.author.name or c.author or c.partnership
    layout.properties(document, plain_text(title), plain_text(author), "Progress report", plain_text(c.meeting_body))

    w = PaperWriter(document, width_pt)
    _cover(w, report)
    w.page_break()
    document.add_paragraph("Contents", style="TOC Heading")
    contents_at = document.add_paragraph()
    w.page_break()
    number = 0
    for paper_section in report.paper.opening:
        number += 1
        _paper_section(w, paper_section, number)
    if report.paper.opening:
        w.page_break()
    wide = needs_landscape(report.options)
    for key in report.sections:
        if key in SECTION_WRITERS:
            turned = key == "progress" and wide
            if turned:
                _turn(w, report, landscape=True)
            number += 1
            w.heading(f"{number}. {SECTION_TITLES[key]}", 1)
            SECTION_WRITERS[key](w, report)
            if turned:
                _turn(w, report, landscape=False)
    for paper_section in report.paper.closing:
        number += 1
        _paper_section(w, paper_section, number)
    _officers(w, report)
    if "exceptions" in report.sections and report.exceptions:
        if wide:
            _turn(w, report, landscape=True)
        else:
            w.page_break()
        actions.exceptions_appendix(w, report)
    _place_contents(document, w, contents_at, width_pt)
    return document


def _place_contents(document, w: PaperWriter, placeholder, width_pt: float) -> None:
    """The contents is built last, when every heading is known, then moved to its page (a portrait
    one: ``width_pt``, whichever way the last section was turned)."""
    body = document.element.body
    before = len(body)
    layout.contents(document, w.entries, width_pt)
    # New paragraphs go before the final section properties; move them to the placeholder.
    added = list(body)[before - 1 : len(body) - 1]
    for element in added:
        placeholder._p.addprevious(element)
    body.remove(placeholder._p)


def write_docx_report(report: ReportData, path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    build_docx(report).save(str(partial))
    partial.replace(target)
    return target
