"""Adds Plan → "Request updates…" and "Import returns…"; the dialogs (and openpyxl) load when first chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "request_updates",
            "Request &updates…",
            lambda: _dialogs().open_request_dialog(window),
            "plan",
            "returns",
            tip="Write a workbook per lead for them to fill in with progress",
            needs=Needs.PLAN,
        )
    )
    window.declare(
        ActionSpec(
            "import_returns",
            "&Import returns…",
            lambda: _dialogs().open_import_dialog(window),
            "plan",
            "returns",
            tip="Import the workbooks leads sent back, after a preview",
            needs=Needs.PLAN,
        )
    )


def _dialogs():
    from ui.returns import dialogs

    return dialogs
