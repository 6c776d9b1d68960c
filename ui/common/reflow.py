"""A row of controls that stacks into more lines when its pane is too narrow for one.

The filter bar's choices sit side by side on a wide screen; at 200% scaling on a 1366×768
laptop (683 logical pixels) they wrap onto two or more lines instead of setting a minimum
width wider than the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QWidget


def cell(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    """Widgets that belong together (a caption and its combo) kept on one line as one cell."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        stretch = 1 if stretch_last and n == len(widgets) - 1 and not isinstance(widget, QLabel) else 0
        layout.addWidget(widget, stretch)
    return holder


class ReflowRow(QWidget):
    """Cells laid out in as many columns as fit the width; never narrower than the widest cell."""

    def __init__(self, cells: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = list(cells)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # The grid must not impose the one-line width as this widget's minimum; minimumSizeHint says it.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        self._place(len(self.cells))

    def _widths(self) -> list[int]:
        return [c.minimumSizeHint().width() if not c.isHidden() else 0 for c in self.cells]

    def _columns_for(self, width: int) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        widths = self._widths()
        for columns in range(len(self.cells), 1, -1):
            # Each grid column is as wide as its widest cell.
            needed = sum(max(widths[c::columns]) for c in range(columns)) + spacing * (columns - 1)
            if needed <= width:
                return columns
        return 1

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for widget in self.cells:
            self._grid.removeWidget(widget)
        for column in range(self.columns):
            self._grid.setColumnStretch(column, 0)
        for n, widget in enumerate(self.cells):
            self._grid.addWidget(widget, n // columns, n % columns)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
        self.columns = columns
        self.updateGeometry()

    def lines(self) -> int:
        return -(-len(self.cells) // self.columns)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max(self._widths(), default=0), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._grid.sizeHint().width(), self._grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))
