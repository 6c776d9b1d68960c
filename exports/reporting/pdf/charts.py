"""Summary charts: one bar per status, and each priority as a stacked bar, each labelled in words."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.common.pdf_fonts import BOLD, REGULAR
from exports.common.pdf_text import fit_line, plain
from exports.reporting.pdf.styles import MUTED, RULE
from models.snapshots.report import PrioritySummary, StatusCounts, status_colour, status_label

BAR_HEIGHT = 13
GAP = 5


def status_bars(counts: StatusCounts, width: float) -> Drawing:
    """Horizontal bars, each labelled "On track (Green)" and its count, so colour is never needed."""
    label_width = max((stringWidth(status_label(name), REGULAR, 8.5) for name, _ in counts), default=60) + 8
    bar_space = width - label_width - 30
    biggest = max((n for _, n in counts), default=1) or 1
    height = len(counts) * (BAR_HEIGHT + GAP) + GAP
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer selects Helvetica, unembedded
    for index, (name, count) in enumerate(counts):
        y = height - (index + 1) * (BAR_HEIGHT + GAP)
        drawing.add(String(0, y + 3.5, status_label(name), fontName=REGULAR, fontSize=8.5))
        length = max(bar_space * count / biggest, 1.5)
        drawing.add(
            Rect(
                label_width,
                y,
                length,
                BAR_HEIGHT,
                fillColor=colors.HexColor(status_colour(name)),
                strokeWidth=0,
                strokeColor=None,
            )
        )
        drawing.add(String(label_width + length + 4, y + 3.5, str(count), fontName=BOLD, fontSize=8.5))
    drawing.add(Line(label_width, 0, label_width, height, strokeColor=RULE, strokeWidth=0.6))
    return drawing


def priority_stacks(priorities: tuple[PrioritySummary, ...], width: float) -> Drawing:
    """One 100% bar per priority, segments in status colours with counts; a legend names the colours."""
    names = []
    for priority in priorities:
        names += [name for name, _ in priority.counts if name not in names]
    label_width = min(width * 0.38, 190)
    bar_x = label_width + 6
    bar_space = width - bar_x
    legend_rows = _legend_rows(names, width)
    height = len(priorities) * (BAR_HEIGHT + GAP + 4) + len(legend_rows) * 14 + 10
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer selects Helvetica, unembedded
    for index, priority in enumerate(priorities):
        y = height - (index + 1) * (BAR_HEIGHT + GAP + 4)
        label = plain(f"{priority.code} {priority.title}".strip())
        drawing.add(String(0, y + 3.5, fit_line(label, REGULAR, 8, label_width), fontName=REGULAR, fontSize=8))
        x = bar_x
        for name, count in priority.counts:
            segment = bar_space * count / (priority.total or 1)
            fill = colors.HexColor(status_colour(name))
            drawing.add(Rect(x, y, segment, BAR_HEIGHT, fillColor=fill, strokeColor=colors.white, strokeWidth=0.8))
            text = str(count)
            if segment > stringWidth(text, BOLD, 7.5) + 3:
                ink = colors.black if name == "At risk" else colors.white
                drawing.add(
                    String(
                        x + segment / 2, y + 3.5, text, fontName=BOLD, fontSize=7.5, fillColor=ink, textAnchor="middle"
                    )
                )
            x += segment
    _draw_legend(drawing, legend_rows)
    return drawing


def _draw_legend(drawing: Drawing, legend_rows: list[list[str]]) -> None:
    for row_index, row in enumerate(legend_rows):
        y = 4 + (len(legend_rows) - 1 - row_index) * 14
        x = 0.0
        for name in row:
            drawing.add(
                Rect(x, y, 9, 9, fillColor=colors.HexColor(status_colour(name)), strokeWidth=0, strokeColor=None)
            )
            drawing.add(String(x + 12, y + 1.5, status_label(name), fontName=REGULAR, fontSize=8, fillColor=MUTED))
            x += 12 + stringWidth(status_label(name), REGULAR, 8) + 14


def _legend_rows(names: list[str], width: float) -> list[list[str]]:
    rows: list[list[str]] = [[]]
    used = 0.0
    for name in names:
        need = 12 + stringWidth(status_label(name), REGULAR, 8) + 14
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(name)
        used += need
    return rows
