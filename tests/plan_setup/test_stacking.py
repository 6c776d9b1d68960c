"""On a narrow screen the Leads and Priorities dialogs put the form under the table, not off its right edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ui.plan_setup.leads import LeadsDialog


def test_the_form_goes_under_the_table_when_both_do_not_fit_side_by_side(qtbot, ctx, demo_plan):
    dialog = LeadsDialog(ctx, demo_plan.uuid, QUndoStack())
    qtbot.addWidget(dialog)
    splitter = dialog.details.parentWidget()
    dialog.resize(2400, 500)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert splitter.orientation() == Qt.Orientation.Horizontal  # room for both: side by side
    side_by_side = splitter.minimumSizeHint().width()

    dialog.resize(side_by_side - 100, 500)  # 200% on a 1366x768 laptop, or the user narrows it
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    # Stacked, the form's buttons lie within the dialog's width, not beyond its right edge.
    button = dialog.save_button
    qtbot.waitUntil(lambda: button.mapTo(dialog, button.rect().topRight()).x() <= dialog.width())

    dialog.resize(side_by_side + 200, 500)  # widened again: side by side again
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)
