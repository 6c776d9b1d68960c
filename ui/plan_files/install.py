"""Adds File → Export → plan file (.dplan) and File → "Merge plan file…"; the dialogs (and the
encryption library) load when first chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ui.exporting.menu import export_menu

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    export_action = QAction("&Plan file to merge (.dplan)…", window)
    export_action.setObjectName("export_plan_file")
    export_action.setStatusTip("Write the whole plan to a .dplan file to send to another copy")
    export_action.triggered.connect(lambda: _dialogs().export_current_plan(window))
    export_action.setEnabled(window.plan_uuid is not None)
    window.plan_changed.connect(lambda uuid: export_action.setEnabled(uuid is not None))
    menu = export_menu(window)
    menu.addSeparator()  # the spreadsheet and calendar formats above; the whole mergeable plan below
    menu.addAction(export_action)
    protected_action = QAction("Plan file protected with a &passphrase (.dplan)…", window)
    protected_action.setObjectName("export_protected_plan_file")
    protected_action.setStatusTip("Write the whole plan to a .dplan file that only opens with a passphrase")
    protected_action.triggered.connect(lambda: _dialogs().export_current_plan(window, protect=True))
    protected_action.setEnabled(window.plan_uuid is not None)
    window.plan_changed.connect(lambda uuid: protected_action.setEnabled(uuid is not None))
    menu.addAction(protected_action)
    window.actions["export_protected_plan_file"] = protected_action
    merge_action = QAction("&Merge plan file…", window)
    merge_action.setObjectName("merge_plan_file")
    merge_action.setStatusTip("Import a .dplan plan file, or merge one into the copy of the plan held here")
    merge_action.triggered.connect(lambda: _dialogs().merge_plan_file(window))
    separator = getattr(window, "quit_separator", None)
    if separator is not None:
        window.menus["file"].insertAction(separator, merge_action)
    else:
        window.menus["file"].addAction(merge_action)
    window.actions["export_plan_file"] = export_action
    window.actions["merge_plan_file"] = merge_action


def _dialogs():
    from ui.plan_files import dialogs

    return dialogs
