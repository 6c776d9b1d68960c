"""Adds File → "Import plan…"; the wizard and the file readers (python-docx, openpyxl, pdfplumber)
load when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.window.feature_api import ActionSpec

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "import_plan",
            "&Import plan…",
            lambda: open_import_wizard(window),
            "file",
            "import",
            tip="Bring in a delivery plan from a Word document, Excel workbook, PDF or CSV file",
        )
    )
    window.import_handler = lambda: open_import_wizard(window)


def open_import_wizard(window: MainWindow):
    from ui.importing.wizard import open_import_wizard as open_wizard

    return open_wizard(window)
