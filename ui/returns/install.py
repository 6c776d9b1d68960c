"""Adds Plan → "Request updates…" and "Import returns…"; the dialogs (and openpyxl) load when first chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    plan_menu = window.menus["plan"]
    request = QAction("Request &updates…", window)
    request.setStatusTip("Write a workbook per lead for them to fill in with progress")
    request.triggered.connect(lambda _checked=False: _dialogs().open_request_dialog(window))
    import_returns = QAction("&Import returns…", window)
    import_returns.setStatusTip("Import the workbooks leads sent back, after a preview")
    import_returns.triggered.connect(lambda _checked=False: _dialogs().open_import_dialog(window))
    plan_menu.addActions([request, import_returns])
    window.actions["request_updates"] = request
    window.actions["import_returns"] = import_returns

    def enable(plan_uuid: object) -> None:
        request.setEnabled(plan_uuid is not None)
        import_returns.setEnabled(plan_uuid is not None)

    window.plan_changed.connect(enable)
    enable(window.plan_uuid)


def _dialogs():
    from ui.returns import dialogs

    return dialogs
