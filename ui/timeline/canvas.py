"""The custom-painted timeline view: scrolls, zooms, selects, reschedules by dragging a bar's end.

Painting asks the layout for what is inside the viewport only, so a 5,000-action plan costs no
more per frame than a small one. The view holds no database access: it is given TimelineData and
reports what the user did through signals (the widget turns those into app commands).
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from app.timeline.rows import BarKind, TimelineData
from ui.timeline.colours import colours_for
from ui.timeline.focus import focus_step
from ui.timeline.geometry import ChartGeometry
from ui.timeline.layout import LABEL_MAX_WIDTH, ChartLayout, LaneBlock, PlacedBar
from ui.timeline.painter import Highlight, Viewport, axis_height, paint_chart, render_chart
from ui.timeline.reach import within_reach

MAX_PER_DAY = 40.0  # a week is 280 px: the closest zoom anyone needs for a plan
ZOOM_STEP = 1.5
DRAG_HANDLE = 6
MONTH_SNAP_ZOOM = 3.0  # below this many pixels a day, a dragged due date snaps to a month end
NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)


class TimelineCanvas(QAbstractScrollArea):
    bar_selected = Signal(str)  # clicked or reached with the arrow keys
    bar_activated = Signal(str)  # Enter or double-click: open the action
    reschedule_requested = Signal(str, object)  # action uuid, new due date
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.data: TimelineData | None = None
        self.layout_: ChartLayout | None = None
        self.per_day = 0.0
        self.collapsed: set[str] = set()
        self.selected: frozenset[str] = frozenset()
        self._focus: tuple[str, str | None] | None = None  # (lane key, bar uuid or None for the header)
        self.geometry: ChartGeometry | None = None  # what stays the same whatever the zoom
        self._drag: tuple[str, float] | None = None  # uuid, current x in chart coordinates

    # ----------------------------------------------------------------- data
    def set_data(self, data: TimelineData | None) -> None:
        self.data = within_reach(data) if data is not None else None
        if data is not None and self.per_day <= 0:
            self.per_day = self.fit_per_day()
        self._relayout()

    def fit_per_day(self) -> float:
        """The zoom that shows the whole chart in the viewport's width."""
        if self.data is None:
            return 1.0
        days = (self.data.last_day - self.data.first_day).days + 1
        # Nearly all the width: a little room for the last bars' labels, the rest by scrolling.
        view = self.viewport().width()
        width = max(200, view - min(LABEL_MAX_WIDTH, view // 8))
        return min(MAX_PER_DAY, width / days)

    def _relayout(self, anchor: tuple[float, float] | None = None) -> None:
        """Lay the chart out again; ``anchor`` (x in the view, days from the origin) stays where it was."""
        if self.data is None:
            self.geometry = self.layout_ = None
        else:
            if self.geometry is None or self.geometry.data is not self.data:
                self.geometry = ChartGeometry(self.data, self.font())
            self.layout_ = ChartLayout(self.geometry, self.per_day, self.collapsed)
        self._update_scrollbars()
        if anchor is not None and self.layout_ is not None:
            x_in_view, days = anchor
            self.horizontalScrollBar().setValue(round(days * self.per_day - x_in_view))
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        view = self._view()
        layout = self.layout_
        width, height = (layout.width, layout.height) if layout else (0, 0)
        for bar, total, page in (
            (self.horizontalScrollBar(), width, view.width),
            (self.verticalScrollBar(), height, view.height),
        ):
            bar.setRange(0, max(0, round(total - page)))
            bar.setPageStep(max(1, round(page)))
            bar.setSingleStep(24)

    def _view(self) -> Viewport:
        axis = axis_height(self.per_day or 1)
        size = self.viewport().size()
        return Viewport(
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            max(1, size.width()),
            max(1, size.height() - axis),
        )

    # ----------------------------------------------------------------- zoom
    def set_zoom(self, per_day: float, anchor_widget_x: float | None = None) -> None:
        """Zoom, keeping in place the point at ``anchor_widget_x`` (the mouse), else ``zoom_anchor()``'s."""
        if self.data is None:
            return
        per_day = max(min(self.fit_per_day(), MAX_PER_DAY), min(MAX_PER_DAY, per_day))
        anchor = None
        if self.layout_ is not None:
            if anchor_widget_x is None:
                anchor = self.zoom_anchor()
            else:  # in days, to the fraction: at 40 px a day, whole days would shift it by up to 40 px
                anchor = (anchor_widget_x, (self._view().left + anchor_widget_x) / self.per_day)
        self.per_day = per_day
        self._relayout(anchor)
        self.zoom_changed.emit(per_day)

    def zoom_anchor(self) -> tuple[float, float]:
        """What keyboard zoom keeps still, as (x in the view, days from the origin).

        The focused bar's middle, where it is shown; else the middle of what is shown, kept in the
        view's middle (even when the chart ends short of the view's right edge, so zooming in from
        Fit does not jump towards the end)."""
        view, scale = self._view(), self.layout_.scale
        placed = self.focused_bar()
        if placed is not None and placed.bar.kind is not BarKind.UNSCHEDULED:
            # The middle of as much of the bar as is shown (a long bar may run off either edge).
            middle = (max(placed.x0, view.left) + min(placed.x1, view.left + view.width)) / 2
            if placed.x1 >= view.left and placed.x0 <= view.left + view.width:
                return middle - view.left, middle / self.per_day
        shown_right = min(view.left + view.width, scale.x_end(self.data.last_day))
        return view.width / 2, (view.left + shown_right) / 2 / self.per_day

    def zoom_in(self) -> None:
        self.set_zoom(self.per_day * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.per_day / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        self.set_zoom(self.fit_per_day())

    # ------------------------------------------------------------ selection
    def set_selected(self, uuids: list[str]) -> None:
        """Show the window's selection; scrolls the first selected bar into view. Emits nothing."""
        self.selected = frozenset(uuids)
        if self.layout_ and uuids and (placed := self.layout_.by_uuid.get(uuids[0])):
            self._focus = (self.layout_.lanes[placed.lane_index].lane.key, placed.bar.uuid)
            self._announce(placed.bar.describe())
            self.ensure_visible(placed)
        self.viewport().update()

    def ensure_visible(self, placed: PlacedBar) -> None:
        view = self._view()
        x = view.left if placed.bar.kind is BarKind.UNSCHEDULED else placed.x0
        if not view.left <= x <= view.left + view.width - 40:
            self.horizontalScrollBar().setValue(round(x - 40))
        if not view.top <= placed.y <= view.top + view.height - 24:
            self.verticalScrollBar().setValue(round(placed.y - view.height / 3))

    def focused_bar(self) -> PlacedBar | None:
        if self._focus and self._focus[1] and self.layout_:
            return self.layout_.by_uuid.get(self._focus[1])
        return None

    def _announce(self, text: str) -> None:
        self.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def _choose(self, lane_key: str, placed: PlacedBar | None) -> None:
        self._focus = (lane_key, placed.bar.uuid if placed else None)
        if placed is not None:
            self._announce(placed.bar.describe())
            self.ensure_visible(placed)
            self.selected = frozenset([placed.bar.uuid])
            self.bar_selected.emit(placed.bar.uuid)
        elif self.layout_:
            block = next(b for b in self.layout_.lanes if b.lane.key == lane_key)
            state = "collapsed" if block.collapsed else "expanded"
            self._announce(f"Lane {block.lane.title}, {state}")
            self.verticalScrollBar().setValue(min(self.verticalScrollBar().value(), round(block.y)))
        self.viewport().update()

    # ---------------------------------------------------------------- lanes
    def toggle_lane(self, key: str) -> None:
        self.collapsed ^= {key}
        self._relayout()

    def set_all_collapsed(self, collapsed: bool) -> None:
        self.collapsed = {lane.key for lane in self.data.lanes} if collapsed and self.data else set()
        self._relayout()

    # ------------------------------------------------------------ rendering
    def render_image(self) -> QImage:
        """The whole chart at the current zoom, grouping, filter and collapsed lanes."""
        if self.layout_ is None:
            raise ValueError("There is no timeline to export: open a plan first.")
        return render_chart(self.layout_, self.font(), self.selected)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        colours = colours_for(self.palette())
        painter.fillRect(self.viewport().rect(), colours.background)
        painter.setPen(colours.ink)
        if self.layout_ is None:
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, "Open a plan to see its timeline.")
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focus_lane = None
        if self._focus and self._focus[1] is None:
            focus_lane = next((b.index for b in self.layout_.lanes if b.lane.key == self._focus[0]), None)
        marks = Highlight(
            selected=self.selected,
            focus_uuid=self._focus[1] if self._focus and self.hasFocus() else None,
            focus_lane=focus_lane,
            drag_uuid=self._drag[0] if self._drag else None,
            drag_x=self._drag[1] if self._drag else None,
            drag_text=self._drag_text(),
        )
        paint_chart(painter, self.layout_, self._view(), self.font(), marks, colours)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.data is not None and self.per_day < self.fit_per_day():
            self.per_day = self.fit_per_day()
            self._relayout()
        else:
            self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    # ---------------------------------------------------------------- input
    def chart_point(self, pos: QPoint | QPointF) -> tuple[float, float]:
        view = self._view()
        return pos.x() + view.left, pos.y() - axis_height(self.per_day) + view.top

    def widget_point(self, x: float, y: float) -> QPoint:
        """The viewport point showing chart point (x, y) (tests click through this)."""
        view = self._view()
        return QPoint(round(x - view.left), round(y + axis_height(self.per_day) - view.top))

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.per_day * step, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.layout_ is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        x, y = self.chart_point(event.position())
        if (block := self._header_at(y)) is not None:
            self._focus = (block.lane.key, None)
            self.toggle_lane(block.lane.key)
            return None
        placed = self.layout_.bar_at(x, y)
        if placed is None:
            return None
        self._choose(self.layout_.lanes[placed.lane_index].lane.key, placed)
        if placed.bar.draggable and self._on_handle(placed, x):
            self._drag = (placed.bar.uuid, x)
        return None

    def _header_at(self, y: float) -> LaneBlock | None:
        return self.layout_.header_at(y, self._view().top) if self.layout_ else None

    def _on_handle(self, placed: PlacedBar, x: float) -> bool:
        if placed.bar.kind is BarKind.MILESTONE:
            return abs(x - placed.x1) <= DRAG_HANDLE + 2
        return abs(x - placed.x1) <= DRAG_HANDLE

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.layout_ is None:
            return
        x, y = self.chart_point(event.position())
        if self._drag:
            self._drag = (self._drag[0], x)
            self.viewport().update()
            return
        placed = self.layout_.bar_at(x, y)
        over_handle = placed is not None and placed.bar.draggable and self._on_handle(placed, x)
        self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if over_handle else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._drag or self.layout_ is None:
            return super().mouseReleaseEvent(event)
        uuid, _x = self._drag
        new_due = self._dragged_due()
        self._drag = None
        self.viewport().update()
        placed = self.layout_.by_uuid.get(uuid)
        if placed is not None and new_due is not None and new_due != placed.bar.due:
            self.reschedule_requested.emit(uuid, new_due)
        return None

    def _dragged_due(self) -> date | None:
        if not self._drag or self.layout_ is None or (placed := self.layout_.by_uuid.get(self._drag[0])) is None:
            return None
        scale, bar = self.layout_.scale, placed.bar
        x = self._drag[1] if bar.kind is BarKind.MILESTONE else self._drag[1] - scale.per_day / 2
        day = scale.day_at(x)
        if scale.per_day < MONTH_SNAP_ZOOM:  # a pixel is days here: a month end is what people mean
            day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if bar.kind is BarKind.RANGE and bar.start is not None:
            day = max(day, bar.start)
        return day

    def _drag_text(self) -> str:
        due = self._dragged_due()
        return f"Due {due.day} {due:%b %Y}" if due else ""

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.layout_ and (placed := self.layout_.bar_at(*self.chart_point(event.position()))):
            self.bar_activated.emit(placed.bar.uuid)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.layout_ is not None:
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event) -> None:
        pos = self.viewport().mapFrom(self, event.pos())
        x, y = self.chart_point(pos)
        text = ""
        if pos.y() < axis_height(self.per_day):
            day = self.layout_.scale.day_at(x)
            near = [m for m in self.layout_.data.meetings if abs((m.date - day).days) * self.per_day <= 6]
            text = "\n".join(f"{m.date:%d %b %Y}: {m.body} — {m.title}" for m in near)
        elif block := self._header_at(y):
            text = f"{block.lane.title} — click to collapse or expand"
        elif placed := self.layout_.bar_at(x, y):
            text = placed.bar.describe().replace(". ", ".\n")
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in NAVIGATION_KEYS:
            self._move_focus(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focus:
            if self._focus[1] is None:
                self.toggle_lane(self._focus[0])
            elif key != Qt.Key.Key_Space:
                self.bar_activated.emit(self._focus[1])
        else:
            super().keyPressEvent(event)

    def _move_focus(self, key: int) -> None:
        if self.layout_ is None or not self.layout_.lanes:
            return
        order = self.layout_.focus_order()
        keys = [(block.lane.key, placed.bar.uuid if placed else None) for block, placed in order]
        step = focus_step(keys, self._focus, key, self.collapsed)
        if step is None:
            return
        if step[0] == "toggle":
            self.toggle_lane(step[1])
            return
        block, placed = order[step[1]]
        self._choose(block.lane.key, placed)
