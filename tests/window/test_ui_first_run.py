"""The window as a new user meets it: the getting-started page, then the demo plan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.window import features
from ui.window.main_window import MainWindow


def test_empty_database_shows_getting_started_not_a_blank_grid(main_window):
    assert main_window.plan_uuid is None
    assert main_window.centre.currentWidget() is main_window.empty_page
    assert main_window.empty_state.import_button.isEnabled()  # the import wizard installs itself


def test_open_demo_plan_button_fills_the_table(qtbot, main_window):
    seen = []
    main_window.plan_changed.connect(seen.append)
    qtbot.mouseClick(main_window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    assert main_window.plan_uuid is not None
    assert seen == [main_window.plan_uuid]
    assert main_window.model.rowCount() == 67
    assert main_window.count_label.text() == "67 of 67 actions shown"
    assert main_window.centre.currentWidget() is not main_window.empty_page


def test_hooks_enable_import_and_new_plan(main_window):
    calls = []
    main_window.import_handler = lambda: calls.append("import")
    main_window.new_plan_handler = lambda: calls.append("new")
    assert main_window.empty_state.import_button.isEnabled()
    main_window.empty_state.import_button.click()
    main_window.actions["new_plan"].trigger()
    assert calls == ["import", "new"]


def test_reopening_opens_the_most_recent_plan(qtbot, ctx, demo_plan, small_plan):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.open_plan(small_plan)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.plan_uuid == small_plan


def test_installers_run_with_the_window(qtbot, ctx, monkeypatch):
    installed = []
    monkeypatch.setattr(features, "INSTALLERS", [lambda window: installed.append(sorted(window.menus))])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert installed == [["edit", "file", "help", "plan", "reports", "view"]]
    assert window.tabs.tabText(0) == "Actions"
