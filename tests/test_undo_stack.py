"""App commands on Qt's undo stack (no window needed)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from app.editing.commands import CommandError, SetFields
from app.queries.actions import action_rows
from ui.editing.undo import push_command


def test_push_undo_redo_changes_the_database(qtbot, ctx, small_plan):
    stack = QUndoStack()
    row = action_rows(ctx.db, small_plan)[0]
    push_command(stack, ctx.commands, SetFields("action", row.uuid, {"status": "At risk"}, label="Mark at risk"))
    assert stack.undoText() == "Mark at risk"
    assert action_rows(ctx.db, small_plan)[0].status == "At risk"
    stack.undo()
    assert action_rows(ctx.db, small_plan)[0].status == "On track"
    stack.redo()
    assert action_rows(ctx.db, small_plan)[0].status == "At risk"


def test_refused_command_raises_and_leaves_stack_empty(qtbot, ctx, small_plan):
    stack = QUndoStack()
    row = action_rows(ctx.db, small_plan)[0]
    with pytest.raises(CommandError):
        push_command(stack, ctx.commands, SetFields("action", row.uuid, {"percent_complete": 101}))
    assert stack.count() == 0 and not stack.canUndo()
