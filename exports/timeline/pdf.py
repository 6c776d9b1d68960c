"""The timeline on paper: a Gantt chart tiled across landscape pages, drawn with reportlab (no Qt).

Public API (stable; the PDF report pack calls it for its timeline section):

``timeline_flowables(data, page_width, page_height, *, min_month_width=24.0) -> list[Flowable]``
    ``data`` is ``app.timeline.rows.TimelineData`` (``app.timeline.rows.load_timeline(db, plan_uuid, group_by,
    today, include)``). ``page_width`` and ``page_height`` are the space available in the frame
    (e.g. ``doc.width, doc.height``), in points. Returns one ``TimelinePage`` flowable per tile,
    with ``PageBreak`` between them; each tile is at most ``page_width`` x ``page_height``.
    Rows (one per action, under its lane header) that do not fit one page continue on the next,
    with the lane label repeated ("(continued)"); a plan period wider than the page at
    ``min_month_width`` points a month is split into equal time slices, each on its own page with
    the lane and action labels repeated. Text is set in the report's embedded font.

``write_timeline_pdf(path, data, pagesize=landscape(A4), *, margin=28.0, collapsed=()) -> int``
    Writes a stand-alone PDF of the timeline and returns its page count.

Each page shows: title and part number, financial-year / quarter / month axis, plan period
shading, today line, meeting markers, bars (fill colour plus a status pattern, and a legend, so
colour is never the only signal), overdue "!" marks, and the Unscheduled lane listing its
timescale text.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from os import PathLike

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from exports.common.pdf_fonts import BOLD, REGULAR, register_fonts
from exports.common.pdf_text import fit_line, plain
from exports.timeline.draw import PageGeometry, draw_page
from models.snapshots.time_axis import TimeScale, month_segments
from models.snapshots.timeline import TimelineBar, TimelineData, TimelineLane

__all__ = ["TimelinePage", "timeline_flowables", "write_timeline_pdf"]

TITLE_HEIGHT = 16.0
TITLE_FONT_SIZE = 9
AXIS_HEIGHT = 36.0  # three 10 pt bands and the meeting marker strip
LEGEND_HEIGHT = 26.0
ROW_HEIGHT = 11.0
LANE_ROW_HEIGHT = 13.0
MAX_LABEL_COLUMN = 230.0


@dataclass(frozen=True, slots=True)
class PageRow:
    """One printed row: a lane header (``bar`` None) or one action."""

    lane: TimelineLane
    bar: TimelineBar | None
    continued: bool = False

    @property
    def height(self) -> float:
        return LANE_ROW_HEIGHT if self.bar is None else ROW_HEIGHT


class TimelinePage(Flowable):
    """One tile of the chart: some rows over one time slice."""

    def __init__(
        self,
        data: TimelineData,
        rows: list[PageRow],
        first_day: date,
        last_day: date,
        width: float,
        height: float,
        part: str,
        fonts: tuple[str, str],
    ) -> None:
        super().__init__()
        self.data, self.rows, self.part, self.fonts = data, rows, part, fonts
        self.first_day, self.last_day = first_day, last_day
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        label_width = min(MAX_LABEL_COLUMN, self.width * 0.32)
        chart_width = self.width - label_width
        days = (self.last_day - self.first_day).days + 1
        geometry = PageGeometry(
            width=self.width,
            height=self.height,
            label_width=label_width,
            chart_width=chart_width,
            scale=TimeScale(self.first_day, chart_width / days),
            first_day=self.first_day,
            last_day=self.last_day,
            title_height=TITLE_HEIGHT,
            axis_height=AXIS_HEIGHT,
            legend_height=LEGEND_HEIGHT,
            font=self.fonts[0],
            bold_font=self.fonts[1],
        )
        # The part and its months must survive on every tile; a long plan title gives way instead.
        suffix = f" — timeline by {self.data.group_by.value} — {self.part}"
        room = self.width - stringWidth(suffix, BOLD, TITLE_FONT_SIZE)
        title = fit_line(plain(self.data.plan_title), BOLD, TITLE_FONT_SIZE, room) + suffix
        draw_page(self.canv, geometry, self.data, [(row.lane, row.bar, row.continued) for row in self.rows], title)


def timeline_flowables(
    data: TimelineData,
    page_width: float,
    page_height: float,
    *,
    min_month_width: float = 24.0,
    first_page_height: float | None = None,
    collapsed: Collection[str] = (),
) -> list[Flowable]:
    """The chart as page-sized tiles (see the module docstring).

    ``first_page_height`` is the room left on the page the chart starts on (under a heading).
    Lanes whose key is in ``collapsed`` print their header and count only, as on screen.
    """
    register_fonts()
    slices = _time_slices(data, page_width - min(MAX_LABEL_COLUMN, page_width * 0.32), min_month_width)
    furniture = TITLE_HEIGHT + AXIS_HEIGHT + LEGEND_HEIGHT + 4
    first_height = page_height if first_page_height is None else min(first_page_height, page_height)
    chunks = _row_chunks(data, first_height - furniture, page_height - furniture, frozenset(collapsed))
    flowables: list[Flowable] = []
    total = len(chunks) * len(slices)
    for chunk_index, rows in enumerate(chunks):
        used = sum(row.height for row in rows)
        height = min(page_height, furniture + used)
        for slice_index, (first, last) in enumerate(slices):
            number = chunk_index * len(slices) + slice_index + 1
            part = f"part {number} of {total} ({first:%b %Y} to {last:%b %Y})"
            if flowables:
                flowables.append(PageBreak())
            flowables.append(TimelinePage(data, rows, first, last, page_width, height, part, (REGULAR, BOLD)))
    return flowables


def write_timeline_pdf(
    path: str | PathLike[str],
    data: TimelineData,
    pagesize: tuple[float, float] = landscape(A4),
    *,
    margin: float = 28.0,
    collapsed: Collection[str] = (),
) -> int:
    """Write the timeline as a stand-alone PDF; returns the number of pages."""
    document = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{data.plan_title} — timeline",
        author="Delivery Desk",
        creator="Delivery Desk",
    )
    # platypus needs a little slack below the frame height or a full tile is pushed off the page
    flowables = timeline_flowables(data, document.width, document.height - 14, collapsed=collapsed)
    document.build(flowables)
    return document.page


def _time_slices(data: TimelineData, chart_width: float, min_month_width: float) -> list[tuple[date, date]]:
    """Equal runs of whole months, each at least ``min_month_width`` points a month."""
    months = month_segments(data.first_day, data.last_day)
    per_page = max(1, int(chart_width // min_month_width))
    pages = math.ceil(len(months) / per_page)
    size = math.ceil(len(months) / pages)
    return [
        (months[i].start, months[min(i + size, len(months)) - 1].end - timedelta(days=1))
        for i in range(0, len(months), size)
    ]


def _row_chunks(data: TimelineData, first_space: float, space: float, collapsed: frozenset[str]) -> list[list[PageRow]]:
    """Rows split into pages; a lane that runs over a page starts the next with its label again.

    The first page has ``first_space`` for rows; every later page has ``space``.
    """
    chunks: list[list[PageRow]] = [[]]
    used = space - first_space
    for lane in data.lanes:
        header = PageRow(lane, None)
        if used + header.height + ROW_HEIGHT > space and chunks[-1]:  # never strand a header at the foot
            chunks.append([])
            used = 0.0
        chunks[-1].append(header)
        used += header.height
        for bar in () if lane.key in collapsed else lane.bars:
            if used + ROW_HEIGHT > space:
                chunks.append([PageRow(lane, None, continued=True)])
                used = LANE_ROW_HEIGHT
            chunks[-1].append(PageRow(lane, bar))
            used += ROW_HEIGHT
    return [chunk for chunk in chunks if chunk] or [[]]
