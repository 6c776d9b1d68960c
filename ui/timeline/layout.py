"""Where everything sits in the timeline chart at one zoom level: lanes, packed rows, bars, labels.

Coordinates are "chart" coordinates: x = 0 at the chart's first day, y = 0 at the top of the
first lane (below the time axis). The canvas adds the fixed axis and the scroll offsets. Built
in one pass, then only looked up (bisect) so painting a frame touches only what is visible.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.timeline.rows import BarKind, TimelineBar, TimelineLane, pack_rows
from models.snapshots.time_axis import TimeScale

if TYPE_CHECKING:  # geometry.py makes the PlacedBars this module moves
    from ui.timeline.geometry import BarGeometry, ChartGeometry

LANE_HEADER_HEIGHT = 26
ROW_HEIGHT = 24
BAR_HEIGHT = 14
LANE_PADDING = 6
LABEL_GAP = 6
LABEL_MAX_WIDTH = 300
MILESTONE_HALF = 7
OPEN_END_ARROW = 12
INSIDE_PADDING = 4
OVERDUE_BADGE = 12  # room for the "!" disc drawn after an overdue bar


@dataclass(slots=True)
class PlacedBar:
    bar: TimelineBar
    lane_index: int
    row: int
    y: float  # top of the bar's row
    x0: float
    x1: float
    label: str
    label_width: float
    label_inside: bool
    extent_end: float  # right edge of the bar and its label together

    @property
    def bar_top(self) -> float:
        return self.y + (ROW_HEIGHT - BAR_HEIGHT) / 2

    @property
    def centre_x(self) -> float:
        return (self.x0 + self.x1) / 2

    def contains(self, x: float, y: float) -> bool:
        left = self.x0 - MILESTONE_HALF
        return left <= x <= self.extent_end and self.y <= y < self.y + ROW_HEIGHT


@dataclass(slots=True)
class LaneBlock:
    """A lane at one zoom. Its bars' rows are known (so its height is) as soon as it is laid out;
    each bar is moved to its row only when the lane is first looked at, so a zoom step moves the
    bars of the lanes in view, not all 5,000."""

    lane: TimelineLane
    index: int
    y: float
    height: float
    collapsed: bool
    _rows: list[list[PlacedBar]] | None = None
    _packed: tuple[list[PlacedBar], list[int], int] | None = None  # bars, each one's row, row count

    @property
    def rows_top(self) -> float:
        return self.y + LANE_HEADER_HEIGHT

    def hold(self, placed: list[PlacedBar], rows: list[int], count: int) -> None:
        """Keep the lane's bars and the row each was packed into, to move them there when looked at."""
        self._packed, self._rows = (placed, rows, count), None

    @property
    def rows(self) -> list[list[PlacedBar]]:
        """Per packed row, its bars by x."""
        if self._packed is not None:
            placed, rows, count = self._packed
            self._packed = None
            self._rows = built = [[] for _ in range(count)]
            rows_top = self.rows_top
            for item, row in zip(placed, rows, strict=True):
                item.row, item.y = row, rows_top + row * ROW_HEIGHT
                built[row].append(item)
        return self._rows or []

    def placed_in_time_order(self) -> list[PlacedBar]:
        return sorted((p for row in self.rows for p in row), key=lambda p: (p.x0, p.row))


class PlacedByUuid(Mapping[str, PlacedBar]):
    """The bars of a layout's expanded lanes by action UUID, each in its row when looked up."""

    def __init__(self, layout: ChartLayout, placed: dict[str, PlacedBar]) -> None:
        self._layout = layout
        self._placed = placed

    def __getitem__(self, uuid: str) -> PlacedBar:
        placed = self._placed[uuid]
        block = self._layout.lanes[placed.lane_index]
        if block.collapsed:
            raise KeyError(uuid)
        block.rows  # noqa: B018 - moves the lane's bars to their rows
        return placed

    def __iter__(self) -> Iterator[str]:
        lanes = self._layout.lanes
        return (uuid for uuid, placed in self._placed.items() if not lanes[placed.lane_index].collapsed)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _left(placed: PlacedBar) -> float:
    return placed.x0


def _place_bar(bar: BarGeometry, per_day: float) -> PlacedBar:
    """Move ``bar``'s PlacedBar to where ``per_day`` puts it; a bar past the chart's edge (one far
    date, see reach.py) stops there with an arrow."""
    placed, kind = bar.placed, bar.kind
    if kind is BarKind.UNSCHEDULED:
        placed.x0 = placed.x1 = 0.0
        placed.label_inside, placed.extent_end = True, placed.label_width + 2 * INSIDE_PADDING
        return placed
    if kind is BarKind.MILESTONE:
        placed.x0 = placed.x1 = x1 = (bar.start_day + 0.5) * per_day
        inside = False
    else:
        placed.x0, x1 = x0, x1 = (
            bar.start_day * per_day,
            bar.end_day * per_day + (OPEN_END_ARROW if bar.open_end else 0),
        )
        placed.x1 = x1
        inside = placed.label_width + 2 * INSIDE_PADDING <= x1 - x0
    placed.label_inside = inside
    placed.extent_end = x1 if inside else x1 + bar.beside + placed.label_width
    return placed


def label_offset(bar: TimelineBar) -> float:
    """Distance from a bar's end to a label drawn beside it, clearing the milestone and overdue marks."""
    offset = LABEL_GAP + (MILESTONE_HALF if bar.kind is BarKind.MILESTONE else 0)
    return offset + (OVERDUE_BADGE if bar.overdue else 0)


class ChartLayout:
    """Lanes and bars of one ``ChartGeometry`` laid out at ``per_day`` pixels a day."""

    def __init__(self, geometry: ChartGeometry, per_day: float, collapsed: set[str]) -> None:
        data = geometry.data
        self.data = data
        self.scale = TimeScale(data.first_day, per_day)
        self.width = self.scale.x_end(data.last_day) + LABEL_MAX_WIDTH
        self.lanes: list[LaneBlock] = []
        self.by_uuid = PlacedByUuid(self, geometry.placed_by_uuid)
        y = 0.0
        for index, (lane, bars) in enumerate(zip(data.lanes, geometry.lanes, strict=True)):
            block = LaneBlock(lane, index, y, LANE_HEADER_HEIGHT, lane.key in collapsed)
            if not block.collapsed:
                self._place_lane(block, bars, per_day)
            self.lanes.append(block)
            y += block.height
        self.height = y
        self._lane_tops = [block.y for block in self.lanes]

    def _place_lane(self, block: LaneBlock, bars: list[BarGeometry], per_day: float) -> None:
        placed = [_place_bar(bar, per_day) for bar in bars]
        if block.lane.unscheduled:  # listed one per row: there is no time position to pack by
            rows, count = list(range(len(placed))), len(placed)
        else:
            placed.sort(key=_left)  # so each packed row fills from left to right: no sort per row
            rows, count = pack_rows([(p.x0 - MILESTONE_HALF, p.extent_end) for p in placed], gap=LABEL_GAP)
        block.hold(placed, rows, count)
        block.height = LANE_HEADER_HEIGHT + count * ROW_HEIGHT + LANE_PADDING

    # ------------------------------------------------------------ look-ups
    def lanes_between(self, top: float, bottom: float) -> list[LaneBlock]:
        first = max(0, bisect.bisect_right(self._lane_tops, top) - 1)
        last = bisect.bisect_right(self._lane_tops, bottom)
        return self.lanes[first:last]

    def visible_bars(self, left: float, top: float, right: float, bottom: float) -> list[PlacedBar]:
        found = []
        for block in self.lanes_between(top, bottom):
            if block.collapsed or not block.rows:
                continue
            first = max(0, int((top - block.rows_top) // ROW_HEIGHT))
            last = min(len(block.rows), int((bottom - block.rows_top) // ROW_HEIGHT) + 1)
            for row in block.rows[first:last]:
                if block.lane.unscheduled:
                    found.extend(row)
                    continue
                found.extend(p for p in row if p.extent_end >= left and p.x0 - MILESTONE_HALF <= right)
        return found

    def lane_at(self, y: float) -> LaneBlock | None:
        index = bisect.bisect_right(self._lane_tops, y) - 1
        if 0 <= index < len(self.lanes) and y < self.lanes[index].y + self.lanes[index].height:
            return self.lanes[index]
        return None

    def header_at(self, y: float, view_top: float) -> LaneBlock | None:
        """The lane whose header is at ``y``, counting the header pinned at the top of the view."""
        block = self.lane_at(y)
        if block is None:
            return None
        pinned_y = min(view_top, block.y + block.height - LANE_HEADER_HEIGHT) if block.y < view_top else block.y
        return block if pinned_y <= y < pinned_y + LANE_HEADER_HEIGHT else None

    def bar_at(self, x: float, y: float) -> PlacedBar | None:
        block = self.lane_at(y)
        if block is None or block.collapsed or y < block.rows_top:
            return None
        row = int((y - block.rows_top) // ROW_HEIGHT)
        if not 0 <= row < len(block.rows):
            return None
        if block.lane.unscheduled:  # listed rows: the whole row is the item
            return block.rows[row][0] if block.rows[row] else None
        return next((p for p in block.rows[row] if p.contains(x, y)), None)

    def focus_order(self) -> list[tuple[LaneBlock, PlacedBar | None]]:
        """Lane headers and the bars of expanded lanes, in the order arrow keys walk them."""
        order: list[tuple[LaneBlock, PlacedBar | None]] = []
        for block in self.lanes:
            order.append((block, None))
            order.extend((block, placed) for placed in block.placed_in_time_order())
        return order
