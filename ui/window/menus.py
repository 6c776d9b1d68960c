"""The main window's menus, toolbar and shortcuts; features add their own entries to ``window.menus``."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from app.plans.listing import list_plans
from ui.common import prompts
from ui.editing.undo import redo_shortcuts
from ui.window.settings import recent_plan_uuids

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

MENU_TITLES = {
    "file": "&File",
    "edit": "&Edit",
    "view": "&View",
    "plan": "&Plan",
    "reports": "&Reports",
    "help": "&Help",
}


def _action(window: MainWindow, key: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.actions[key] = action
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    for key, title in MENU_TITLES.items():
        menu = bar.addMenu(title)
        menu.setObjectName(f"menu_{key}")
        window.menus[key] = menu
    ops = window.operations
    _build_file(window)
    edit = window.menus["edit"]
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(redo_shortcuts())
    window.actions["undo"], window.actions["redo"] = undo, redo
    edit.addActions([undo, redo])
    edit.addSeparator()
    edit.addAction(_action(window, "add_action", "&Add action", ops.add_action, "Ctrl+Shift+N", "Add a new action"))
    edit.addAction(_action(window, "duplicate", "D&uplicate action", ops.duplicate_selected, "Ctrl+D"))
    edit.addAction(_action(window, "delete", "&Delete action…", ops.delete_selected, QKeySequence.StandardKey.Delete))
    edit.addAction(_action(window, "edit_cell", "&Edit cell", window.edit_current_cell, "F2"))
    edit.addAction(_action(window, "move", "&Move to objective…", ops.move_selected))
    edit.addSeparator()
    edit.addAction(_action(window, "set_status", "Set &status…", ops.set_status_of_selected, "Ctrl+Shift+S"))
    edit.addAction(_action(window, "set_lead", "Set &lead…", ops.set_lead_of_selected, "Ctrl+Shift+L"))
    edit.addSeparator()
    copy = _action(window, "copy", "&Copy rows", window.table.copy_selection, QKeySequence.StandardKey.Copy)
    edit.addAction(copy)
    edit.addAction(_action(window, "find", "&Find…", window.focus_search, QKeySequence.StandardKey.Find))
    _build_view(window)
    plan = window.menus["plan"]
    plan.addAction(_action(window, "renumber", "&Renumber action refs…", ops.renumber))
    plan.addSeparator()
    _build_help(window)
    _build_toolbar(window)
    _build_table_menu(window)


def _build_file(window: MainWindow) -> None:
    file = window.menus["file"]
    new_plan = _action(window, "new_plan", "&New plan…", window.start_new_plan, QKeySequence.StandardKey.New)
    open_plan = _action(window, "open_plan", "&Open plan…", lambda: choose_plan(window), QKeySequence.StandardKey.Open)
    file.addActions([new_plan, open_plan])
    window.recent_menu = file.addMenu("&Recent plans")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    file.addSeparator()
    quit_action = _action(window, "quit", "&Quit", window.close, "Ctrl+Q")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.quit_separator = file.addSeparator()
    file.addAction(quit_action)


def fill_recent_menu(window: MainWindow) -> None:
    menu: QMenu = window.recent_menu
    menu.clear()
    plans = {plan.uuid: plan for plan in list_plans(window.ctx.db)}
    for uuid in recent_plan_uuids():
        plan = plans.get(uuid)
        if plan is None:
            continue
        action = menu.addAction(plan.display_name)
        action.triggered.connect(lambda _checked=False, u=uuid: window.open_plan(u))
    if menu.isEmpty():
        menu.addAction("No recent plans").setEnabled(False)


def _build_view(window: MainWindow) -> None:
    view = window.menus["view"]
    columns = view.addMenu("&Columns")
    columns.aboutToShow.connect(lambda: _fill_columns(window, columns))
    view.addSeparator()
    for key, text, widget in (
        ("show_tree", "Show &priorities and objectives", window.tree_dock),
        ("show_detail", "Show action &details", window.detail_dock),
    ):
        toggle = widget.toggleViewAction()
        toggle.setText(text)
        window.actions[key] = toggle
        view.addAction(toggle)


def _fill_columns(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for action in window.table.column_actions(menu):
        menu.addAction(action)


def _build_help(window: MainWindow) -> None:
    window.menus["help"].addAction(_action(window, "about", "&About Delivery Desk", lambda: show_about(window)))


def _build_toolbar(window: MainWindow) -> None:
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setMovable(False)
    for key in ("add_action", "duplicate", "delete", "undo", "redo", "set_status", "copy"):
        toolbar.addAction(window.actions[key])
    window.addToolBar(toolbar)
    window.toolbar = toolbar


def _build_table_menu(window: MainWindow) -> None:
    """Right-click on rows offers the same Edit-menu actions (one QAction each, so no shortcut clash)."""
    table = window.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for key in ("edit_cell", "set_status", "set_lead", "move", None, "add_action", "duplicate", "delete", None, "copy"):
        if key is None:
            separator = QAction(table)
            separator.setSeparator(True)
            table.addAction(separator)
        else:
            table.addAction(window.actions[key])


def choose_plan(window: MainWindow) -> None:
    """A plain list of plans; the plan dialogs feature replaces it with a fuller chooser."""
    plans = list_plans(window.ctx.db)
    if not plans:
        window.open_plan(None)
        return
    labels = [f"{p.display_name} ({p.action_count} actions)" for p in plans]
    current = next((n for n, p in enumerate(plans) if p.uuid == window.plan_uuid), 0)
    chosen = prompts.choose(window, "Open plan", "Plan:", labels, current)
    if chosen is not None:
        window.open_plan(plans[chosen].uuid)


def show_about(window: MainWindow) -> None:
    try:
        number = version("delivery-desk")
    except PackageNotFoundError:
        number = "development"
    prompts.info(
        window,
        "About Delivery Desk",
        f"Delivery Desk {number}\n\nDelivery plans and progress for partnership secretariats. "
        f"Works offline; nothing leaves this computer.\n\nData folder: {window.ctx.paths.data_dir}",
    )
