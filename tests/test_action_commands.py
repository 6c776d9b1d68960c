"""Qt-free command builders: renumbering, moving, progress updates, saved filters."""

from __future__ import annotations

from datetime import date

import pytest

from app.editing.action_commands import move_command, next_ref, progress_update_command
from app.editing.renumber import renumber_command, renumbered_refs
from app.queries.actions import action_rows, audit_trail, progress_history
from app.queries.filters import ActionFilter, DueBucket
from app.queries.saved_filters import SavedFilterError, delete_saved_filter, save_filter, saved_filters
from app.queries.structure import priority_tree


def test_next_ref_counts_on_within_the_objective():
    assert next_ref("1.2", ["1.2.1", "1.2.2", "1.3.1"]) == "1.2.3"
    assert next_ref("1.2", ["1.2.1", "1.2.3"]) == "1.2.4"
    assert next_ref("", []) == "1"


def test_renumber_numbers_each_objective_in_plan_order_and_undoes(ctx, small_plan):
    rows = action_rows(ctx.db, small_plan)
    ctx.commands.execute(renumber_command(rows))  # small plan refs are already 1.1.n
    rows = action_rows(ctx.db, small_plan)
    assert renumbered_refs(rows) == {r.uuid: f"1.1.{n}" for n, r in enumerate(rows, 1)}
    objective_21 = priority_tree(ctx.db, small_plan)[1].objectives[0]
    ctx.commands.execute(move_command(rows[1:2], objective_21.uuid, objective_21.ref))
    rows = action_rows(ctx.db, small_plan)
    command = renumber_command(rows)
    assert {c.values["ref"] for c in command.commands} == {"2.1.1", "1.1.2"}
    applied = ctx.commands.execute(command)
    assert sorted(r.ref for r in action_rows(ctx.db, small_plan)) == ["1.1.1", "1.1.2", "2.1.1"]
    ctx.commands.execute(applied.inverse)
    assert sorted(r.ref for r in action_rows(ctx.db, small_plan)) == ["1.1.1", "1.1.2", "1.1.3"]


def test_move_keeps_secondary_objectives(ctx, small_plan):
    rows = action_rows(ctx.db, small_plan)
    linked_twice = next(r for r in rows if len(r.objective_uuids) == 2)
    tree = priority_tree(ctx.db, small_plan)
    target = tree[1].objectives[0]
    ctx.commands.execute(move_command([linked_twice], target.uuid, target.ref))
    moved = next(r for r in action_rows(ctx.db, small_plan) if r.uuid == linked_twice.uuid)
    assert moved.objective_uuids == (target.uuid,)


def test_progress_update_sets_the_action_status_and_is_audited(ctx, small_plan):
    row = action_rows(ctx.db, small_plan)[0]
    applied = ctx.commands.execute(progress_update_command(row, date(2022, 5, 1), "Officer", "Delayed", "Off track"))
    assert progress_history(ctx.db, row.uuid)[0].status == "Off track"
    assert action_rows(ctx.db, small_plan)[0].status == "Off track"
    fields = {(e.entity, e.field) for e in audit_trail(ctx.db, small_plan) if e.command_id == applied.command_id}
    assert ("action", "status") in fields and ("progress", "") in fields
    ctx.commands.execute(applied.inverse)
    assert progress_history(ctx.db, row.uuid) == []
    assert action_rows(ctx.db, small_plan)[0].status == row.status


def test_saved_filters_are_kept_per_plan(ctx, small_plan, demo_plan):
    red = ActionFilter(statuses=frozenset({"Off track"}), due=DueBucket.OVERDUE)
    assert save_filter(ctx.db, small_plan, "  Red and   overdue ", red) == "Red and overdue"
    save_filter(ctx.db, small_plan, "Housing actions", ActionFilter(text="housing"))
    assert list(saved_filters(ctx.db, small_plan)) == ["Housing actions", "Red and overdue"]
    assert saved_filters(ctx.db, small_plan)["Red and overdue"] == red
    assert saved_filters(ctx.db, demo_plan.uuid) == {}
    delete_saved_filter(ctx.db, small_plan, "Housing actions")
    assert list(saved_filters(ctx.db, small_plan)) == ["Red and overdue"]
    with pytest.raises(SavedFilterError):
        save_filter(ctx.db, small_plan, "   ", red)
