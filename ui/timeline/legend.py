"""The key under the timeline: each status's colour AND fill pattern, and the chart's symbols."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.timeline.rows import STATUS_PATTERNS
from models.status import Status
from ui.timeline.painter import MEETING, TODAY, fill_pattern, paint_overdue_badge

STATUS_VALUES = {status.value for status in Status}
SWATCH = 14
GAP = 16


class TimelineLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline key")
        entries = [f"{status.label}: {STATUS_PATTERNS[status]} fill" for status in Status]
        self.setAccessibleDescription(
            "; ".join(entries) + "; diamond: milestone; arrow end: ongoing; ticks: recurring; "
            "red exclamation disc: overdue; red dashed line: today; slate dash-dot line: meeting."
        )
        self.setMinimumHeight(SWATCH * 2 + 10)

    def _items(self) -> list[tuple[str, str]]:
        return [(status.value, status.value) for status in Status] + [
            ("milestone", "Milestone"),
            ("ongoing", "Ongoing"),
            ("recurring", "Recurring"),
            ("overdue", "Overdue"),
            ("today", "Today"),
            ("meeting", "Meeting"),
        ]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, SWATCH + 12)  # the key wraps onto more lines rather than widen the window

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = QFontMetricsF(self.font())
        width = sum(SWATCH + 6 + metrics.horizontalAdvance(text) + GAP for _key, text in self._items())
        return QSize(round(width), SWATCH + 12)

    def _placed(self, width: float) -> list[tuple[str, str, float, float, float]]:
        """(key, text, x, y, width) of each entry, wrapped onto as many lines as ``width`` needs."""
        metrics = QFontMetricsF(self.font())
        placed, x, y = [], 6.0, 6.0
        for key, text in self._items():
            needed = SWATCH + 6 + metrics.horizontalAdvance(text) + GAP
            if x + needed > width and x > 6:
                x, y = 6.0, y + SWATCH + 6
            placed.append((key, text, x, y, needed))
            x += needed
        return placed

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # A narrow window (or 200% scaling) wraps the key onto more lines: ask the layout for them.
        super().resizeEvent(event)
        last_line = max(y for *_rest, y, _w in self._placed(self.width()))
        self.setMinimumHeight(round(last_line + SWATCH + 6))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for key, text, x, y, needed in self._placed(self.width()):
            self._draw_symbol(painter, key, QRectF(x, y, SWATCH, SWATCH))
            painter.setPen(self._ink())
            painter.drawText(QRectF(x + SWATCH + 6, y - 2, needed, SWATCH + 4), Qt.AlignmentFlag.AlignVCenter, text)

    def _ink(self) -> QColor:
        """The window's text colour: the key sits on the window, which may be dark."""
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _draw_symbol(self, painter: QPainter, key: str, rect: QRectF) -> None:
        path = QPainterPath()
        centre = rect.center()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if key in STATUS_VALUES:
            status = Status(key)
            path.addRect(rect)
            fill_pattern(painter, path, STATUS_PATTERNS[status], QColor(status.colour))
            painter.setPen(QPen(QColor(status.colour).darker(140), 1))
            painter.drawPath(path)
        elif key == "milestone":
            half = rect.width() / 2
            polygon = [centre + QPointF(0, -half), centre + QPointF(half, 0), centre + QPointF(0, half)]
            path.addPolygon(QPolygonF([*polygon, centre + QPointF(-half, 0)]))
            painter.setPen(QPen(self._ink(), 1))
            painter.drawPath(path)
        elif key == "ongoing":
            painter.setPen(QPen(self._ink(), 1))
            arrow = [
                rect.topLeft(),
                QPointF(rect.right() - 5, rect.top()),
                QPointF(rect.right(), centre.y()),
                QPointF(rect.right() - 5, rect.bottom()),
                rect.bottomLeft(),
            ]
            painter.drawPolygon(QPolygonF(arrow))
        elif key == "recurring":
            painter.setPen(QPen(self._ink(), 2))
            for dx in (2, 7, 12):
                painter.drawLine(QPointF(rect.left() + dx, rect.top()), QPointF(rect.left() + dx, rect.bottom()))
        elif key == "overdue":
            paint_overdue_badge(painter, QPointF(centre.x(), rect.top() + 1))
        else:
            painter.setPen(QPen(TODAY if key == "today" else MEETING, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(centre.x(), rect.top()), QPointF(centre.x(), rect.bottom()))
