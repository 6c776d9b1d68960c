"""Adds the Timeline tab and its View-menu items to the main window, and keeps both in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from ui.timeline.panel import TimelinePanel

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    panel = TimelinePanel(window.ctx, window.run_command, window.today, window)
    window.panels["timeline"] = panel
    window.tabs.addTab(panel, "Timeline")

    menu = QMenu("&Timeline", window.menus["view"])
    window.declared.place("view", "timeline", menu.menuAction())
    menu.addActions(list(panel.group_actions.values()))
    menu.addSeparator()
    menu.addActions([panel.zoom_in_action, panel.zoom_out_action, panel.zoom_fit_action])
    menu.addActions([panel.collapse_action, panel.expand_action])
    menu.addSeparator()
    menu.addActions([panel.export_png_action, *panel.export_pdf_actions.values()])

    panel.selection_requested.connect(window.select_actions)
    panel.open_requested.connect(lambda uuid: open_action(window, uuid))
    window.selection_changed.connect(panel.show_selection)
    window.filter_changed.connect(panel.set_filter)
    window.plan_changed.connect(lambda plan_uuid: panel.set_plan(plan_uuid, window.current_filter()))
    if window.plan_uuid is not None:
        panel.set_plan(window.plan_uuid, window.current_filter())


def open_action(window: MainWindow, uuid: str) -> None:
    """Select the action in the table and bring its details forward, leaving the timeline in view."""
    window.select_actions([uuid])
    window.detail_dock.show()
    window.detail_dock.raise_()
