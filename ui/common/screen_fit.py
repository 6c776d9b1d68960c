"""Windows that fit the screen they open on: council laptops are 1280×720 logical, or less at 200%.

A dialog asks for the size it would like; it gets at most the screen's available area (less a
margin for the title bar and frame), and a body taller or wider than that scrolls instead of
pushing its buttons off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

# What a window frame and title bar take on Windows at any scaling, in logical pixels.
FRAME_MARGIN = QSize(16, 48)


def available_size(widget: QWidget | None = None) -> QSize:
    """The room a top-level window has on the screen of ``widget`` (its parent's, before it is shown)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    return QSize(max(area.width() - FRAME_MARGIN.width(), 200), max(area.height() - FRAME_MARGIN.height(), 150))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to width×height, or to the screen's available area where that is smaller."""
    room = available_size(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget | QLayout, name: str = "") -> QScrollArea:
    """``content`` in a frameless scroll area: it keeps its natural size and scrolls on a small screen."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    # Tab moves through the content itself (QScrollArea scrolls the focused field into view).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        area.setAccessibleName(name)
    return area


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """A vertical layout for ``page`` whose content scrolls when the page is taller than the screen."""
    inner = QVBoxLayout()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(inner))
    return inner


class ScrollWhenShort(QScrollArea):
    """Shows all of ``content`` unless the screen is too short; then it scrolls within what is left.

    ``reserved`` is the height the rest of the window needs at least; the area's minimum height is
    what the screen has beyond that (never less than ``floor``), so on a 1366×768 screen at 200%
    the window still fits, and on any larger screen nothing scrolls.
    """

    def __init__(self, content: QWidget, reserved: int, floor: int, name: str = "") -> None:
        super().__init__()
        self.reserved, self.floor = reserved, floor
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)
        content.installEventFilter(self)
        if name:
            self.setAccessibleName(name)

    def _content_height(self) -> int:
        """The content's height at the width it has: wrapped text (a message) needs more lines."""
        content = self.widget()
        if content.hasHeightForWidth() and self.viewport().width() > 0:
            return max(content.sizeHint().height(), content.heightForWidth(self.viewport().width()))
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.widget().sizeHint().width(), self._content_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        needed = self.widget().minimumSizeHint()
        room = max(self.floor, available_size(self).height() - self.reserved)
        return QSize(needed.width(), min(self._content_height(), room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content reflowed: its height changed
        return False
