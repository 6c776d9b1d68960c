"""Adds File → "Import plan…"; the wizard and the file readers (python-docx, openpyxl, pdfplumber)
load when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    action = QAction("&Import plan…", window)
    action.setObjectName("import_plan")
    action.setStatusTip("Bring in a delivery plan from a Word document, Excel workbook, PDF or CSV file")
    action.triggered.connect(lambda: open_import_wizard(window))
    window.menus["file"].insertAction(window.quit_separator, action)
    window.actions["import_plan"] = action
    window.import_handler = lambda: open_import_wizard(window)


def open_import_wizard(window: MainWindow):
    from ui.importing.wizard import open_import_wizard as open_wizard

    return open_wizard(window)
