"""Side by side on a wide screen, one above the other where the dialog is too narrow for both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QSplitter

# The dialog's margins and the body's scroll bar, round the table and the form.
_ROOM = 48


def stack_if_narrow(dialog: QDialog, parts: QSplitter | QBoxLayout) -> None:
    """Call after ``fit_to_screen``: at 200% on a 1366x768 laptop the table and the form side by
    side are wider than the dialog, so the form's fields and buttons were cut off at the right
    edge (to be scrolled to); stacked, each gets the dialog's width and the body scrolls down."""
    needed = parts.minimumSizeHint().width() if isinstance(parts, QSplitter) else parts.minimumSize().width()
    if needed + _ROOM <= dialog.width():
        return
    if isinstance(parts, QSplitter):
        parts.setOrientation(Qt.Orientation.Vertical)
    else:
        parts.setDirection(QBoxLayout.Direction.TopToBottom)
