"""Edit ▸ Undo and Redo of a big step run off the UI thread behind a progress dialog; Cancel leaves
the database and the undo history as they were; a failure is explained and changes nothing."""

from __future__ import annotations

import threading

import pytest
from dplan_helpers import fingerprint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.editing.action_commands import bulk_set_command
from app.plans.builder import CreatePlan
from app.queries.actions import action_rows
from conftest import small_draft
from ui.common import prompts
from ui.editing.undo_steps import UI_THREAD_RECORDS


@pytest.fixture
def window(main_window, ctx):
    plan = ctx.commands.execute(CreatePlan(small_draft(UI_THREAD_RECORDS + 10))).inverse.uuid
    main_window.open_plan(plan)
    rows = action_rows(ctx.db, plan)
    assert main_window.run_command(bulk_set_command(rows, "status", "At risk", "status"))
    main_window.plan = plan
    return main_window


@pytest.fixture
def said(monkeypatch):
    messages = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text, details=None: messages.append(text))
    return messages


class Held:
    """Holds the window's command service on whichever thread runs it until ``release``."""

    def __init__(self, monkeypatch, service, fail: Exception | None = None) -> None:
        self.threads: list[threading.Thread] = []
        self.started, self.gate = threading.Event(), threading.Event()
        real = service.execute

        def held(*args, **kwargs):
            self.threads.append(threading.current_thread())
            self.started.set()
            assert self.gate.wait(10)
            if fail is not None:
                raise fail
            return real(*args, **kwargs)

        monkeypatch.setattr(service, "execute", held)


def _statuses(ctx, plan) -> set[str]:
    return {row.status for row in action_rows(ctx.db, plan)}


def test_undo_of_a_big_step_runs_off_the_ui_thread_then_redo_too(qtbot, window, ctx, monkeypatch, tmp_path):
    stack = window.undo_stack
    held = Held(monkeypatch, ctx.commands)
    window.actions["undo"].trigger()
    qtbot.waitUntil(held.started.is_set, timeout=10000)
    progress = window.progress_dialog
    assert progress.isVisible() and progress.windowTitle() == f"Undoing Set status of {UI_THREAD_RECORDS + 10} actions"
    progress.grab().save(str(tmp_path / "undo-progress.png"))
    assert stack.index() == 1  # the stack moves only once the database has
    held.gate.set()
    qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=20000)
    assert held.threads[0] is not threading.main_thread()
    assert stack.index() == 0 and stack.canRedo() and _statuses(ctx, window.plan) == {"On track"}

    window.actions["redo"].trigger()
    assert window.progress_dialog is not None  # the redo is as big: off the UI thread too
    qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=20000)
    assert held.threads[1] is not threading.main_thread()
    assert stack.index() == 1 and _statuses(ctx, window.plan) == {"At risk"}


def test_cancelling_a_big_undo_leaves_the_database_and_the_history_untouched(qtbot, window, ctx, monkeypatch, said):
    before = fingerprint(ctx)
    held = Held(monkeypatch, ctx.commands)
    window.actions["undo"].trigger()
    qtbot.waitUntil(held.started.is_set, timeout=10000)
    cancel = window.progress_dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    held.gate.set()
    qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=20000)
    assert fingerprint(ctx) == before and _statuses(ctx, window.plan) == {"At risk"}
    assert window.undo_stack.index() == 1 and window.undo_stack.canUndo()
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed." and said == []


def test_a_big_undo_that_fails_is_explained_and_changes_nothing(qtbot, window, ctx, monkeypatch, said):
    before = fingerprint(ctx)
    held = Held(monkeypatch, ctx.commands, fail=RuntimeError("disk on fire"))
    held.gate.set()
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said == [
        f'Undo of "Set status of {UI_THREAD_RECORDS + 10} actions" could not be applied; nothing was changed '
        "(RuntimeError: disk on fire)."
    ]
    assert fingerprint(ctx) == before and window.undo_stack.index() == 1


def test_a_small_step_is_undone_at_once(qtbot, window, ctx):
    row = action_rows(ctx.db, window.plan)[0]
    assert window.run_command(bulk_set_command([row], "status", "Off track", "status"))
    window.actions["undo"].trigger()
    assert getattr(window, "progress_dialog", None) is None and window.undo_stack.index() == 1
    assert action_rows(ctx.db, window.plan)[0].status == "At risk"


def test_a_bulk_status_change_of_many_actions_is_applied_off_the_ui_thread(qtbot, window, ctx, monkeypatch):
    window.table.selectAll()
    monkeypatch.setattr(prompts, "choose", lambda *args, **kwargs: 3)  # Off track
    held = Held(monkeypatch, ctx.commands)
    window.actions["set_status"].trigger()
    qtbot.waitUntil(held.started.is_set, timeout=10000)
    assert window.progress_dialog.isVisible() and window.undo_stack.index() == 1
    held.gate.set()
    qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=20000)
    assert held.threads[0] is not threading.main_thread()
    assert _statuses(ctx, window.plan) == {"Off track"} and window.undo_stack.index() == 2
