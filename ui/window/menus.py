"""The main window's own menus, toolbar and shortcuts; features declare theirs into the menus' sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.window.feature_api import ActionSpec, Needs
from ui.window.settings import recent_plan_uuids

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

# Each menu's sections, in order; features declare their entries into one of them (ui/window/feature_api.py).
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", "&File", ("open", "plan", "import", "export", "backup", "team", "settings", "quit")),
    ("edit", "&Edit", ("undo", "actions", "status", "clipboard", "history")),
    ("view", "&View", ("columns", "panes", "timeline")),
    ("plan", "&Plan", ("structure", "setup", "returns")),
    ("reports", "&Reports", ("reports",)),
    ("help", "&Help", ("guides", "about")),
)


TOOLBAR = ("add_action", "duplicate", "delete", "undo", "redo", "set_status", "copy")


def quit_action(window: MainWindow) -> QAction:
    """File ▸ Quit (Ctrl+Q), closing the window: made with the shell, so it works while the data opens
    (``run_gui`` then closes whatever opened and releases the lock)."""
    action = QAction("&Quit", window)
    action.setObjectName("quit")
    action.setShortcut(QKeySequence("Ctrl+Q"))
    action.setMenuRole(QAction.MenuRole.QuitRole)
    action.triggered.connect(lambda _checked=False: window.close())
    window.addAction(action)  # its shortcut works before there is a menu bar
    return action


def reserve_bars(window: MainWindow) -> None:
    """The menu bar's menus (greyed, but for File with Quit) and the toolbar (empty) before the data is
    open, so the plan shown from start-up's first read does not move down when ``build_menus`` fills
    them. This module imports Qt only at the top for that reason: the rest loads in ``build_menus``."""
    bar = window.menuBar()
    for key, title, sections in MENUS:
        window.declared.add_menu(key, bar.addMenu(title), sections).menuAction().setEnabled(key == "file")
    window.declared.adopt("quit", window.quit_action, "file", "quit")
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setMovable(False)
    # Its buttons are words: an empty one is as tall as they will be.
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(" ").setEnabled(False)
    window.addToolBar(toolbar)
    window.toolbar = toolbar


def build_menus(window: MainWindow) -> None:
    from ui.editing.undo_actions import redo_shortcuts, run_big_steps_off_the_ui_thread

    if window.toolbar is None:
        reserve_bars(window)
    for key, _title, _sections in MENUS:
        window.menus[key].menuAction().setEnabled(True)
    ops = window.operations
    _build_file(window)
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(redo_shortcuts())
    for action, forward in ((undo, False), (redo, True)):
        run_big_steps_off_the_ui_thread(action, window.undo_stack, forward, window, window.show_refusal)
    window.declared.adopt("undo", undo, "edit", "undo")
    window.declared.adopt("redo", redo, "edit", "undo")
    plan, selection = Needs.PLAN, Needs.SELECTION
    # The last column: whether it touches the data, so waits for it while it opens (``ActionSpec.needs_data``).
    for spec in (
        ("add_action", "&Add action", ops.add_action, "actions", "Ctrl+Shift+N", "Add a new action", plan, True),
        ("duplicate", "D&uplicate action", ops.duplicate_selected, "actions", "Ctrl+D", "", selection, True),
        (
            "delete",
            "&Delete action…",
            ops.delete_selected,
            "actions",
            QKeySequence.StandardKey.Delete,
            "",
            selection,
            True,
        ),
        ("edit_cell", "&Edit cell", window.edit_current_cell, "actions", "F2", "", selection, False),
        ("move", "&Move to objective…", ops.move_selected, "actions", None, "", selection, True),
        ("set_status", "Set &status…", ops.set_status_of_selected, "status", "Ctrl+Shift+S", "", selection, True),
        ("set_lead", "Set &lead…", ops.set_lead_of_selected, "status", "Ctrl+Shift+L", "", selection, True),
        (
            "add_update",
            "Add progress &update",
            window.focus_progress_note,
            "status",
            "Ctrl+Shift+U",
            "",
            selection,
            False,
        ),
        ("copy", "&Copy rows", window.copy_rows, "clipboard", QKeySequence.StandardKey.Copy, "", selection, False),
        ("find", "&Find…", window.focus_search, "clipboard", QKeySequence.StandardKey.Find, "", plan, False),
    ):
        key, text, trigger, section, shortcut, tip, needs, needs_data = spec
        window.declare(ActionSpec(key, text, trigger, "edit", section, shortcut, tip, needs, needs_data=needs_data))
    _build_view(window)
    window.declare(ActionSpec("renumber", "&Renumber action refs…", ops.renumber, "plan", "structure", needs=plan))
    window.declare(ActionSpec("about", "&About Delivery Desk", lambda: show_about(window), "help", "about"))
    _build_toolbar(window)
    _build_table_menu(window)


def _build_file(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "new_plan",
            "&New plan…",
            window.start_new_plan,
            "file",
            "open",
            QKeySequence.StandardKey.New,
            available=lambda: window.new_plan_handler is not None,
        )
    )
    window.recent_menu = QMenu("&Recent plans", window.menus["file"])
    # The plans are listed from the data: opened over start-up's first read, the menu waits for it.
    window.recent_menu.aboutToShow.connect(lambda: window.wait_for_data() and fill_recent_menu(window))
    window.declared.place("file", "plan", window.recent_menu.menuAction())


def fill_recent_menu(window: MainWindow) -> None:
    from app.plans.listing import list_plans

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
    columns = QMenu("&Columns", window.menus["view"])
    columns.aboutToShow.connect(lambda: _fill_columns(window, columns))
    window.declared.place("view", "columns", columns.menuAction())
    for key, text, widget in (
        ("show_tree", "Show &priorities and objectives", window.tree_dock),
        ("show_detail", "Show action &details", window.detail_dock),
    ):
        toggle = widget.toggleViewAction()
        toggle.setText(text)
        window.declared.adopt(key, toggle, "view", "panes")


def _fill_columns(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for action in window.table.column_actions(menu):
        menu.addAction(action)


def _build_toolbar(window: MainWindow) -> None:
    toolbar = window.toolbar
    toolbar.clear()
    for key in TOOLBAR:
        toolbar.addAction(window.actions[key])


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


def show_about(window: MainWindow) -> None:
    from importlib.metadata import PackageNotFoundError, version

    from ui.common import prompts

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
