"""Remembered layout, recent plans, View menu, accessibility and palette of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QTabWidget, QWidget

from ui.common import prompts
from ui.window.main_window import MainWindow
from ui.window.menus import fill_recent_menu
from ui.workspace.table.model import COL_LATEST, COL_PARTNERS


def new_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_hidden_and_moved_columns_are_remembered(qtbot, ctx, demo_plan):
    first = new_window(qtbot, ctx)
    assert first.table.isColumnHidden(COL_PARTNERS)
    columns = {action.text(): action for action in first.table.column_actions(first)}
    columns["Latest update"].setChecked(False)
    columns["Partners"].setChecked(True)
    header = first.table.horizontalHeader()
    header.moveSection(header.visualIndex(COL_PARTNERS), 0)
    first.resize(1000, 720)
    first.close()
    second = new_window(qtbot, ctx)
    assert second.table.isColumnHidden(COL_LATEST)
    assert not second.table.isColumnHidden(COL_PARTNERS)
    assert second.table.horizontalHeader().logicalIndex(0) == COL_PARTNERS
    assert second.height() == 720  # the offscreen test screen is narrower than the window, so only height is kept


def test_recent_plans_menu_reopens_a_plan(qtbot, ctx, demo_plan, small_plan):
    window = new_window(qtbot, ctx)
    window.open_plan(small_plan)
    window.open_plan(demo_plan.uuid)
    fill_recent_menu(window)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries[0].endswith(demo_plan.title) and "Small plan" in entries[1]
    window.recent_menu.actions()[1].trigger()
    assert window.plan_uuid == small_plan


def test_opening_another_plan_clears_undo(qtbot, ctx, demo_plan, small_plan, monkeypatch):
    window = new_window(qtbot, ctx)
    window.open_plan(demo_plan.uuid)
    window.actions["add_action"].trigger()
    assert window.undo_stack.count() == 1
    window.open_plan(small_plan)
    assert window.undo_stack.count() == 0 and window.model.rowCount() == 3


def test_view_menu_hides_the_panes(qtbot, ctx, demo_plan):
    window = new_window(qtbot, ctx)
    window.actions["show_tree"].trigger()
    window.actions["show_detail"].trigger()
    assert not window.tree_dock.isVisible() and not window.detail_dock.isVisible()
    window.actions["show_tree"].trigger()
    assert window.tree_dock.isVisible()


def test_about_names_the_data_folder(qtbot, ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    window = new_window(qtbot, ctx)
    window.actions["about"].trigger()
    assert str(ctx.paths.data_dir) in shown[0]


def test_every_control_has_an_accessible_name_and_no_fixed_colours(qtbot, ctx, demo_plan):
    window = new_window(qtbot, ctx)
    window.select_actions([window.model.rows[0].uuid])
    compound = (QAbstractSpinBox, QComboBox, QTabWidget)  # their inner editor or tab bar speaks for them
    unnamed = [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not isinstance(w.parent(), compound)
    ]
    assert unnamed == []
    assert [w for w in window.findChildren(QWidget) if w.styleSheet()] == []


def test_tab_order_follows_the_filters_then_the_table(qtbot, ctx, demo_plan):
    window = new_window(qtbot, ctx)
    bar = window.filter_bar
    order, widget = [], bar.search
    while widget is not window.table and len(order) < 40:
        order.append(widget)
        widget = widget.nextInFocusChain()
    assert widget is window.table
    named = [w for w in order if w in (bar.search, bar.clear_button, bar.lead, bar.due, bar.delete_button)]
    assert named == [bar.search, bar.clear_button, bar.lead, bar.due, bar.delete_button]


def test_window_fits_a_full_hd_screen_at_200_percent(qtbot, ctx, demo_plan):
    """1920 pixels at 200% scaling leave 960 logical pixels; the window must fit with both panes open."""
    window = new_window(qtbot, ctx)
    assert window.tree_dock.isVisible() and window.detail_dock.isVisible()
    assert window.minimumSizeHint().width() <= 960


def test_at_200_percent_on_full_hd_the_detail_fields_are_not_cut_off(qtbot, ctx, demo_plan):
    from PySide6.QtWidgets import QScrollArea

    window = new_window(qtbot, ctx)
    window.resize(960, 540)  # 1920 x 1080 pixels at 200%
    qtbot.waitUntil(lambda: window.width() == 960)
    scroll = window.detail.findChild(QScrollArea)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
