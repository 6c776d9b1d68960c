"""The main window's two panes (docks) and its remembered size: the size restored before the window
first shows, the panes made (and put back where they were) with the first plan shown (start-up's
first read, else the open data), once only, hidden beside the getting-started page, sized on first
show, saved on close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.common.screen_fit import fit_to_screen
from ui.window.settings import app_settings

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class WindowPanes:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.docks: list[QDockWidget] = []
        self._visibility: list[bool] | None = None
        self._size_on_show = False

    def dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.window.addDockWidget(area, dock)
        self.docks.append(dock)
        return dock

    def show(self, shown: bool) -> None:
        """The getting-started page stands alone; the panes come back as the user left them."""
        if not shown:
            if self._visibility is None:
                self._visibility = [dock.isVisibleTo(self.window) for dock in self.docks]
            for dock in self.docks:
                dock.hide()
        elif self._visibility is not None:
            for dock, visible in zip(self.docks, self._visibility, strict=True):
                dock.setVisible(visible)
            self._visibility = None

    def restore_geometry(self) -> None:
        window = self.window
        geometry = app_settings().value(GEOMETRY_KEY)
        if geometry is None or not window.restoreGeometry(geometry):
            # First start: as large as a laptop allows, up to what the panes need on a big screen.
            fit_to_screen(window, 1400, 850)
        else:
            # Last closed on a larger monitor: never open wider or taller than this screen.
            fit_to_screen(window, window.width(), window.height())

    def restore_state(self) -> None:
        """Where the panes were; called once they exist, which at start-up is after the window shows."""
        state = app_settings().value(STATE_KEY)
        self._size_on_show = state is None or not self.window.restoreState(state)
        if self.window.isVisible():
            self.first_shown()

    def first_shown(self) -> None:
        if self._size_on_show and self.docks:
            self._size_on_show = False
            # After the first layout pass; sized any earlier, the dock areas ignore the request.
            QTimer.singleShot(0, self._size)

    def _size(self) -> None:
        window = self.window
        char = window.fontMetrics().averageCharWidth()
        # On a laptop the panes take their share of the width, leaving the table the most.
        tree, detail = min(48 * char, window.width() * 22 // 100), min(52 * char, window.width() * 30 // 100)
        window.resizeDocks(self.docks, [tree, detail], Qt.Orientation.Horizontal)

    def save(self) -> None:
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        if self.docks:  # a window closed while its data was still opening keeps the panes' last places
            settings.setValue(STATE_KEY, self.window.saveState())
