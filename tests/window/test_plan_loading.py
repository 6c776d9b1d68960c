"""Start-up opens the first plan on the thread pool: the window shows which plan is opening (not a
blank grid) and is usable meanwhile, and the plan appears when read."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from app.queries import workspace
from ui.window.main_window import MainWindow


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, load_in_background=True)
    qtbot.addWidget(window)
    return window


def test_the_window_shows_the_plan_opening_then_its_rows(qtbot, ctx, small_plan):
    window = _window(qtbot, ctx)
    assert window.plan_loading.busy
    assert window.centre.currentWidget() is window.plan_loading.page
    assert "Opening Test Partnership – Small plan (3 actions)…" in window.plan_loading.page.title.text()
    assert window.plan_uuid is None
    assert not window.actions["add_action"].isEnabled()  # nothing to add to until the plan is in

    qtbot.waitUntil(lambda: not window.plan_loading.busy)
    assert window.plan_uuid == small_plan
    assert window.model.rowCount() == 3
    assert window.centre.currentIndex() == 1
    assert window.count_label.text() == "3 of 3 actions shown"
    assert window.windowTitle().startswith("Small plan")


def test_opening_another_plan_meanwhile_wins_over_the_late_read(qtbot, ctx, demo_plan, small_plan):
    window = _window(qtbot, ctx)
    assert window.plan_loading.busy
    loading = window.plan_loading.page.title.text()
    window.open_plan(demo_plan.uuid if "Small plan" in loading else small_plan)
    chosen = window.plan_uuid
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # the late read's result is delivered (and dropped) on the UI thread
    assert not window.plan_loading.busy
    assert window.plan_uuid == chosen
    assert window.centre.currentIndex() == 1


def test_a_failed_background_read_opens_the_plan_on_the_ui_thread(qtbot, ctx, small_plan, monkeypatch):
    real_read = workspace.read_plan_view

    def fail_off_the_ui_thread(*args):
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("disk went away")
        return real_read(*args)

    monkeypatch.setattr(workspace, "read_plan_view", fail_off_the_ui_thread)
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: not window.plan_loading.busy)
    assert window.plan_uuid == small_plan
    assert window.model.rowCount() == 3
