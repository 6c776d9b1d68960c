"""On a narrow screen the Leads and Priorities dialogs put the form under the table, not off its right edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ui.plan_setup.leads import LeadsDialog
from ui.plan_setup.stacking import stack_if_narrow


def test_the_form_goes_under_the_table_when_both_do_not_fit_side_by_side(qtbot, ctx, demo_plan):
    dialog = LeadsDialog(ctx, demo_plan.uuid, QUndoStack())
    qtbot.addWidget(dialog)
    splitter = dialog.details.parentWidget()
    side_by_side = splitter.minimumSizeHint().width()

    splitter.setOrientation(Qt.Orientation.Horizontal)
    dialog.resize(side_by_side + 200, 500)
    stack_if_narrow(dialog, splitter)
    assert splitter.orientation() == Qt.Orientation.Horizontal  # room for both: side by side

    dialog.resize(side_by_side - 100, 500)  # 200% on a 1366x768 laptop
    stack_if_narrow(dialog, splitter)
    assert splitter.orientation() == Qt.Orientation.Vertical
    with qtbot.waitExposed(dialog):
        dialog.show()
    # Stacked, the form's buttons lie within the dialog's width, not beyond its right edge.
    button = dialog.save_button
    right = button.mapTo(dialog, button.rect().topRight()).x()
    assert right <= dialog.width()
