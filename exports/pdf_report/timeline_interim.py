"""A simple timeline for the pack: each lead's actions as bars over the plan period.

Interim drawing until the app's own timeline drawing (exports/timeline_pdf.py) is available.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.reporting import status_colour
from app.reporting.build import COUNT_ORDER
from app.rows import ActionRow
from exports.pdf_report.charts import status_legend
from exports.pdf_report.fonts import REGULAR
from exports.pdf_report.styles import NAVY, RULE, ZEBRA, Styles
from exports.pdf_report.text import markup

LANE = 5.5
LEAD_COLUMN = 110
# An action with only a due date is drawn as the quarter leading up to it.
DEFAULT_SPAN = timedelta(days=90)


def _span(row: ActionRow) -> tuple[date, date] | None:
    if row.due_date is None:
        return None
    start = row.start_date or row.due_date - DEFAULT_SPAN
    return (min(start, row.due_date), row.due_date)


def _range(rows: list[ActionRow], period: tuple[date | None, date | None], today: date) -> tuple[date, date]:
    spans = [s for r in rows if (s := _span(r))]
    first = min([s[0] for s in spans] + [d for d in (period[0], today) if d])
    last = max([s[1] for s in spans] + [d for d in (period[1], today) if d])
    first = date(first.year, first.month, 1)
    return first, max(last, first + timedelta(days=31))


def _x(day: date, first: date, last: date, width: float) -> float:
    return width * (day - first).days / max((last - first).days, 1)


def _axis(first: date, last: date, width: float) -> Drawing:
    drawing = Drawing(width, 14)
    drawing.initialFontName = REGULAR  # else the renderer selects Helvetica, unembedded
    month = first
    step = 1 if (last - first).days < 400 else 3
    while month <= last:
        x = _x(month, first, last, width)
        drawing.add(Line(x, 0, x, 4, strokeColor=colors.white, strokeWidth=0.6))
        label = f"{month:%b %y}"
        drawing.add(String(x + 2, 4, label, fontName=REGULAR, fontSize=6.5, fillColor=colors.white))
        month = date(month.year + (month.month - 1 + step) // 12, (month.month - 1 + step) % 12 + 1, 1)
    return drawing


def _lanes(spans: list[tuple[date, date, str]]) -> list[list[tuple[date, date, str]]]:
    lanes: list[list[tuple[date, date, str]]] = []
    for span in sorted(spans):
        for lane in lanes:
            if lane[-1][1] < span[0]:
                lane.append(span)
                break
        else:
            lanes.append([span])
    return lanes


def _lead_drawing(spans, first: date, last: date, today: date, width: float) -> Drawing:
    lanes = _lanes(spans)
    height = max(len(lanes), 1) * LANE + 4
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer selects Helvetica, unembedded
    for index, lane in enumerate(lanes):
        y = height - 2 - (index + 1) * LANE
        for start, due, status in lane:
            x0 = _x(max(start, first), first, last, width)
            x1 = max(_x(min(due, last), first, last, width), x0 + 2)
            fill = colors.HexColor(status_colour(status))
            drawing.add(Rect(x0, y + 0.6, x1 - x0, LANE - 1.2, fillColor=fill, strokeWidth=0, strokeColor=None))
    if first <= today <= last:
        x = _x(today, first, last, width)
        drawing.add(
            Line(x, 0, x, height, strokeColor=colors.HexColor("#c62828"), strokeWidth=0.8, strokeDashArray=[2, 1.5])
        )
    return drawing


def timeline_flowables(
    rows: list[ActionRow], period: tuple[date | None, date | None], today: date, width: float, styles: Styles
) -> list:
    """The timeline table (lead, bars) with a month axis header that repeats on each page."""
    dated = [r for r in rows if r.due_date]
    if not dated:
        return [Paragraph("No action in this report has a dated timescale.", styles.muted)]
    first, last = _range(dated, period, today)
    chart_width = width - LEAD_COLUMN
    by_lead: dict[str, list[tuple[date, date, str]]] = {}
    for row in dated:
        start, due = _span(row)
        by_lead.setdefault(row.lead_name or "No lead", []).append((start, due, row.status))
    data = [[Paragraph("Lead", styles.header_cell), _axis(first, last, chart_width)]]
    for lead in sorted(by_lead, key=str.casefold):
        label = Paragraph(f"{markup(lead, 120)} ({len(by_lead[lead])})", styles.cell)
        data.append([label, _lead_drawing(by_lead[lead], first, last, today, chart_width)])
    table = Table(data, colWidths=[LEAD_COLUMN, chart_width], repeatRows=1, splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (1, 0), (1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    undated = len(rows) - len(dated)
    statuses = [s.value for s in COUNT_ORDER if any(r.status == s.value for r in dated)]
    notes = [
        Spacer(1, 4),
        status_legend(statuses, width),
        Paragraph(
            "Each bar is one action, from its start (or the quarter before its due date) to its due date, "
            "coloured by status. The dashed red line marks the report date.",
            styles.muted,
        ),
    ]
    if undated:
        notes.append(
            Paragraph(f"{undated} actions have no dated timescale (for example Ongoing or TBC).", styles.muted)
        )
    return [table, *notes]
