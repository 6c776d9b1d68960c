"""Paints a laid-out timeline (on screen or into a PNG): only what falls inside the given window.

The chart window (``Viewport``) is in chart coordinates; the lane column stays fixed on the left
and the time axis fixed on top, so lane names and dates stay readable while scrolling.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from app.timeline.rows import BarKind
from models.snapshots.time_axis import (
    band_label_level,
    fitting_label,
    month_segments,
    quarter_segments,
    week_starts,
    year_segments,
)
from ui.timeline.colours import INK, LIGHT, MEETING, OVERDUE, OVERDUE_ON_DARK, SELECTION, TODAY, ChartColours
from ui.timeline.layout import (
    BAR_HEIGHT,
    INSIDE_PADDING,
    LABEL_GAP,
    LANE_HEADER_HEIGHT,
    MILESTONE_HALF,
    OPEN_END_ARROW,
    ROW_HEIGHT,
    ChartLayout,
    PlacedBar,
    label_offset,
)

BAND_HEIGHT = 18
WEEK_ZOOM = 3.0  # pixels per day from which weeks get their own band and grid lines
PATTERN_STYLES = {
    "solid": Qt.BrushStyle.SolidPattern,
    "diagonal": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "vertical": Qt.BrushStyle.VerPattern,
    "horizontal": Qt.BrushStyle.HorPattern,
    "dots": Qt.BrushStyle.Dense5Pattern,
    "hollow": Qt.BrushStyle.NoBrush,
}


MARKER_STRIP = 12
IMAGE_LIMIT = 32000  # QImage and QPainter cannot address more pixels than this on a side


def axis_height(per_day: float) -> int:
    """Year, quarter and month bands (plus weeks when zoomed in) and a strip for meeting and today marks."""
    return BAND_HEIGHT * (4 if per_day >= WEEK_ZOOM else 3) + MARKER_STRIP


@dataclass(frozen=True, slots=True)
class Viewport:
    left: float
    top: float
    width: float  # of the chart area, without the lane column
    height: float  # of the lanes area, without the axis


@dataclass(frozen=True, slots=True)
class Highlight:
    selected: frozenset[str] = frozenset()
    focus_uuid: str | None = None
    focus_lane: int | None = None
    drag_uuid: str | None = None
    drag_x: float | None = None
    drag_text: str = ""


def paint_chart(
    painter: QPainter, layout: ChartLayout, view: Viewport, font: QFont, marks: Highlight, colours: ChartColours = LIGHT
) -> None:
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    axis = axis_height(layout.scale.per_day)
    painter.save()
    painter.setClipRect(QRectF(0, axis, view.width, view.height))
    painter.translate(-view.left, axis - view.top)
    _paint_background(painter, layout, view, colours)
    _paint_lanes(painter, layout, view, metrics, marks, colours)
    _paint_markers(painter, layout, view)
    _paint_lane_titles(painter, layout, view, marks, colours)
    painter.restore()
    _paint_axis(painter, layout, view, metrics, axis, colours)


def render_chart(layout: ChartLayout, font: QFont, selected: frozenset[str]) -> QImage:
    """The whole of ``layout`` as one image (the PNG export)."""
    width = round(layout.width)
    height = round(axis_height(layout.scale.per_day) + layout.height)
    if width > IMAGE_LIMIT or height > IMAGE_LIMIT:
        raise ValueError(
            f"The chart is {width} × {height} pixels, too big for one image: zoom out, filter the "
            "actions or collapse lanes, or export to PDF, which spreads it over pages."
        )
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_chart(painter, layout, Viewport(0, 0, layout.width, layout.height), font, Highlight(selected=selected))
    painter.end()
    return image


def chart_to_widget(layout: ChartLayout, view: Viewport, x: float, y: float) -> QPointF:
    return QPointF(x - view.left, axis_height(layout.scale.per_day) + y - view.top)


# ---------------------------------------------------------------- background
def _paint_background(painter: QPainter, layout: ChartLayout, view: Viewport, colours: ChartColours) -> None:
    scale, data = layout.scale, layout.data
    top, bottom = view.top, view.top + view.height
    painter.fillRect(QRectF(view.left, top, view.width, view.height), colours.outside)
    period = QRectF(scale.x(data.period_start), top, scale.x_end(data.period_end) - scale.x(data.period_start), 0)
    painter.fillRect(period.adjusted(0, 0, 0, view.height), colours.period)
    first, last = _visible_days(layout, view)
    if scale.per_day >= WEEK_ZOOM:
        painter.setPen(QPen(colours.grid, 1, Qt.PenStyle.DotLine))
        for monday in week_starts(first, last):
            painter.drawLine(QPointF(scale.x(monday), top), QPointF(scale.x(monday), bottom))
    for month in month_segments(first, last):
        heavy = month.start.month == 4  # the financial year starts in April
        painter.setPen(QPen(colours.year_line if heavy else colours.grid, 2 if heavy else 1))
        painter.drawLine(QPointF(scale.x(month.start), top), QPointF(scale.x(month.start), bottom))


def _paint_markers(painter: QPainter, layout: ChartLayout, view: Viewport) -> None:
    scale, top, bottom = layout.scale, view.top, view.top + view.height
    painter.setPen(QPen(MEETING, 1, Qt.PenStyle.DashDotLine))
    for meeting in layout.data.meetings:
        x = scale.x(meeting.date) + scale.per_day / 2
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    x = scale.x(layout.data.today) + scale.per_day / 2
    painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def _visible_days(layout: ChartLayout, view: Viewport) -> tuple[date, date]:
    scale = layout.scale
    first = max(layout.data.first_day, scale.day_at(view.left) - timedelta(days=1))
    last = min(layout.data.last_day, scale.day_at(view.left + view.width) + timedelta(days=1))
    return first, max(first, last)


# ---------------------------------------------------------------------- bars
def _paint_lanes(
    painter: QPainter, layout: ChartLayout, view: Viewport, metrics: QFontMetricsF, marks: Highlight, colours
) -> None:
    right = view.left + view.width
    for placed in layout.visible_bars(view.left, view.top, right, view.top + view.height):
        selected = placed.bar.uuid in marks.selected
        if selected or placed.bar.uuid == marks.focus_uuid:
            fill = colours.selected_row if selected else colours.focus_row
            painter.fillRect(QRectF(view.left, placed.y, view.width, ROW_HEIGHT), fill)
        _paint_bar(painter, placed, view, metrics, selected, placed.bar.uuid == marks.focus_uuid, colours)
    if marks.drag_uuid and marks.drag_x is not None and (placed := layout.by_uuid.get(marks.drag_uuid)):
        painter.setPen(QPen(SELECTION, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(marks.drag_x, placed.y), QPointF(marks.drag_x, placed.y + ROW_HEIGHT))
        box = QRectF(marks.drag_x + 4, placed.y - ROW_HEIGHT, metrics.horizontalAdvance(marks.drag_text) + 8, 20)
        painter.fillRect(box, QColor("#fffde7"))
        painter.setPen(INK)
        painter.drawRect(box)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, marks.drag_text)


def _paint_bar(
    painter: QPainter, placed: PlacedBar, view: Viewport, metrics: QFontMetricsF, selected: bool, focus, colours
) -> None:
    bar, top = placed.bar, placed.bar_top
    colour = QColor(bar.colour)
    outline = QPen(OVERDUE if bar.overdue else colour.darker(140), 2.5 if bar.overdue else 1)
    if bar.kind is BarKind.UNSCHEDULED:
        label_left = view.left + INSIDE_PADDING
        listed = QRectF(view.left, placed.y + 2, BAR_HEIGHT + LABEL_GAP + placed.extent_end + 4, ROW_HEIGHT - 4)
        painter.fillRect(listed, colours.background)  # keeps the listed text clear of grid and marker lines
        _paint_status_swatch(painter, QRectF(label_left, top, BAR_HEIGHT, BAR_HEIGHT), bar.pattern, colour, outline)
        _draw_label(painter, metrics, placed, label_left + BAR_HEIGHT + LABEL_GAP, False, colours.ink)
    elif bar.kind is BarKind.MILESTONE:
        centre = QPointF(placed.x0, top + BAR_HEIGHT / 2)
        diamond = QPolygonF(
            [
                centre + QPointF(0, -MILESTONE_HALF),
                centre + QPointF(MILESTONE_HALF, 0),
                centre + QPointF(0, MILESTONE_HALF),
                centre + QPointF(-MILESTONE_HALF, 0),
            ]
        )
        path = QPainterPath()
        path.addPolygon(diamond)
        path.closeSubpath()
        fill_pattern(painter, path, bar.pattern, colour)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    else:
        rect = QRectF(placed.x0, top, max(2.0, placed.x1 - placed.x0), BAR_HEIGHT)
        path = QPainterPath()
        if bar.open_end:  # an arrow instead of a closed end: ongoing work has no finish date
            tip = rect.right()
            body = rect.adjusted(0, 0, -OPEN_END_ARROW, 0)
            path.addPolygon(
                QPolygonF(
                    [
                        body.topLeft(),
                        body.topRight(),
                        QPointF(tip, rect.center().y()),
                        body.bottomRight(),
                        body.bottomLeft(),
                    ]
                )
            )
            path.closeSubpath()
        else:
            path.addRoundedRect(rect, 3, 3)
        if bar.kind is BarKind.RECURRING:
            painter.fillPath(path, QColor(colour.red(), colour.green(), colour.blue(), 40))
            painter.setPen(QPen(colour.darker(120), 3))
            per_day = (placed.x1 - placed.x0) / ((bar.end - bar.start).days + 1)
            for tick in bar.ticks:
                x = placed.x0 + (tick - bar.start).days * per_day
                painter.drawLine(QPointF(x + 1.5, rect.top() - 2), QPointF(x + 1.5, rect.bottom() + 2))
        else:
            fill_pattern(painter, path, bar.pattern, colour)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    if bar.overdue and bar.kind is not BarKind.UNSCHEDULED:
        paint_overdue_badge(painter, QPointF(placed.x1 + (MILESTONE_HALF if placed.x0 == placed.x1 else 0), top))
    if selected or focus:
        painter.setPen(QPen(SELECTION, 2, Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if bar.kind is BarKind.UNSCHEDULED:
            left, right = view.left, view.left + BAR_HEIGHT + LABEL_GAP + placed.extent_end
        else:
            left, right = placed.x0 - MILESTONE_HALF, placed.extent_end
        painter.drawRect(QRectF(left - 2, placed.y + 1, right - left + 4, ROW_HEIGHT - 2))
    if bar.kind is BarKind.UNSCHEDULED:
        return
    if placed.label_inside:  # keep the label in sight while the bar's start is scrolled off the left
        left = min(max(placed.x0, view.left) + INSIDE_PADDING, placed.x1 - placed.label_width - INSIDE_PADDING)
        _draw_label(painter, metrics, placed, left, True, INK)  # on its white backing, in any palette
    else:
        _draw_label(painter, metrics, placed, placed.x1 + label_offset(bar), False, colours.ink)


def _draw_label(
    painter: QPainter, metrics: QFontMetricsF, placed: PlacedBar, left: float, boxed: bool, ink: QColor
) -> None:
    rect = QRectF(left, placed.y, placed.label_width + 2, ROW_HEIGHT)
    if boxed:  # a white backing keeps text readable over hatched fills
        back = QRectF(left - 2, placed.bar_top + 1, placed.label_width + 4, BAR_HEIGHT - 2)
        painter.fillRect(back, QColor(255, 255, 255, 225))
    # Dark red reads on white and on the bars' backing; on a dark background a lighter red does.
    overdue = OVERDUE if boxed or ink == INK else OVERDUE_ON_DARK
    painter.setPen(overdue if placed.bar.overdue else ink)
    painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, placed.label)


def fill_pattern(painter: QPainter, path: QPainterPath, pattern: str, colour: QColor) -> None:
    painter.fillPath(path, QColor("white") if pattern == "hollow" else colour.lighter(170))
    style = PATTERN_STYLES.get(pattern, Qt.BrushStyle.NoBrush)
    if style != Qt.BrushStyle.NoBrush:
        painter.fillPath(path, QBrush(colour, style))


def _paint_status_swatch(painter: QPainter, rect: QRectF, pattern: str, colour: QColor, outline: QPen) -> None:
    path = QPainterPath()
    path.addRect(rect)
    fill_pattern(painter, path, pattern, colour)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_overdue_badge(painter: QPainter, at: QPointF) -> None:
    """A red "!" disc at the bar's end: overdue is marked by shape and text, not colour alone."""
    disc = QRectF(at.x() - 6, at.y() - 7, 12, 12)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(OVERDUE)
    painter.drawEllipse(disc)
    painter.setPen(QPen(QColor("white"), 2))
    painter.drawLine(QPointF(disc.center().x(), disc.top() + 2.5), QPointF(disc.center().x(), disc.bottom() - 4.5))
    painter.drawPoint(QPointF(disc.center().x(), disc.bottom() - 2.5))


# ---------------------------------------------------------------------- axis
def _paint_axis(painter: QPainter, layout: ChartLayout, view: Viewport, metrics: QFontMetricsF, axis: int, colours):
    scale = layout.scale
    painter.save()
    painter.setClipRect(QRectF(0, 0, view.width, axis))
    painter.fillRect(QRectF(0, 0, view.width, axis), colours.axis)
    painter.translate(-view.left, 0)
    first, last = _visible_days(layout, view)
    bands = [year_segments(first, last), quarter_segments(first, last), month_segments(first, last)]
    for band, segments in enumerate(bands):
        level = band_label_level(segments, scale.per_day, metrics.horizontalAdvance)
        for segment in segments:
            left, right = scale.x(segment.start), scale.x(segment.end)
            cell = QRectF(left, band * BAND_HEIGHT, right - left, BAND_HEIGHT)
            painter.setPen(QPen(colours.axis_lines, 1))
            painter.drawRect(cell)
            visible = cell.intersected(QRectF(view.left, cell.top(), view.width, BAND_HEIGHT))
            label = fitting_label(segment, visible.width(), metrics.horizontalAdvance, level)
            painter.setPen(colours.ink)
            painter.drawText(visible, Qt.AlignmentFlag.AlignCenter, label)
    if scale.per_day >= WEEK_ZOOM:
        painter.setPen(colours.weeks)
        for monday in week_starts(first, last):
            cell = QRectF(scale.x(monday), 3 * BAND_HEIGHT, 7 * scale.per_day, BAND_HEIGHT)
            if metrics.horizontalAdvance("28") + 4 <= cell.width():
                painter.drawText(cell.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, str(monday.day))
    painter.setPen(Qt.PenStyle.NoPen)
    for meeting in layout.data.meetings:  # a downward triangle in the marker strip marks each meeting
        x = scale.x(meeting.date) + scale.per_day / 2
        painter.setBrush(MEETING)
        painter.drawPolygon(QPolygonF([QPointF(x - 5, axis - 11), QPointF(x + 5, axis - 11), QPointF(x, axis - 1)]))
    today_x = scale.x(layout.data.today) + scale.per_day / 2
    painter.setBrush(TODAY)
    painter.drawPolygon(
        QPolygonF([QPointF(today_x - 5, axis - 11), QPointF(today_x + 5, axis - 11), QPointF(today_x, axis - 1)])
    )
    painter.restore()
    painter.setPen(QPen(colours.axis_lines, 1))
    painter.drawLine(QPointF(0, axis - 0.5), QPointF(view.width, axis - 0.5))


def _paint_lane_titles(painter: QPainter, layout: ChartLayout, view: Viewport, marks: Highlight, colours) -> None:
    """Lane names sit at the visible left of their header band; the lane at the top stays pinned."""
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    metrics = QFontMetricsF(bold)
    blocks = layout.lanes_between(view.top, view.top + view.height)
    for position, block in enumerate(blocks):
        y = block.y
        if position == 0 and block.y < view.top:  # pinned, but pushed up by the next lane's header
            y = min(view.top, block.y + block.height - LANE_HEADER_HEIGHT)
        header = QRectF(view.left, y, view.width, LANE_HEADER_HEIGHT)
        painter.fillRect(header, colours.lane_focus if marks.focus_lane == block.index else colours.lane_header)
        painter.setPen(QPen(colours.header_line, 1))
        painter.drawLine(header.bottomLeft(), header.bottomRight())
        _paint_disclosure(painter, QPointF(view.left + 12, y + LANE_HEADER_HEIGHT / 2), block.collapsed, colours.ink)
        painter.setPen(colours.ink)
        # One line in the header band: a lead name typed over several lines would draw over the bars.
        title = " ".join(block.lane.title.split())
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, view.width - 40)
        painter.drawText(header.adjusted(24, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, text)


def _paint_disclosure(painter: QPainter, centre: QPointF, collapsed: bool, ink: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    if collapsed:
        points = [centre + QPointF(-3, -5), centre + QPointF(4, 0), centre + QPointF(-3, 5)]
    else:
        points = [centre + QPointF(-5, -3), centre + QPointF(5, -3), centre + QPointF(0, 4)]
    painter.drawPolygon(QPolygonF(points))
