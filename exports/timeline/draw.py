"""Drawing one timeline page on a reportlab canvas (the paging lives in ``exports.timeline.pdf``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from exports.common.pdf_text import fit_line, plain
from exports.timeline.hatch import draw_marks
from models.snapshots.time_axis import (
    TimeScale,
    band_label_level,
    fitting_label,
    month_segments,
    quarter_segments,
    year_segments,
)
from models.snapshots.timeline import STATUS_PATTERNS, BarKind, TimelineBar, TimelineData, TimelineLane
from models.status import Status

# Nothing on the page is set below 7 pt: the smallest size a board member can read on paper.
FONT_SIZE = 7.0
LANE_FONT_SIZE = 8.0
TITLE_FONT_SIZE = 9.0
TITLE_LINE = 11.0
NOTE_LINE = 10.0
# Room between the period's edges and the chart's, so a diamond, arrow end or overdue mark drawn
# at the first or last day of the period is never cut by the page edge.
EDGE_PAD_LEFT = 8.0
EDGE_PAD_RIGHT = 16.0
OVERDUE_RADIUS = 4.0
BAND = 10.0
ROW = 11.0
LANE_ROW = 13.0
BAR = 7.0
MARKER_STRIP = 6.0  # under the month band: meeting triangles, clear of the month names
INK = colors.HexColor("#212121")
GRID = colors.HexColor("#dddddd")
PERIOD = colors.HexColor("#eef4fb")
OUTSIDE = colors.HexColor("#f5f5f5")
LANE_FILL = colors.HexColor("#e8eaf0")
TODAY = colors.HexColor("#d32f2f")
MEETING = colors.HexColor("#37474f")  # dark slate: purple is the Deferred status
OVERDUE = colors.HexColor("#b71c1c")


@dataclass(frozen=True, slots=True)
class PageGeometry:
    width: float
    height: float
    label_width: float
    chart_width: float
    scale: TimeScale
    first_day: date  # this tile's time slice
    last_day: date
    # The whole chart's span (the plan period): a bar beyond it ends in an arrow at its edge.
    period_first: date
    period_last: date
    title_height: float
    axis_height: float
    legend_height: float
    font: str
    bold_font: str

    @property
    def rows_top(self) -> float:
        return self.height - self.title_height - self.axis_height

    @property
    def chart_right(self) -> float:
        return self.label_width + self.chart_width

    def x(self, day: date) -> float:
        return self.label_width + EDGE_PAD_LEFT + self.scale.x(day)

    def x_end(self, day: date) -> float:
        return self.label_width + EDGE_PAD_LEFT + self.scale.x_end(day)


Row = tuple[TimelineLane, TimelineBar | None, bool]


def draw_page(
    canv: Canvas, g: PageGeometry, data: TimelineData, rows: list[Row], title: list[str], notes: list[str]
) -> None:
    """One tile; ``title`` is its lines, already wrapped to the width; ``notes`` list bars outside the chart."""
    canv.saveState()
    canv.setFillColor(INK)
    canv.setFont(g.bold_font, TITLE_FONT_SIZE)
    for index, line in enumerate(title):
        canv.drawString(0, g.height - TITLE_LINE * (index + 1), line)
    rows_bottom = g.rows_top - sum(LANE_ROW if bar is None else ROW for _lane, bar, _c in rows)
    _background(canv, g, data, rows_bottom)
    # The axis and legend are the same on every page but for where the axis stands, so they are
    # drawn once, in a geometry whose axis tops out at y = 0, and placed on each page.
    top = replace(g, height=g.title_height)
    canv.saveState()
    canv.translate(0, g.height - g.title_height)
    _once(canv, top, ("axis", top, id(data)), lambda: _axis(canv, top, data))
    canv.restoreState()
    y = g.rows_top
    for lane, bar, continued in rows:
        height = LANE_ROW if bar is None else ROW
        y -= height
        if bar is None:
            _lane_row(canv, g, lane, continued, y)
        else:
            _action_row(canv, g, bar, y)
    _markers(canv, g, data, rows_bottom)
    canv.setStrokeColor(colors.HexColor("#9e9e9e"))
    canv.setLineWidth(0.6)
    canv.line(g.label_width, rows_bottom, g.label_width, g.height - g.title_height)
    _notes(canv, g, data, notes, rows_bottom)
    _once(canv, top, ("legend", top), lambda: _legend(canv, top))
    canv.restoreState()


def _once(canv: Canvas, g: PageGeometry, key: tuple, draw) -> None:
    """Draw ``draw`` into a PDF form the first time and refer to that form on every later page:
    a long chart repeats the same axis and legend on each of its pages."""
    name = f"timeline-{key[0]}-{hash(key) & 0xFFFFFFFFFFFFFFFF:016x}"
    if not canv.hasForm(name):
        reach = 2 * max(g.width, g.height, 1000)
        canv.beginForm(name, lowerx=-reach, lowery=-reach, upperx=reach, uppery=reach)
        draw()
        canv.endForm()
    canv.doForm(name)


def _notes(canv: Canvas, g: PageGeometry, data: TimelineData, notes: list[str], top: float) -> None:
    if not notes:
        return
    canv.setFillColor(INK)
    canv.setFont(g.bold_font, FONT_SIZE)
    period = f"{data.period_start:%B %Y} to {data.period_end:%B %Y}"
    heading = f"Outside the period shown ({period}), drawn to the chart's edge with an arrow:"
    canv.drawString(0, top - NOTE_LINE + 1, elide(heading, g.bold_font, FONT_SIZE, g.width))
    canv.setFont(g.font, FONT_SIZE)
    for index, note in enumerate(notes, start=2):
        canv.drawString(8, top - NOTE_LINE * index + 1, elide(note, g.font, FONT_SIZE, g.width - 8))


def elide(text: str, font: str, size: float, width: float) -> str:
    """User text made drawable (no control characters, no glyph the embedded font lacks) and fitted."""
    return fit_line(plain(text), font, size, width)


def _clip_chart(canv: Canvas, g: PageGeometry, bottom: float, top: float) -> None:
    path = canv.beginPath()
    path.rect(g.label_width, bottom, g.chart_width, top - bottom)
    canv.clipPath(path, stroke=0, fill=0)


def _background(canv: Canvas, g: PageGeometry, data: TimelineData, bottom: float) -> None:
    canv.saveState()
    _clip_chart(canv, g, bottom, g.rows_top)
    canv.setFillColor(OUTSIDE)
    canv.rect(g.label_width, bottom, g.chart_width, g.rows_top - bottom, stroke=0, fill=1)
    canv.setFillColor(PERIOD)
    left, right = g.x(data.period_start), g.x_end(data.period_end)
    canv.rect(left, bottom, right - left, g.rows_top - bottom, stroke=0, fill=1)
    for month in month_segments(g.first_day, g.last_day):
        heavy = month.start.month == 4
        canv.setStrokeColor(colors.HexColor("#b0bec5") if heavy else GRID)
        canv.setLineWidth(1 if heavy else 0.4)
        canv.line(g.x(month.start), bottom, g.x(month.start), g.rows_top)
    canv.restoreState()


def _axis(canv: Canvas, g: PageGeometry, data: TimelineData) -> None:
    top = g.height - g.title_height
    canv.setFont(g.bold_font, FONT_SIZE)
    canv.setFillColor(INK)
    canv.drawString(2, top - g.axis_height / 2 - 2, f"Lanes by {data.group_by.value}")
    canv.saveState()
    _clip_chart(canv, g, g.rows_top, top)
    canv.setFont(g.font, FONT_SIZE)
    canv.setLineWidth(0.5)
    bands = [year_segments, quarter_segments, month_segments]
    text_width = lambda text: stringWidth(text, g.font, FONT_SIZE)  # noqa: E731
    for band, segments in enumerate(bands):
        band_top = top - band * BAND
        shown = segments(g.first_day, g.last_day)
        level = band_label_level(shown, g.scale.per_day, text_width)
        for segment in shown:
            # the bands stop at the period's edges; the edge pads beyond are "outside", like the rows
            left = max(g.x(segment.start), g.x(g.first_day))
            right = min(g.x(segment.end), g.x_end(g.last_day))
            canv.setStrokeColor(colors.HexColor("#bdbdbd"))
            canv.rect(left, band_top - BAND, right - left, BAND, stroke=1, fill=0)
            label = fitting_label(segment, right - left, text_width, level)
            canv.setFillColor(INK)
            canv.drawCentredString((left + right) / 2, band_top - BAND + 3, label)
    canv.setFillColor(MEETING)
    for meeting in _shown(g, data.meetings):
        x = g.x(meeting.date) + g.scale.per_day / 2
        path = canv.beginPath()
        path.moveTo(x - 3, g.rows_top + MARKER_STRIP - 1)
        path.lineTo(x + 3, g.rows_top + MARKER_STRIP - 1)
        path.lineTo(x, g.rows_top + 1)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


def _markers(canv: Canvas, g: PageGeometry, data: TimelineData, bottom: float) -> None:
    canv.saveState()
    _clip_chart(canv, g, bottom, g.rows_top)
    canv.setDash(2, 2)
    canv.setLineWidth(0.6)
    canv.setStrokeColor(MEETING)
    for meeting in _shown(g, data.meetings):
        x = g.x(meeting.date) + g.scale.per_day / 2
        canv.line(x, bottom, x, g.rows_top)
    if g.first_day <= data.today <= g.last_day:
        canv.setStrokeColor(TODAY)
        canv.setLineWidth(1.2)
        x = g.x(data.today) + g.scale.per_day / 2
        canv.line(x, bottom, x, g.rows_top)
    canv.restoreState()


def _shown(g: PageGeometry, meetings):
    """Meetings on this tile's days (one outside the period would be drawn in the edge pad)."""
    return [meeting for meeting in meetings if g.first_day <= meeting.date <= g.last_day]


def _lane_row(canv: Canvas, g: PageGeometry, lane: TimelineLane, continued: bool, y: float) -> None:
    canv.setFillColor(LANE_FILL)
    canv.rect(0, y, g.width, LANE_ROW, stroke=0, fill=1)
    canv.setFillColor(INK)
    canv.setFont(g.bold_font, LANE_FONT_SIZE)
    text = lane.title + (" (continued)" if continued else "")
    canv.drawString(3, y + 4, elide(text, g.bold_font, LANE_FONT_SIZE, g.width - 6))


def _action_row(canv: Canvas, g: PageGeometry, bar: TimelineBar, y: float) -> None:
    canv.setFont(g.font, FONT_SIZE)
    canv.setFillColor(OVERDUE if bar.overdue else INK)
    label = ("! " if bar.overdue else "") + bar.label
    canv.drawString(8, y + 3, elide(label, g.font, FONT_SIZE, g.label_width - 12))
    canv.setStrokeColor(GRID)
    canv.setLineWidth(0.3)
    canv.line(0, y, g.width, y)
    canv.saveState()
    _clip_chart(canv, g, y, y + ROW)
    bar_y = y + (ROW - BAR) / 2
    colour = colors.HexColor(bar.colour)
    if bar.kind is BarKind.UNSCHEDULED:
        text = elide(
            f"Not placed — timescale: {bar.timescale_text or 'none given'}", g.font, FONT_SIZE, g.chart_width - 8
        )
        canv.setFillColor(colors.white)  # clear of grid and marker lines
        canv.rect(g.label_width + 2, y + 1, stringWidth(text, g.font, FONT_SIZE) + 4, ROW - 2, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#616161"))
        canv.setFont(g.font, FONT_SIZE)
        canv.drawString(g.label_width + 4, y + 3, text)
    elif _outside(g, bar):
        _edge_arrow(canv, g, bar, colour, bar_y)
    elif bar.kind is BarKind.MILESTONE:
        x, half = g.x(bar.end) + g.scale.per_day / 2, BAR / 2 + 1
        path = canv.beginPath()
        path.moveTo(x, bar_y + BAR / 2 + half)
        path.lineTo(x + half, bar_y + BAR / 2)
        path.lineTo(x, bar_y + BAR / 2 - half)
        path.lineTo(x - half, bar_y + BAR / 2)
        path.close()
        _patterned(canv, path, bar.pattern, colour, (x - half, bar_y - 1, 2 * half, 2 * half), bar.overdue)
        if bar.overdue:
            _overdue_mark(canv, g, x + half + 4, bar_y + BAR / 2)
    else:
        # a bar running past the period is drawn to the edge with an arrow there (the note gives its date)
        before, after = bar.start < g.period_first, bar.end > g.period_last
        left = g.x(max(bar.start, g.period_first)) - (6 if before else 0)
        right = g.x_end(min(bar.end, g.period_last))
        path = canv.beginPath()
        if bar.open_end or after:  # an arrow head, not a closed end: ongoing work has no finish date
            right += 6
        path.moveTo(left + (5 if before else 0), bar_y)
        path.lineTo(right - (5 if bar.open_end or after else 0), bar_y)
        path.lineTo(right, bar_y + BAR / 2)
        path.lineTo(right - (5 if bar.open_end or after else 0), bar_y + BAR)
        path.lineTo(left + (5 if before else 0), bar_y + BAR)
        path.lineTo(left, bar_y + BAR / 2)
        path.close()
        if bar.kind is BarKind.RECURRING:
            canv.setFillColor(colors.Color(colour.red, colour.green, colour.blue, alpha=0.18))
            canv.drawPath(path, stroke=0, fill=1)
            canv.setStrokeColor(colour)
            canv.setLineWidth(1.2)
            for tick in bar.ticks:
                tick_x = g.x(tick) + 0.6
                canv.line(tick_x, bar_y - 1, tick_x, bar_y + BAR + 1)
        else:
            _patterned(canv, path, bar.pattern, colour, (left, bar_y, right - left, BAR), bar.overdue)
        if bar.overdue:
            _overdue_mark(canv, g, right + 4, bar_y + BAR / 2)
    canv.restoreState()


def _patterned(canv: Canvas, path, pattern: str, colour, box: tuple[float, float, float, float], overdue: bool):
    """Fill with a tint plus the status's hatch, then outline (red and thicker when overdue)."""
    x, y, w, h = box
    canv.saveState()
    tint = colors.white if pattern == "hollow" else _lighter(colour)
    canv.setFillColor(colour if pattern == "solid" else tint)
    canv.drawPath(path, stroke=0, fill=1)
    canv.clipPath(path, stroke=0, fill=0)
    draw_marks(canv, pattern, colour, box)
    canv.restoreState()
    canv.setStrokeColor(OVERDUE if overdue else colour)
    canv.setLineWidth(1.4 if overdue else 0.6)
    canv.drawPath(path, stroke=1, fill=0)


def _lighter(colour) -> colors.Color:
    return colors.Color(*(0.55 + 0.45 * part for part in (colour.red, colour.green, colour.blue)))


def _outside(g: PageGeometry, bar: TimelineBar) -> bool:
    """True for a milestone or bar lying wholly before or after the period shown."""
    return bar.end is not None and bar.start is not None and (bar.end < g.period_first or bar.start > g.period_last)


def _edge_arrow(canv: Canvas, g: PageGeometry, bar: TimelineBar, colour, bar_y: float) -> None:
    """A bar's whole span is off the chart: an arrowhead in its colour points off that edge."""
    after = bar.start > g.period_last
    if (after and g.last_day < g.period_last) or (not after and g.first_day > g.period_first):
        return  # that edge of the period is on another tile
    tip = g.chart_right - 2 if after else g.label_width + 1
    base = tip - 7 if after else tip + 7
    path = canv.beginPath()
    path.moveTo(base, bar_y - 1)
    path.lineTo(tip, bar_y + BAR / 2)
    path.lineTo(base, bar_y + BAR + 1)
    path.close()
    canv.setFillColor(colour)
    canv.setStrokeColor(OVERDUE if bar.overdue else INK)
    canv.setLineWidth(0.6)
    canv.drawPath(path, stroke=1, fill=1)


def _overdue_mark(canv: Canvas, g: PageGeometry, x: float, y: float) -> None:
    canv.setFillColor(OVERDUE)
    canv.circle(x, y, OVERDUE_RADIUS, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont(g.bold_font, FONT_SIZE)
    canv.drawCentredString(x, y - 2.5, "!")


def _legend(canv: Canvas, g: PageGeometry) -> None:
    """Two lines: each status's fill and pattern by name, then what the marks mean."""
    canv.setFont(g.font, FONT_SIZE)
    x, y = 0.0, 15.0
    for status in Status:
        path = canv.beginPath()
        path.rect(x, y, 10, BAR)
        path.close()
        colour = colors.HexColor(status.colour)
        _patterned(canv, path, STATUS_PATTERNS[status], colour, (x, y, 10, BAR), False)
        canv.setFillColor(INK)
        canv.drawString(x + 13, y + 1, status.label)
        x += 13 + stringWidth(status.label, g.font, FONT_SIZE) + 9
    y = 2.0
    _overdue_mark(canv, g, OVERDUE_RADIUS, y + BAR / 2)
    canv.setFillColor(INK)
    canv.setFont(g.font, FONT_SIZE)
    text = (
        "overdue  ·  diamond: milestone  ·  arrow end: ongoing  ·  ticks: recurring  ·  red line: today"
        "  ·  slate dashed line: meetings  ·  arrow at the edge: outside the period shown"
    )
    canv.drawString(2 * OVERDUE_RADIUS + 2, y + 1, elide(text, g.font, FONT_SIZE, g.width - 9))
