"""Adds the Timeline tab and its View-menu items to the main window, and keeps both in step.

The panel, and the chart code behind it, is built when the tab is first shown or the View ▸
Timeline menu first opened: starting the window builds the table only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.timeline.panel import TimelinePanel
    from ui.window.main_window import MainWindow


class TimelinePage(QWidget):
    """The Timeline tab's page: empty until first needed, then holding the panel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.menu = QMenu("&Timeline", window.menus["view"])
        self.menu.aboutToShow.connect(self.panel)
        window.tabs.currentChanged.connect(lambda index: self.panel() if window.tabs.widget(index) is self else None)

    def panel(self) -> TimelinePanel | None:
        """The panel, built now if it is not yet; None when the data it shows could not be opened.
        The tab and the menu are there from start-up's first read on: built then, it waits for the data."""
        panel = self.window_.panels.get("timeline")
        if panel is not None:
            return panel
        return self._build() if self.window_.wait_for_data() else None

    def _build(self) -> TimelinePanel:
        from ui.timeline.panel import TimelinePanel

        window = self.window_
        # The window's today, whenever asked: a test or a long-open window may have moved it since.
        panel = TimelinePanel(window.ctx, window.run_command, lambda: window.today(), self)
        window.panels["timeline"] = panel
        self.layout().addWidget(panel)
        panel.show()  # now, not on the next pass of the event loop, and laid out at the page's size
        self.layout().activate()
        self.menu.addActions(list(panel.group_actions.values()))
        self.menu.addSeparator()
        self.menu.addActions([panel.zoom_in_action, panel.zoom_out_action, panel.zoom_fit_action])
        self.menu.addActions([panel.collapse_action, panel.expand_action])
        self.menu.addSeparator()
        self.menu.addActions([panel.export_png_action, *panel.export_pdf_actions.values()])

        panel.selection_requested.connect(window.select_actions)
        panel.open_requested.connect(lambda uuid: open_action(window, uuid))
        window.selection_changed.connect(panel.show_selection)
        window.filter_changed.connect(panel.set_filter)
        window.plan_changed.connect(lambda plan_uuid: panel.set_plan(plan_uuid, window.current_filter()))
        if window.plan_uuid is not None:
            panel.set_plan(window.plan_uuid, window.current_filter())
            panel.show_selection(window.table.selected_uuids())
        return panel


def install(window: MainWindow) -> None:
    page = TimelinePage(window)
    window.tabs.addTab(page, "Timeline")
    window.declared.place("view", "timeline", page.menu.menuAction())


def show_timeline(window: MainWindow) -> TimelinePanel | None:
    """The Timeline tab brought forward, as a click on it does, and its panel."""
    page = window.findChild(TimelinePage)
    window.tabs.setCurrentWidget(page)
    return page.panel()


def open_action(window: MainWindow, uuid: str) -> None:
    """Select the action in the table and bring its details forward, leaving the timeline in view."""
    window.select_actions([uuid])
    window.detail_dock.show()
    window.detail_dock.raise_()
