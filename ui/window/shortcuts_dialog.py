"""Help ▸ Keyboard shortcuts: every shortcut the window has, read from its actions so it never goes stale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)

from ui.common.listing_dialog import ListingDialog
from ui.common.screen_fit import fit_to_screen
from ui.window.feature_api import ActionSpec

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

# Keys handled by widgets rather than by menu actions.
WIDGET_KEYS = (
    ("Table", "F2", "Edit the current cell"),
    ("Table", "Enter", "Save the cell being edited"),
    ("Table", "Esc", "Leave the cell without saving"),
    ("Timeline", "Arrow keys, Home, End", "Move between bars and lanes"),
    ("Timeline", "Enter or Space", "Open the action in the details pane"),
    ("Timeline", "+ / −", "Zoom in and out"),
    ("Timeline", "Left / Right on a lane", "Collapse or expand the lane"),
    ("Dialogs", "Ctrl+Z / Ctrl+Y", "Undo and redo inside the plan dialogs"),
)


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every window action with a shortcut, then the widgets' own keys."""
    rows = []
    for menu in window.menus.values():
        for action in _actions(menu.actions()):
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if not key.isEmpty()
            )
            if keys:
                rows.append((menu.title().replace("&", ""), keys, action.text().replace("&", "").rstrip("…")))
    return [*dict.fromkeys(rows), *WIDGET_KEYS]


def _actions(actions: list[QAction]) -> list[QAction]:
    found = []
    for action in actions:
        if action.menu() is not None:
            found += _actions(action.menu().actions())
        else:
            found.append(action)
    return found


class ShortcutsDialog(ListingDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__("Keyboard shortcuts", ("Where", "Keys", "What it does"), rows, parent=parent)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_to_screen(self, 640, 560)


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(shortcut_rows(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialogs["shortcuts"] = dialog
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "shortcuts",
            "&Keyboard shortcuts…",
            lambda: show_shortcuts(window),
            "help",
            "guides",
            QKeySequence.StandardKey.HelpContents,
            "Every keyboard shortcut in the window",
        )
    )
