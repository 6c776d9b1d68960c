"""Change history: the audit trail as a secretary reads it, in the app and from Edit ▸ Change history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.editing.commands import SetFields
from app.editing.history import change_history
from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows
from ui.window.main_window import MainWindow

# The history reads the same audit trail on both engines.
pytestmark = pytest.mark.both_engines


def test_a_change_reads_with_names_and_dates_not_ids(ctx, demo_plan):
    row = action_rows(ctx.db, demo_plan.uuid)[0]
    police = next(lead for lead in lead_rows(ctx.db, demo_plan.uuid) if lead.name != row.lead_name)
    values = {"status": "At risk", "lead_uuid": police.uuid, "timescale_text": "Sept 2022"}
    ctx.commands.execute(SetFields("action", row.uuid, values, label=f"Edit action {row.ref}"))
    lines = change_history(ctx.db, demo_plan.uuid, row.uuid)
    by_field = {line.field: line for line in lines}
    assert (by_field["Status"].old, by_field["Status"].new) == (row.status, "At risk")
    assert (by_field["Lead"].old, by_field["Lead"].new) == (row.lead_name, police.name)
    assert by_field["Timescale"].new == "Sept 2022"
    assert by_field["Due"].new == "30 Sep 2022"
    assert {line.change for line in lines} == {f"Edit action {row.ref}"}
    assert all(line.user == "test-officer" and line.record == "Action" for line in lines)


def test_deleting_and_the_whole_plan_view(ctx, demo_plan):
    row = action_rows(ctx.db, demo_plan.uuid)[1]
    ctx.commands.execute(SetFields("action", row.uuid, {"deleted": True}, label=f"Delete action {row.ref}"))
    newest = change_history(ctx.db, demo_plan.uuid)[0]
    assert (newest.field, newest.old, newest.new) == ("Deleted", "no", "yes")
    assert [line.change for line in change_history(ctx.db, demo_plan.uuid)] == [
        f"Delete action {row.ref}",
        "Create demo plan",
    ]
    assert len(change_history(ctx.db, demo_plan.uuid, limit=1)) == 1


@pytest.fixture
def window(qtbot, ctx, demo_plan):
    window = MainWindow(ctx, today=lambda: date(2022, 6, 1))
    qtbot.addWidget(window)
    window.show()
    return window


def test_ctrl_h_shows_the_selected_actions_history_after_an_edit(qtbot, window):
    target = action_rows(window.ctx.db, window.plan_uuid)[0]
    window.select_actions([target.uuid])
    window.run_command(SetFields("action", target.uuid, {"status": "Off track"}, label="Set status"))
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialogs["history"]
    assert dialog.isVisible() and dialog.windowTitle() == f"Change history – action {target.ref}"
    table = dialog.table
    first = [table.item(0, column).text() for column in range(table.columnCount())]
    assert first[1:] == ["test-officer", "Set status", "Action", "Status", target.status, "Off track"]
    dialog.reject()


def test_without_a_single_selection_the_whole_plan_is_shown(qtbot, window):
    window.table.clearSelection()
    window.actions["history"].trigger()
    dialog = window.dialogs["history"]
    assert dialog.windowTitle() == "Change history – whole plan"
    assert dialog.table.rowCount() > 0  # the demo plan's creation is on record
    dialog.reject()
