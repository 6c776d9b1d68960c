"""Undo never crosses a plan open, never empties the plan, and survives an error inside a bulk step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from app.editing import commands as commands_module
from app.editing.commands import Batch, CommandError, SetFields
from app.plans.builder import CreatePlan
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from tests.conftest import small_draft
from ui.common import prompts
from ui.editing.undo import push_command


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, text, details=None: shown.append((title, text)))
    return shown


def _fail_on(monkeypatch, uuid):
    """Make any command touching ``uuid`` fail after earlier parts of its batch have been applied."""
    real_assign = commands_module._assign

    def assign(run, entity, record, values):
        if record.uuid == uuid:
            raise CommandError("simulated failure halfway through")
        return real_assign(run, entity, record, values)

    monkeypatch.setattr(commands_module, "_assign", assign)


def _bulk(rows, status):
    return Batch("Bulk status", tuple(SetFields("action", r.uuid, {"status": status}) for r in rows))


def _statuses(ctx, plan):
    return [r.status for r in action_rows(ctx.db, plan)]


def test_push_of_a_bulk_step_failing_halfway_changes_nothing_and_keeps_history(qtbot, ctx, small_plan, monkeypatch):
    stack = QUndoStack()
    rows = action_rows(ctx.db, small_plan)
    push_command(stack, ctx.commands, SetFields("plan", small_plan, {"title": "First step"}))
    before = _statuses(ctx, small_plan)
    _fail_on(monkeypatch, rows[2].uuid)
    with pytest.raises(CommandError, match="halfway"):
        push_command(stack, ctx.commands, _bulk(rows, "Complete"))
    assert _statuses(ctx, small_plan) == before
    assert stack.count() == 1 and stack.undoText() == "Edit"
    stack.undo()
    assert get_plan(ctx.db, small_plan).title == "Small plan"


def test_undo_failing_halfway_rolls_back_whole_and_drops_the_step(qtbot, ctx, small_plan, monkeypatch, errors):
    stack = QUndoStack()
    rows = action_rows(ctx.db, small_plan)
    push_command(stack, ctx.commands, SetFields("plan", small_plan, {"title": "Earlier step"}))
    push_command(stack, ctx.commands, _bulk(rows, "Complete"))
    assert _statuses(ctx, small_plan) == ["Complete"] * 3
    _fail_on(monkeypatch, rows[0].uuid)  # the inverse batch undoes rows in reverse: rows[0] is last
    stack.undo()
    assert _statuses(ctx, small_plan) == ["Complete"] * 3  # not two reverted and one left
    assert errors and errors[0][0] == "Undo failed" and "Nothing was changed" in errors[0][1]
    assert stack.count() == 1 and stack.index() == 1 and stack.undoText() == "Edit"
    monkeypatch.undo()
    stack.undo()
    assert get_plan(ctx.db, small_plan).title == "Small plan"


def test_undo_never_crosses_opening_another_plan(qtbot, ctx, small_plan, main_window):
    other = ctx.commands.execute(CreatePlan(small_draft(), uuid="")).inverse.uuid
    main_window.open_plan(small_plan)
    assert main_window.run_command(SetFields("plan", small_plan, {"title": "Edited in plan one"}))
    main_window.open_plan(other)
    assert main_window.undo_stack.count() == 0
    main_window.actions["undo"].trigger()
    assert get_plan(ctx.db, small_plan).title == "Edited in plan one"


def test_undoing_everything_never_empties_the_plan(qtbot, ctx, small_plan, main_window):
    main_window.open_plan(small_plan)
    rows = action_rows(ctx.db, small_plan)
    assert main_window.run_command(SetFields("action", rows[0].uuid, {"activity": "Changed"}))
    assert main_window.run_command(SetFields("action", rows[1].uuid, {"deleted": True}))
    for _ in range(5):
        main_window.actions["undo"].trigger()
    assert [r.activity for r in action_rows(ctx.db, small_plan)] == [r.activity for r in rows]
    assert main_window.plan_uuid == small_plan and main_window.model.rowCount() == 3
