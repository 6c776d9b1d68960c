"""The timeline's colours: light by default (and always for PNG and PDF), the palette's on a dark desktop."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

INK = QColor("#212121")
GRID = QColor("#e0e0e0")
PERIOD_SHADE = QColor("#eef4fb")
OUTSIDE_SHADE = QColor("#f5f5f5")
LANE_HEADER_FILL = QColor("#e8eaf0")
TODAY = QColor("#d32f2f")
MEETING = QColor("#546e7a")  # blue-grey: purple is the Deferred status
OVERDUE = QColor("#b71c1c")
SELECTION = QColor("#0d47a1")
OVERDUE_ON_DARK = QColor("#ff8a80")


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The chart's own colours; status colours stay the same in every palette, as the legend says."""

    ink: QColor  # text on the chart's background
    background: QColor
    outside: QColor
    period: QColor
    grid: QColor
    year_line: QColor
    lane_header: QColor
    lane_focus: QColor
    header_line: QColor
    axis: QColor
    axis_lines: QColor
    weeks: QColor
    selected_row: QColor
    focus_row: QColor


LIGHT = ChartColours(
    ink=INK,
    background=QColor("white"),
    outside=OUTSIDE_SHADE,
    period=PERIOD_SHADE,
    grid=GRID,
    year_line=QColor("#b0bec5"),
    lane_header=LANE_HEADER_FILL,
    lane_focus=QColor("#c5cae9"),
    header_line=QColor("#9fa8da"),
    axis=QColor("#fafafa"),
    axis_lines=QColor("#bdbdbd"),
    weeks=QColor("#616161"),
    selected_row=QColor("#bbdefb"),
    focus_row=QColor("#e3f2fd"),
)


def colours_for(palette: QPalette) -> ChartColours:
    """LIGHT on a light desktop; on a dark one the chart's background, lines and text follow the palette."""
    base = palette.color(QPalette.ColorRole.Base)
    if base.lightness() >= 128:
        return LIGHT
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Window)
    mid = palette.color(QPalette.ColorRole.Mid)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return ChartColours(
        ink=text,
        background=base,
        outside=base,
        period=window,
        grid=mid,
        year_line=mid.lighter(140),
        lane_header=window.lighter(130),
        lane_focus=highlight.darker(150),
        header_line=mid,
        axis=window,
        axis_lines=mid,
        weeks=text.darker(130),
        selected_row=highlight.darker(170),
        focus_row=highlight.darker(220),
    )
