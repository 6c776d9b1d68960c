"""The wizard's problem line takes room only while it says something (small screens at 150%)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.importing.pages import error_label


def test_the_problem_line_is_hidden_while_empty_and_shown_with_its_message(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    line = error_label("Row review problem")
    layout.addWidget(line)
    page.show()

    assert line.isHidden()
    line.setText("Cannot import: row 4 has no action.")
    assert line.isVisible()
    line.setText("")
    assert line.isHidden()
