"""Side by side on a wide screen, one above the other where the dialog is too narrow for both."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QSplitter

# The dialog's margins and the body's scroll bar, round the table and the form.
_ROOM = 48


class _StackWhenNarrow(QObject):
    """Re-decides whenever the dialog is resized: a user who widens a stacked dialog (or moves it
    to a bigger screen) gets the two side by side again, and narrowing it stacks them."""

    def __init__(self, dialog: QDialog, parts: QSplitter | QBoxLayout) -> None:
        super().__init__(dialog)
        self._parts = parts
        # Measured while side by side: stacked, the minimum width is only the wider of the two.
        self._needed = (parts.minimumSizeHint() if isinstance(parts, QSplitter) else parts.minimumSize()).width()
        dialog.installEventFilter(self)
        self._place(dialog.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place(event.size().width())
        return False

    def _place(self, width: int) -> None:
        narrow = self._needed + _ROOM > width
        if isinstance(self._parts, QSplitter):
            wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
            if self._parts.orientation() != wanted:
                self._parts.setOrientation(wanted)
        else:
            wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            if self._parts.direction() != wanted:
                self._parts.setDirection(wanted)


def stack_if_narrow(dialog: QDialog, parts: QSplitter | QBoxLayout) -> None:
    """Call after ``fit_to_screen``, with ``parts`` side by side: at 200% on a 1366x768 laptop the
    table and the form side by side are wider than the dialog, so the form's fields and buttons were
    cut off at the right edge (to be scrolled to); stacked, each gets the dialog's width and the body
    scrolls down."""
    _StackWhenNarrow(dialog, parts)
