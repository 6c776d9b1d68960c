"""The window's centre: the filters over the plan's tabs, or the getting-started page when no plan is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ui.common.screen_fit import ScrollWhenShort, scrolling
from ui.window.empty_state import EmptyState

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def build_centre(window: MainWindow) -> tuple[QTabWidget, ScrollWhenShort, EmptyState, QWidget, QStackedWidget]:
    """Built once the table and filter bar exist; the window keeps each part under its own name."""
    tabs = QTabWidget(window)
    tabs.setAccessibleName("Plan views")
    tabs.setDocumentMode(True)
    tabs.addTab(window.table, "Actions")
    workspace = QWidget(window)
    layout = QVBoxLayout(workspace)
    layout.setContentsMargins(4, 4, 4, 0)
    # On a short screen (1366×768 at 200%) the filters scroll and the table keeps its rows; the
    # rest of the window (menus, toolbar, tabs, status bar) needs about 280 pixels.
    filter_area = ScrollWhenShort(
        window.filter_bar, reserved=280, floor=window.filter_bar.search.sizeHint().height() + 8, name="Filters"
    )
    layout.addWidget(filter_area)
    layout.addWidget(tabs, 1)
    empty_state = EmptyState(window)
    empty_state.demo_button.clicked.connect(window.open_demo_plan)
    # Through the window, which waits for the data when the page comes from start-up's first read.
    empty_state.import_button.clicked.connect(lambda: window.start_import())
    empty_state.new_button.clicked.connect(lambda: window.start_new_plan())
    centre = QStackedWidget(window)
    # Scrolls rather than widening the window at 200% scaling on a small screen.
    empty_page = scrolling(empty_state, "Getting started")
    centre.addWidget(empty_page)
    centre.addWidget(workspace)
    return tabs, filter_area, empty_state, empty_page, centre
