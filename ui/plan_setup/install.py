"""Puts the plan dialogs on the main window's File and Plan menus.

Each dialog is named by its module and class and imported when first chosen, so starting the
window loads none of them (``tests/window/test_startup.py``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.window.main_window import MainWindow

NEW_PLAN = "ui.plans.new_plan:NewPlanDialog"
OPEN_PLAN = "ui.plans.open_plan:OpenPlanDialog"
PLAN_PROPERTIES = "ui.plans.plan_properties:PlanPropertiesDialog"
# (window.actions key, menu text, status tip, dialog: "module:Class", the module in ui.plan_setup)
PLAN_EDITORS = (
    (
        "edit_priorities",
        "Priorities and &objectives…",
        "Add, rename, reorder and renumber",
        "priorities:PrioritiesDialog",
    ),
    ("edit_leads", "&Leads…", "Lead names, contact emails, other spellings; merge duplicates", "leads:LeadsDialog"),
    ("edit_glossary", "&Glossary…", "Terms and abbreviations explained in reports", "glossary:GlossaryDialog"),
    (
        "edit_measures",
        "Performance &measures…",
        "Measures with baseline, target and period values",
        "measures:MeasuresDialog",
    ),
    ("edit_meetings", "M&eetings…", "The boards and groups that review the plan, and when", "meetings:MeetingsDialog"),
)


def dialog_class(name: str) -> type[QDialog]:
    """``module:Class`` (a bare module is in ``ui.plan_setup``), imported now."""
    module, _, attribute = name.partition(":")
    return getattr(import_module(module if "." in module else f"ui.plan_setup.{module}"), attribute)


def show_dialog(window: MainWindow, name: str) -> QDialog | None:
    """Open one of the plan dialogs over the window (window-modal, so the plan cannot change under it)."""
    from ui.plans.new_plan import NewPlanDialog
    from ui.plans.open_plan import OpenPlanDialog

    needs_plan = name not in (NEW_PLAN, OPEN_PLAN)
    if needs_plan and window.plan_uuid is None:
        return None
    dialog = dialog_class(name)(window.ctx, window.plan_uuid, window.undo_stack, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(dialog, NewPlanDialog):
        # The command that created the plan stays on the stack, so Undo takes the new plan back.
        dialog.accepted.connect(lambda: window.open_plan(dialog.created_uuid, keep_undo=True))
    elif isinstance(dialog, OpenPlanDialog):
        dialog.accepted.connect(lambda: window.open_plan(dialog.chosen_uuid))
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    window.new_plan_handler = lambda: show_dialog(window, NEW_PLAN)
    # The chooser shows each plan's period, action count and last change.
    window.declare(
        ActionSpec(
            "open_plan",
            "&Open plan…",
            lambda: show_dialog(window, OPEN_PLAN),
            "file",
            "open",
            QKeySequence.StandardKey.Open,
        )
    )
    window.declare(
        ActionSpec(
            "plan_properties",
            "Plan &properties…",
            lambda: show_dialog(window, PLAN_PROPERTIES),
            "file",
            "plan",
            tip="Title, partnership, period, version",
            needs=Needs.PLAN,
        )
    )
    for key, text, tip, dialog in PLAN_EDITORS:
        window.declare(
            ActionSpec(key, text, lambda d=dialog: show_dialog(window, d), "plan", "setup", tip=tip, needs=Needs.PLAN)
        )
