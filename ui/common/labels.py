"""Status-bar labels: one line that shortens with "…" rather than widening the window.

Kept apart from ``ui.common.widgets`` (whose date fields need the command path) so the window's
start-up shell shows them without loading the database code.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class ElidedLabel(QLabel):
    """One line of text that shortens with "…" when room is short, the full text in its tooltip.

    A plain QLabel's minimum width is its whole text, so a long plan name in the status bar
    would make the window wider than a laptop screen.
    """

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 8), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)


class SteadyLabel(ElidedLabel):
    """A label as wide as ``widest`` whatever it shows, never narrower, so it is never cut.

    The status bar's action count changes on every keystroke in the search box; a size hint
    following the text would relay out, and repaint, the whole window each time.
    """

    def __init__(self, widest: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widest = widest

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._widest) + margins.left() + margins.right()
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()


def status_labels(bar: QStatusBar) -> tuple[ElidedLabel, SteadyLabel, SteadyLabel]:
    """The main window's plan name, action count and save state, put on ``bar``.

    The plan's name (also in the title bar) is the part that shortens on a narrow screen, and a
    passing message covers it for a while; the count and the save state are always whole (at 200%
    on a laptop they were cut to "67 of …" and "All ch…")."""
    plan = ElidedLabel(bar)
    plan.setAccessibleName("Plan")
    bar.addWidget(plan, 1)
    count = SteadyLabel("99999 of 99999 actions shown", bar)
    save = SteadyLabel("All changes saved at 00:00", bar)
    for label, name in ((count, "Actions shown"), (save, "Save state")):
        label.setAccessibleName(name)
        bar.addPermanentWidget(label)
    # A passing message ends where the first permanent label begins: beside the count and the save
    # state it had a third of a laptop's bar at 150%, and "Plan … deleted. Undo (Ctrl+Z) brings it
    # back." lost its second half. They step aside while it shows.
    bar.messageChanged.connect(lambda message: [label.setVisible(not message) for label in (count, save)])
    return plan, count, save
