"""Adds File → Export → plan file (.dplan) and File → "Merge plan file…"; the dialogs (and the
encryption library) load when first chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.exporting.menu import export_menu
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    menu = export_menu(window)
    window.declare(
        ActionSpec(
            "export_plan_file",
            "&Plan file to merge (.dplan)…",
            lambda: _dialogs().export_current_plan(window),
            menu,
            "plan_files",
            tip="Write the whole plan to a .dplan file to send to another copy",
            needs=Needs.PLAN,
        )
    )
    window.declare(
        ActionSpec(
            "export_protected_plan_file",
            "Plan file protected with a &passphrase (.dplan)…",
            lambda: _dialogs().export_current_plan(window, protect=True),
            menu,
            "plan_files",
            tip="Write the whole plan to a .dplan file that only opens with a passphrase",
            needs=Needs.PLAN,
        )
    )
    window.declare(
        ActionSpec(
            "merge_plan_file",
            "&Merge plan file…",
            lambda: _dialogs().merge_plan_file(window),
            "file",
            "import",
            tip="Import a .dplan plan file, or merge one into the copy of the plan held here",
        )
    )


def _dialogs():
    from ui.plan_files import dialogs

    return dialogs
