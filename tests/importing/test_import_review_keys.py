"""The row review from the keyboard alone: Tab leaves the rows for the plan and the controls, and
the row menu (roles, split, a column's meaning) opens on the current cell with Shift+F10 or Menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_import_review_ui import read_as, redrawn, rows_page

from ui.importing.rows_model import COL_ROLE, FIRST_CELL


def go_to(qtbot, page, row: int, column: int = COL_ROLE) -> None:
    """Arrow keys from the first cell, as a keyboard user moves."""
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, COL_ROLE))
    for _step in range(row):
        qtbot.keyClick(page.view, Qt.Key.Key_Down)
    for _step in range(column - COL_ROLE):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (row, column)


def pick(qtbot, *texts: str) -> None:
    """In the open menu, go down to each entry in turn (Right opens a submenu) and press Enter on the last."""
    for number, text in enumerate(texts):
        menu = QApplication.activePopupWidget()
        assert menu is not None, text
        entries = [a for a in menu.actions() if not a.isSeparator()]
        menu.setActiveAction(next(a for a in entries if a.text().startswith(text)))
        last = number == len(texts) - 1
        qtbot.keyClick(menu, Qt.Key.Key_Return if last else Qt.Key.Key_Right)
        if not last:
            qtbot.waitUntil(lambda menu=menu: QApplication.activePopupWidget() is not menu)


def test_tab_leaves_the_rows_for_the_plan_and_the_controls(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    go_to(qtbot, page, 2)
    reached = []
    for _step in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[0] is page.tree
    assert page.role in reached  # the Read as box, then the buttons beside it
    wizard.reject()


@pytest.mark.parametrize("key", [Qt.Key.Key_F10, Qt.Key.Key_Menu], ids=["Shift+F10", "Menu key"])
def test_an_action_is_split_at_a_ref_from_the_keyboard(qtbot, main_window, tmp_path, key):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    assert read_as(page)[1] == "action 1.1.1"  # "Map the services 1.1.2 Agree the referral pathway"
    go_to(qtbot, page, 1, FIRST_CELL + 2)
    modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_F10 else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(page.view, key, modifier)
    assert page.menu is not None and page.menu.isVisible()
    pick(qtbot, "Split the action", "Before ref 1.1.2")
    redrawn(qtbot, page)
    assert read_as(page)[1:3] == ["action 1.1.1", "action 1.1.2 — your choice"]
    assert [a.activity for a in wizard.preview.draft.actions[:2]] == ["Map the services", "Agree the referral pathway"]
    wizard.reject()


def test_a_column_meaning_is_set_from_the_header_row_with_the_keyboard(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    go_to(qtbot, page, 0, FIRST_CELL + 3)  # the header row's Lead cell
    qtbot.keyClick(page.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    pick(qtbot, "Column D holds", "Partners")
    redrawn(qtbot, page)
    assert page.model.index(0, FIRST_CELL + 3).data() == "Lead [Partners]"
    assert {action.lead for action in wizard.preview.draft.actions} == {""}
    wizard.reject()


def test_a_row_s_role_stays_in_words_beside_its_activity_on_a_laptop_screen(qtbot, main_window, tmp_path):
    wizard, page = rows_page(qtbot, main_window, tmp_path)
    wizard.resize(837, 432)  # the wizard on a 1280×720 screen at 150%, in Qt's pixels
    go_to(qtbot, page, 3, FIRST_CELL + 4)  # along the row to its Timescale cell: the table scrolls sideways
    view = page.view
    assert not view.viewport().rect().intersects(view.visualRect(page.model.index(3, COL_ROLE)))
    header = view.verticalHeader()
    assert header.isVisible() and header.width() > header.fontMetrics().horizontalAdvance("Continues")
    shown = [page.model.headerData(row, Qt.Orientation.Vertical) for row in range(page.model.rowCount())]
    assert shown == ["Headers", "Action", "Action", "Continues", "Objective", "Action"]
    wizard.reject()
