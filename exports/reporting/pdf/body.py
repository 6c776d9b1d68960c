"""The full progress table, timeline, measures and glossary."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Table

from exports.common.pdf_text import markup
from exports.reporting.pdf.cells import cell, cell_paragraph, data_table, titled_table
from exports.reporting.pdf.columns import Column, action_columns, column_widths
from exports.reporting.pdf.document import LANDSCAPE, Heading
from exports.reporting.pdf.front import section_heading
from exports.reporting.pdf.styles import Styles
from exports.timeline.pdf import timeline_flowables
from models.snapshots.report import ObjectiveGroup, ReportData, status_label
from models.snapshots.rows import MeasureRow
from models.snapshots.timeline import short_title


def progress(report: ReportData, number: int, styles: Styles, width: float) -> list:
    story: list = [CondPageBreak(160), section_heading(number, "progress", styles)]
    story.append(
        Paragraph(
            "Every action in the report, grouped by priority and objective, with its timescale as the plan "
            "writes it and its status. An action serving several objectives is shown under the first and "
            "referenced (“see 1.2.3”) under each of the others.",
            styles.body,
        )
    )
    columns = action_columns(report.options)
    widths = column_widths(columns, width, report.actions)
    for index, group in enumerate(report.groups):
        title = f"Priority {group.code}: {group.title}" if group.code else group.title
        story += [CondPageBreak(120), Heading(markup(title, 300), styles.h2, 1, f"progress-{index}")]
        if not group.objectives:
            story.append(Paragraph("This priority has no objectives recorded.", styles.body))
        for objective in group.objectives:
            story.append(_objective_table(group.code or group.title, objective, styles, columns, widths))
    if not report.groups:
        story.append(Paragraph("No actions match this report's choices.", styles.body))
    return story


def _objective_table(
    priority: str, objective: ObjectiveGroup, styles: Styles, columns: tuple[Column, ...], widths: list[float]
) -> Table:
    """One objective's actions. Its heading row and the column headings repeat on every page the
    table runs onto, so a printed page always says which priority and objective it is reading."""
    if objective.ref or objective.text:
        context = (
            f"<b>Priority {markup(priority, 60)} › Objective {markup(objective.ref)}</b> {markup(objective.text, 600)}"
        )
    else:
        context = f"<b>Priority {markup(priority, 60)}</b>: actions not filed under an objective"
    blank = [""] * (len(columns) - 1)
    data: list[list] = [
        [cell_paragraph(context, styles.cell), *blank],
        [cell_paragraph(markup(c.title), styles.header_cell) for c in columns],
    ]
    data += [[c.draw(a, styles) for c in columns] for a in objective.actions]
    spans = []
    for reference in objective.see_also:
        # One line per reference: the action is in full under the objective it is filed under.
        a = reference.action
        spans.append(len(data))
        text = (
            f"<b>see {markup(a.ref)}</b> <i>under objective {markup(reference.filed_under)}</i> · "
            f"{markup(short_title(a.activity, 56))} · {markup(status_label(a.status), 60)}"
        )
        data.append([cell_paragraph(text, styles.cell), *blank])
    if objective.is_empty:
        spans.append(len(data))
        data.append([cell_paragraph("<i>No actions are recorded under this objective.</i>", styles.cell), *blank])
    return titled_table(data, widths, styles, tuple(spans))


# Room on the first timeline page for the section heading and its introduction.
TIMELINE_HEADING_SPACE = 70
# The report's chart always fits the plan period across one page, however long the plan: slices
# side by side would print every lane again for each slice. Past about 3 points a month the
# axis labels quarters or years instead of months, at 7 pt still.
REPORT_MONTH_WIDTH = 0.5


def timeline(report: ReportData, number: int, styles: Styles, width: float, height: float) -> list:
    """The app's own timeline drawing, on pages turned landscape (``width`` x ``height`` is that frame)."""
    story: list = [
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        section_heading(number, "timeline", styles),
        Paragraph(
            "The actions in this report by lead, drawn as on the Timeline tab: bars run from start to due date, "
            "diamonds are single dates, open-ended bars are ongoing work and ticks repeat for recurring actions. "
            "Actions with no date (TBC or unreadable timescales) are listed in the Unscheduled lane.",
            styles.muted,
        ),
    ]
    if not report.timeline.lanes:
        return [*story, Paragraph("No actions match this report's choices.", styles.body)]
    # platypus refuses a flowable exactly as tall as its frame, hence the point of slack
    tiles = timeline_flowables(
        report.timeline,
        width,
        height - 1,
        first_page_height=height - TIMELINE_HEADING_SPACE,
        min_month_width=REPORT_MONTH_WIDTH,
    )
    return [*story, *tiles, NextPageTemplate("body")]


def measure_number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{text}%" if unit == "%" else text


def measure_position(measure: MeasureRow) -> str:
    latest = measure.latest
    if latest is None or latest.value is None:
        return "No data yet"
    parts = []
    if measure.baseline is not None:
        better = latest.value > measure.baseline if measure.direction != "down" else latest.value < measure.baseline
        if latest.value == measure.baseline:
            parts.append("Same as baseline")
        else:
            parts.append("Better than baseline" if better else "Worse than baseline")
    if measure.target is not None:
        met = latest.value >= measure.target if measure.direction != "down" else latest.value <= measure.target
        parts.append("target met" if met else "target not yet met")
    return "; ".join(parts) or "—"


def measures(report: ReportData, number: int, styles: Styles, width: float) -> list:
    story: list = [CondPageBreak(120), section_heading(number, "measures", styles)]
    if not report.measures:
        return [*story, Paragraph("The plan has no performance measures recorded.", styles.body)]
    rows = []
    for m in report.measures:
        latest = m.latest
        latest_text = f"{measure_number(latest.value, m.unit)} ({latest.period})" if latest else "—"
        rows.append(
            [
                cell(m.name + (f" ({m.unit})" if m.unit and m.unit != "%" else ""), styles, 400),
                cell(measure_number(m.baseline, m.unit), styles),
                cell(measure_number(m.target, m.unit), styles),
                cell(latest_text, styles),
                cell(measure_position(m), styles),
            ]
        )
    header = ["Measure", "Baseline", "Target", "Latest", "Position"]
    story.append(data_table(header, rows, [0.38, 0.1, 0.1, 0.18, 0.24], width, styles))
    return story


def glossary(report: ReportData, number: int, styles: Styles, width: float) -> list:
    story: list = [CondPageBreak(120), section_heading(number, "glossary", styles)]
    if not report.glossary:
        return [*story, Paragraph("No glossary terms occur in this report.", styles.body)]
    rows = [[cell(g.term, styles, bold=True), cell(g.meaning, styles, 600)] for g in report.glossary]
    story.append(data_table(["Term", "Meaning"], rows, [0.22, 0.78], width, styles))
    return story
