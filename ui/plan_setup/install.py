"""Puts the plan dialogs on the main window's File and Plan menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ui.plan_setup.glossary import GlossaryDialog
from ui.plan_setup.leads import LeadsDialog
from ui.plan_setup.measures import MeasuresDialog
from ui.plan_setup.meetings import MeetingsDialog
from ui.plan_setup.priorities import PrioritiesDialog
from ui.plans.new_plan import NewPlanDialog
from ui.plans.open_plan import OpenPlanDialog
from ui.plans.plan_properties import PlanPropertiesDialog

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


def _action(window: MainWindow, key: str, text: str, tip: str, dialog_class: type[QDialog]) -> QAction:
    action = QAction(text, window)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: show_dialog(window, dialog_class))
    window.actions[key] = action
    return action


def install(window: MainWindow) -> None:
    window.new_plan_handler = lambda: show_dialog(window, NewPlanDialog)
    # The window's own Open plan… (Ctrl+O) asks with a bare list; the chooser shows period, counts and dates.
    open_action = window.actions["open_plan"]
    open_action.triggered.disconnect()
    open_action.triggered.connect(lambda _checked=False: show_dialog(window, OpenPlanDialog))

    file_menu = window.menus["file"]
    entries = file_menu.actions()
    recent = window.recent_menu.menuAction()
    after_recent = entries[entries.index(recent) + 1] if recent in entries[:-1] else None
    properties = _action(
        window, "plan_properties", "Plan &properties…", "Title, partnership, period, version", PlanPropertiesDialog
    )
    file_menu.insertAction(after_recent, properties)

    plan_menu = window.menus["plan"]
    editors = [_action(window, key, text, tip, dialog) for key, text, tip, dialog in PLAN_EDITORS]
    if plan_menu.actions() and not plan_menu.actions()[-1].isSeparator():
        plan_menu.addSeparator()
    plan_menu.addActions(editors)

    def enable(plan_uuid: str | None) -> None:
        for action in (properties, *editors):
            action.setEnabled(plan_uuid is not None)

    window.plan_changed.connect(enable)
    enable(window.plan_uuid)
