"""Puts the plan dialogs on the main window's File and Plan menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from ui.plan_setup.glossary import GlossaryDialog
from ui.plan_setup.leads import LeadsDialog
from ui.plan_setup.measures import MeasuresDialog
from ui.plan_setup.meetings import MeetingsDialog
from ui.plan_setup.priorities import PrioritiesDialog
from ui.plans.new_plan import NewPlanDialog
from ui.plans.open_plan import OpenPlanDialog
from ui.plans.plan_properties import PlanPropertiesDialog
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

# (window.actions key, menu text, status tip, dialog)
PLAN_EDITORS = (
    ("edit_priorities", "Priorities and &objectives…", "Add, rename, reorder and renumber", PrioritiesDialog),
    ("edit_leads", "&Leads…", "Lead names, contact emails, other spellings; merge duplicates", LeadsDialog),
    ("edit_glossary", "&Glossary…", "Terms and abbreviations explained in reports", GlossaryDialog),
    ("edit_measures", "Performance &measures…", "Measures with baseline, target and period values", MeasuresDialog),
    ("edit_meetings", "M&eetings…", "The boards and groups that review the plan, and when", MeetingsDialog),
)


def show_dialog(window: MainWindow, dialog_class: type[QDialog]) -> QDialog | None:
    """Open one of the plan dialogs over the window (window-modal, so the plan cannot change under it)."""
    needs_plan = dialog_class not in (NewPlanDialog, OpenPlanDialog)
    if needs_plan and window.plan_uuid is None:
        return None
    dialog = dialog_class(window.ctx, window.plan_uuid, window.undo_stack, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(dialog, NewPlanDialog):
        # The command that created the plan stays on the stack, so Undo takes the new plan back.
        dialog.accepted.connect(lambda: window.open_plan(dialog.created_uuid, keep_undo=True))
    elif isinstance(dialog, OpenPlanDialog):
        dialog.accepted.connect(lambda: window.open_plan(dialog.chosen_uuid))
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    window.new_plan_handler = lambda: show_dialog(window, NewPlanDialog)
    # The chooser shows each plan's period, action count and last change.
    window.declare(
        ActionSpec(
            "open_plan",
            "&Open plan…",
            lambda: show_dialog(window, OpenPlanDialog),
            "file",
            "open",
            QKeySequence.StandardKey.Open,
        )
    )
    window.declare(
        ActionSpec(
            "plan_properties",
            "Plan &properties…",
            lambda: show_dialog(window, PlanPropertiesDialog),
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
