"""Long commands off the UI thread: the window keeps running, Cancel rolls back, Undo takes it back."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from app.editing.commands import CommandError, CommandRun, SetFields
from app.plans.listing import get_plan


@dataclass(frozen=True)
class SlowRetitle:
    """Renames the plan, then works on for ``seconds`` with a checkpoint every 10 ms."""

    plan_uuid: str
    title: str
    seconds: float
    label: str = "Slow retitle"

    def apply(self, run: CommandRun):
        inverse = SetFields("plan", self.plan_uuid, {"title": self.title}).apply(run)
        ends = time.monotonic() + self.seconds
        while time.monotonic() < ends:
            run.checkpoint()
            time.sleep(0.01)
        return inverse


@dataclass(frozen=True)
class Refused:
    label: str = "Refused"

    def apply(self, run: CommandRun):
        raise CommandError("Not today.")


@pytest.fixture
def window(main_window, small_plan):
    main_window.open_plan(small_plan)
    return main_window


@pytest.fixture
def ticks(window):
    """Counts a 10 ms timer on the UI thread: it only advances while the event loop is free."""
    count = [0]
    timer = QTimer(window)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start(10)
    return count


def run(window, command) -> list:
    outcomes = []
    window.run_command_in_background(command, "Working", outcomes.append)
    return outcomes


def test_window_stays_responsive_while_a_command_runs_then_undo_takes_it_back(qtbot, window, ctx, small_plan, ticks):
    before = get_plan(ctx.db, small_plan).title
    outcomes = run(window, SlowRetitle(small_plan, "Renamed in the background", 0.6))
    assert window.progress_dialog.isVisible()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    assert outcomes[0] and ticks[0] > 10  # the UI thread ran its timer throughout
    assert get_plan(ctx.db, small_plan).title == "Renamed in the background"
    assert window.progress_dialog is None  # closed once the work reported
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert get_plan(ctx.db, small_plan).title == before


def test_cancel_stops_the_command_and_leaves_the_database_untouched(qtbot, window, ctx, small_plan):
    before = get_plan(ctx.db, small_plan).title
    outcomes = run(window, SlowRetitle(small_plan, "Never saved", 20))
    qtbot.wait(100)
    cancel = window.progress_dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    assert not outcomes[0] and outcomes[0].refusal == "Cancelled: nothing was changed."
    assert get_plan(ctx.db, small_plan).title == before
    assert window.undo_stack.count() == 0


def test_a_refusal_is_reported_and_nothing_goes_on_the_undo_stack(qtbot, window):
    outcomes = run(window, Refused())
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    assert outcomes[0].refusal == "Not today."
    assert "Not today." in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0
