"""What the timeline's lanes hold whatever the zoom: each bar's label, measured once, and its days.

A zoom step changes only pixels per day, so ``ChartGeometry`` works out everything else when the
data arrives (label text and width, the days a bar starts and ends from the chart's first day,
whether it runs past the edge) and makes each bar's ``PlacedBar`` once. ``ChartLayout`` then places
a lane by multiplying and packing rows, moving those same objects: making 5,000 new ones a step let
Python's full garbage collection fall inside a zoom step every few steps.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from app.timeline.rows import BarKind, TimelineBar, TimelineData
from ui.timeline.layout import LABEL_MAX_WIDTH, PlacedBar, label_offset
from ui.timeline.reach import beyond_text

UNSCHEDULED_LABEL_WIDTH = 900


@dataclass(slots=True)
class BarGeometry:
    """One bar in days from the chart's first day; x = days × pixels per day."""

    placed: PlacedBar
    kind: BarKind
    start_day: int  # first day covered (a milestone: its day)
    end_day: int  # the day after the last day covered
    open_end: bool  # drawn with an arrow past its end
    beside: float  # gap from the bar's end to a label drawn beside it


class ChartGeometry:
    """``data``'s bars by lane, their labels measured in ``font``."""

    def __init__(self, data: TimelineData, font: QFont) -> None:
        self.data = data
        self._metrics = QFontMetricsF(font)
        self.lanes: list[list[BarGeometry]] = [
            [self._bar(bar, index, *self._label(bar)) for bar in lane.bars] for index, lane in enumerate(data.lanes)
        ]
        self.placed_by_uuid: dict[str, PlacedBar] = {
            bar.placed.bar.uuid: bar.placed for lane in self.lanes for bar in lane
        }

    def _bar(self, bar: TimelineBar, lane_index: int, label: str, label_width: float) -> BarGeometry:
        first, last = self.data.first_day, self.data.last_day
        placed = PlacedBar(bar, lane_index, 0, 0.0, 0.0, 0.0, label, label_width, True, 0.0)
        if bar.kind is BarKind.UNSCHEDULED:
            return BarGeometry(placed, bar.kind, 0, 0, False, 0.0)
        if far := beyond_text(bar.start, bar.end, first, last):
            placed.label = f"{label}{far}"
            placed.label_width = self._metrics.horizontalAdvance(placed.label)
        end_day = (min(bar.end, last) - first).days + 1
        if bar.kind is BarKind.MILESTONE:
            start_day = (min(max(bar.end, first), last) - first).days
            return BarGeometry(placed, bar.kind, start_day, start_day, False, label_offset(bar))
        start_day = (max(bar.start, first) - first).days
        return BarGeometry(placed, bar.kind, start_day, end_day, bar.open_end or bar.end > last, label_offset(bar))

    def _label(self, bar: TimelineBar) -> tuple[str, float]:
        metrics = self._metrics
        text = " ".join(bar.label.split())  # one line per row: line breaks would draw over the next
        width = LABEL_MAX_WIDTH
        if bar.kind is BarKind.UNSCHEDULED:
            lead = " ".join(bar.lead.split()) or "no lead named"
            text = f"{bar.label} — {lead} — timescale: {bar.timescale_text or 'none given'}"
            width = UNSCHEDULED_LABEL_WIDTH
        advance = metrics.horizontalAdvance(text)
        if advance > width:  # eliding costs several measurements: only for the labels that need it
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            advance = metrics.horizontalAdvance(text)
        return text, advance
