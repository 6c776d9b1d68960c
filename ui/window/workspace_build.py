"""The main window's workspace, in two parts.

``build_view``: what shows a plan — the action table over its filter proxy, the filter bar, the
centre's tabs and getting-started page, the two panes. It needs no open data and loads no database
code, so start-up shows its first read in it (``MainWindow.show_first_read``) while SQLAlchemy loads.
``build_commands``: what changes the plan — the action operations and the menus (their bar and the
toolbar are in place, greyed, from ``build_view``), before the data is open (over start-up's first
read): each command waits for the data when it runs. ``MainWindow.install_commands`` then runs the
features' installers, and ``MainWindow.attach`` connects the change signal once the data is open.

Start-up imports this module off the UI thread while the window's shell is on screen, and what
``build_commands`` imports once the rows are painted (``ui.window.data_opening``): none of it loads
SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.window.centre import build_centre
from ui.window.menus import reserve_bars
from ui.window.plan_loading import PlanLoading
from ui.workspace.detail_pane import DetailPane
from ui.workspace.filter_bar import FilterBar
from ui.workspace.plan_tree import PlanTree
from ui.workspace.table.model import ActionTableModel
from ui.workspace.table.proxy import ActionFilterProxy
from ui.workspace.table.view import ActionTableView

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def build_view(window: MainWindow) -> None:
    """Every part of the window that shows the plan, each under its own name on the window."""
    window.model = ActionTableModel(window)
    window.proxy = ActionFilterProxy(window)
    window.proxy.setSourceModel(window.model)
    window.table = ActionTableView(window.leads, window)
    window.table.setModel(window.proxy)
    window.table.restore_layout()
    window.table.horizontalHeader().sectionMoved.connect(lambda *_: window.table.save_layout())
    window.table.horizontalHeader().sectionResized.connect(lambda *_: window.table.save_layout())

    window.filter_bar = FilterBar(window.ctx, window)
    window.filter_bar.to_results.connect(window.focus_results)
    window.tabs, window.filter_area, window.empty_state, window.empty_page, window.centre = build_centre(window)
    window.takeCentralWidget()  # the opening page moves into the centre, which owns it from here
    window.setCentralWidget(window.centre)
    window.plan_loading = PlanLoading(window, window.loading_page)

    window.plan_tree = PlanTree(window)
    window.plan_tree.node_selected.connect(window.filter_bar.set_tree_node)
    window.tree_dock = window.panes.dock(
        "Priorities and objectives", "tree_dock", window.plan_tree, Qt.DockWidgetArea.LeftDockWidgetArea
    )
    window.detail = DetailPane(window)
    window.detail_dock = window.panes.dock(
        "Action details", "detail_dock", window.detail, Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.table.cell_message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    window.setTabOrder(window.filter_bar.last_control(), window.table)
    reserve_bars(window)


def build_commands(window: MainWindow) -> None:
    """The operations on the plan and the menus, with or without ``window.ctx``."""
    from ui.editing.action_operations import ActionOperations
    from ui.window.menus import build_menus

    window.operations = ActionOperations(window)
    build_menus(window)
