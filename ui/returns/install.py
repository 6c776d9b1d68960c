"""Adds Plan → "Request updates…" and "Import returns…"; the dialogs (and openpyxl) load when first chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    for key, text, opener, tip in (
        (
            "request_updates",
            "Request &updates…",
            "open_request_dialog",
            "Write a workbook per lead for them to fill in with progress",
        ),
        (
            "import_returns",
            "&Import returns…",
            "open_import_dialog",
            "Import the workbooks leads sent back, after a preview",
        ),
    ):
        trigger = lambda name=opener: getattr(_dialogs(), name)(window)  # noqa: E731
        window.declare(ActionSpec(key, text, trigger, "plan", "returns", tip=tip, needs=Needs.PLAN))


def _dialogs():
    from ui.returns import dialogs

    return dialogs
