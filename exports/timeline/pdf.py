"""The timeline on paper: a Gantt chart tiled across landscape pages, drawn with reportlab (no Qt).

Public API (stable; the PDF report pack calls it for its timeline section):

``timeline_flowables(data, page_width, page_height, *, min_month_width=24.0) -> list[Flowable]``
    ``data`` is ``app.timeline.rows.TimelineData`` (``app.timeline.rows.load_timeline(db, plan_uuid, group_by,
    today, include)``). ``page_width`` and ``page_height`` are the space available in the frame
    (e.g. ``doc.width, doc.height``), in points. Returns one ``TimelinePage`` flowable per tile,
    with ``PageBreak`` between them; each tile is at most ``page_width`` x ``page_height``.
    Rows (one per action, under its lane header) that do not fit one page continue on the next;
    a lane that fits on a page is moved whole to the next page rather than split, and only a
    lane longer than a page repeats its label ("(continued)"). A plan period wider than the page
    at ``min_month_width`` points a month is split into equal time slices, each on its own page
    with the lane and action labels repeated; the Unscheduled lane, having no place in time, is
    printed with the first slice only. Text is set in the report's embedded font, 7 pt
    or larger.

``write_timeline_pdf(path, data, pagesize=landscape(A4), *, margin=28.0, collapsed=()) -> int``
    Writes a stand-alone PDF of the timeline and returns its page count.

The chart spans the plan period (whole months), not every date in the plan: one action revised
to a date years away would otherwise stretch the axis and double the pages. A bar or milestone
outside the period ends in an arrow at the chart's edge, and a note under the chart gives its
date. Each page shows: title and part number (wrapped, never cut), financial-year / quarter /
month axis, today line, meeting markers, bars (fill colour plus a status pattern, and a legend,
so colour is never the only signal), overdue "!" marks, and the Unscheduled lane listing its
timescale text.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from os import PathLike

from dateutil.relativedelta import relativedelta
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from exports.common.pdf_fonts import BOLD, REGULAR, register_fonts
from exports.common.pdf_text import fit_line, plain
from exports.timeline.draw import (
    EDGE_PAD_LEFT,
    EDGE_PAD_RIGHT,
    NOTE_LINE,
    TITLE_FONT_SIZE,
    TITLE_LINE,
    PageGeometry,
    draw_page,
)
from models.snapshots.time_axis import TimeScale, month_segments
from models.snapshots.timeline import BarKind, TimelineBar, TimelineData, TimelineLane

__all__ = ["TimelinePage", "chart_span", "outside_note", "timeline_flowables", "write_timeline_pdf"]

AXIS_HEIGHT = 36.0  # three 10 pt bands and the meeting marker strip
LEGEND_HEIGHT = 28.0
ROW_HEIGHT = 11.0
LANE_ROW_HEIGHT = 13.0
MAX_LABEL_COLUMN = 230.0
MAX_TITLE_LINES = 3
Span = tuple[date, date]
# A lane is not begun at a page's foot with fewer of its actions than this under the label.
ORPHAN_ROWS = 3


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
        title: list[str],
        fonts: tuple[str, str],
        notes: list[str] = (),
        span: tuple[date, date] | None = None,
        title_height: float | None = None,
    ) -> None:
        super().__init__()
        self.span = span or (first_day, last_day)
        self.title_height = title_height or _title_height(title)
        self.data, self.rows, self.title, self.fonts = data, rows, title, fonts
        self.notes = list(notes)
        self.first_day, self.last_day = first_day, last_day
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        label_width = _label_width(self.width)
        chart_width = self.width - label_width
        days = (self.last_day - self.first_day).days + 1
        geometry = PageGeometry(
            width=self.width,
            height=self.height,
            label_width=label_width,
            chart_width=chart_width,
            # the edge pads keep a milestone, an arrow end or an overdue mark at the period's edge whole
            scale=TimeScale(self.first_day, (chart_width - EDGE_PAD_LEFT - EDGE_PAD_RIGHT) / days),
            first_day=self.first_day,
            last_day=self.last_day,
            period_first=self.span[0],
            period_last=self.span[1],
            title_height=self.title_height,
            axis_height=AXIS_HEIGHT,
            legend_height=LEGEND_HEIGHT,
            font=self.fonts[0],
            bold_font=self.fonts[1],
        )
        rows = [(row.lane, row.bar, row.continued) for row in self.rows]
        draw_page(self.canv, geometry, self.data, rows, self.title, self.notes)


def chart_span(data: TimelineData) -> tuple[date, date]:
    """The days the printed chart shows: the plan period, in whole months."""
    first = data.period_start.replace(day=1)
    last = data.period_end.replace(day=1) + relativedelta(months=1) - timedelta(days=1)
    return first, last


def outside_note(bar: TimelineBar, first: date, last: date) -> str | None:
    """A line saying where a bar that runs outside the chart really is; None when it fits."""
    if bar.kind is BarKind.UNSCHEDULED or bar.start is None or bar.end is None:
        return None
    if first <= bar.start and bar.end <= last:
        return None
    when = bar.when_text()
    return plain(f"{bar.ref}: {when}")


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
    first_day, last_day = chart_span(data)
    slices = _time_slices(first_day, last_day, page_width - _label_width(page_width), min_month_width)
    # The page count is known only after the rows are split, so the title's room is measured with
    # a part label at least as long as any real one; every tile then reserves the same room.
    sample = _title_lines(data, page_width, _part(len(slices) * 9, len(slices) * 9, first_day, last_day))
    title_height = _title_height(sample)
    furniture = title_height + AXIS_HEIGHT + LEGEND_HEIGHT + 4
    first_height = page_height if first_page_height is None else min(first_page_height, page_height)

    def note_of(bar: TimelineBar) -> str | None:
        return outside_note(bar, first_day, last_day)

    chunks = _row_chunks(data, first_height - furniture, page_height - furniture, frozenset(collapsed), note_of)
    tiles: list[tuple[list[PageRow], Span]] = []
    for rows in chunks:
        for slice_index, time_slice in enumerate(slices):
            # The Unscheduled lane has no place in time: it is printed once, with the first slice.
            shown = rows if slice_index == 0 else [row for row in rows if not row.lane.unscheduled]
            if shown or not tiles:
                tiles.append((shown, time_slice))
    flowables: list[Flowable] = []
    for number, (rows, (first, last)) in enumerate(tiles, start=1):
        notes = [note for row in rows if row.bar is not None and (note := note_of(row.bar))]
        used = sum(row.height for row in rows) + _notes_height(len(notes))
        height = min(page_height, furniture + used)
        title = _title_lines(data, page_width, _part(number, len(tiles), first, last))
        page = TimelinePage(
            data,
            rows,
            first,
            last,
            page_width,
            height,
            title,
            (REGULAR, BOLD),
            notes,
            (first_day, last_day),
            title_height,
        )
        flowables += [PageBreak(), page] if flowables else [page]
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
        lang="en-GB",
    )
    # platypus needs a little slack below the frame height or a full tile is pushed off the page
    flowables = timeline_flowables(data, document.width, document.height - 14, collapsed=collapsed)
    document.build(flowables)
    return document.page


def _label_width(page_width: float) -> float:
    return min(MAX_LABEL_COLUMN, page_width * 0.32)


def _part(number: int, total: int, first: date, last: date) -> str:
    return f"part {number} of {total} ({first:%b %Y} to {last:%b %Y})"


def _title_lines(data: TimelineData, width: float, part: str) -> list[str]:
    """The plan title and the part, on one line when they fit, else wrapped: never cut off mid-word.

    Only a title longer than three full lines is shortened, with an ellipsis on its last line.
    """
    suffix = f"timeline by {data.group_by.value} — {part}"
    title = " ".join(plain(data.plan_title).split())
    one_line = f"{title} — {suffix}" if title else suffix
    if stringWidth(one_line, BOLD, TITLE_FONT_SIZE) <= width:
        return [one_line]
    lines = simpleSplit(title, BOLD, TITLE_FONT_SIZE, width)
    if len(lines) >= MAX_TITLE_LINES:
        rest = " ".join(lines[MAX_TITLE_LINES - 2 :])
        lines = [*lines[: MAX_TITLE_LINES - 2], fit_line(rest, BOLD, TITLE_FONT_SIZE, width)]
    return [*lines, fit_line(suffix, BOLD, TITLE_FONT_SIZE, width)]


def _title_height(lines: list[str]) -> float:
    return len(lines) * TITLE_LINE + 5


def _notes_height(count: int) -> float:
    """A heading line and one line per note, or nothing when every bar fits the chart."""
    return (count + 1) * NOTE_LINE + 2 if count else 0.0


def _time_slices(first_day: date, last_day: date, chart_width: float, min_month_width: float) -> list[Span]:
    """Equal runs of whole months, each at least ``min_month_width`` points a month."""
    months = month_segments(first_day, last_day)
    per_page = max(1, int((chart_width - EDGE_PAD_LEFT - EDGE_PAD_RIGHT) // min_month_width))
    pages = math.ceil(len(months) / per_page)
    size = math.ceil(len(months) / pages)
    return [
        (months[i].start, months[min(i + size, len(months)) - 1].end - timedelta(days=1))
        for i in range(0, len(months), size)
    ]


def _row_chunks(data, first_space: float, space: float, collapsed: frozenset[str], note_of) -> list[list[PageRow]]:
    """Rows split into pages (the first has ``first_space`` for rows, later ones ``space``).

    A lane starts on this page only if at least ``ORPHAN_ROWS`` of its actions (or all of them)
    fit under its label; otherwise it starts the next page. A lane that runs over a page repeats
    its label there, marked "(continued)". A bar outside the chart costs a note line as well.
    """
    chunks: list[list[PageRow]] = [[]]
    used = space - first_space
    notes = 0

    def cost(bar: TimelineBar, notes_so_far: int) -> float:
        if note_of(bar) is None:
            return ROW_HEIGHT
        return ROW_HEIGHT + NOTE_LINE + (NOTE_LINE + 2 if notes_so_far == 0 else 0)

    for lane in data.lanes:
        bars = () if lane.key in collapsed else lane.bars
        header = PageRow(lane, None)
        leading, counted = header.height, notes
        for bar in bars[:ORPHAN_ROWS]:
            leading += cost(bar, counted)
            counted += note_of(bar) is not None
        if chunks[-1] and used + leading > space:
            chunks.append([])
            used, notes = 0.0, 0
        chunks[-1].append(header)
        used += header.height
        for bar in bars:
            if used + cost(bar, notes) > space:
                chunks.append([PageRow(lane, None, continued=True)])
                used, notes = LANE_ROW_HEIGHT, 0
            chunks[-1].append(PageRow(lane, bar))
            used += cost(bar, notes)
            notes += note_of(bar) is not None
    return [chunk for chunk in chunks if chunk] or [[]]
