"""Every plan dialog: named controls for screen readers, and Escape closes it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.plan_setup.glossary import GlossaryDialog
from ui.plan_setup.leads import LeadsDialog
from ui.plan_setup.measures import MeasuresDialog
from ui.plan_setup.meetings import MeetingsDialog
from ui.plan_setup.priorities import PrioritiesDialog
from ui.plans.new_plan import NewPlanDialog
from ui.plans.open_plan import OpenPlanDialog
from ui.plans.plan_properties import PlanPropertiesDialog

DIALOGS = (
    NewPlanDialog,
    OpenPlanDialog,
    PlanPropertiesDialog,
    PrioritiesDialog,
    LeadsDialog,
    GlossaryDialog,
    MeasuresDialog,
    MeetingsDialog,
)
CONTROLS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox, QCheckBox)


def _controls(dialog: QWidget) -> list[QWidget]:
    found = []
    for widget in dialog.findChildren(QWidget):
        # Parts Qt builds inside a combo box, date edit or calendar popup carry their owner's name.
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox) or widget.window() is not dialog:
            continue
        if isinstance(widget, CONTROLS) and not isinstance(widget.parent(), QAbstractItemView):
            found.append(widget)
    return found


@pytest.mark.parametrize("dialog_class", DIALOGS, ids=lambda c: c.__name__)
def test_controls_have_accessible_names_and_escape_closes(qtbot, ctx, small_plan, dialog_class):
    dialog = dialog_class(ctx, small_plan, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    controls = _controls(dialog)
    assert len(controls) >= 2
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.accessibleName().strip()]
    assert unnamed == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_tab_walks_the_priorities_dialog_from_the_tree_to_the_form_then_close(qtbot, ctx, small_plan):
    dialog = PrioritiesDialog(ctx, small_plan, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    widget, names = dialog.tree, []
    while len(names) < 13:
        names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible() or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    assert names == [
        "Priorities and objectives",
        "Add priority",
        "Add objective",
        "Move up",
        "Move down",
        "Delete",
        "Renumber priorities and objectives",
        "Also renumber action refs",
        "Move objective to another priority",
        "Priority code",
        "Priority title",
        "Priority description",
        "Apply changes",
    ]
