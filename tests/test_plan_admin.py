"""Qt-free plan reshaping: reorder, renumber, add, delete, period checks."""

from datetime import date

from app.editing.commands import SetFields
from app.plan_setup.structure_commands import (
    add_objective_command,
    add_priority_command,
    delete_command,
    moved,
    period_problem,
    renumber_plan_command,
    reorder_command,
)
from app.queries.actions import action_rows
from app.queries.structure import priority_tree


def test_moved_shifts_one_place_and_refuses_past_the_ends():
    assert moved(["a", "b", "c"], "c", -1) == ["a", "c", "b"]
    assert moved(["a", "b", "c"], "a", 1) == ["b", "a", "c"]
    assert moved(["a", "b", "c"], "a", -1) is None
    assert moved(["a", "b", "c"], "c", 1) is None


def test_reorder_is_one_undo_step_touching_only_changed_positions(ctx, small_plan):
    tree = priority_tree(ctx.db, small_plan)
    order = moved([p.uuid for p in tree], tree[1].uuid, -1)
    batch = reorder_command("priority", order, {p.uuid: p.position for p in tree}, "Move priority up")
    assert len(batch.commands) == 2
    applied = ctx.commands.execute(batch)
    assert [p.title for p in priority_tree(ctx.db, small_plan)] == ["Provision", "Prevention"]
    ctx.commands.execute(applied.inverse)
    assert [p.title for p in priority_tree(ctx.db, small_plan)] == ["Prevention", "Provision"]


def test_renumber_codes_refs_and_optionally_action_refs(ctx, small_plan):
    tree = priority_tree(ctx.db, small_plan)
    # Swap the priorities and spoil the numbering, as a plan edited by hand would be.
    ctx.commands.execute(reorder_command("priority", [tree[1].uuid, tree[0].uuid], {}, "swap"))
    ctx.commands.execute(SetFields("objective", tree[1].objectives[0].uuid, {"ref": "B"}))
    ctx.commands.execute(add_objective_command(priority_tree(ctx.db, small_plan)[1], "Second"))

    without_actions = renumber_plan_command(ctx.db, small_plan)
    assert all(c.entity != "action" for c in without_actions.commands)
    applied = ctx.commands.execute(renumber_plan_command(ctx.db, small_plan, renumber_actions=True))
    renumbered = priority_tree(ctx.db, small_plan)
    assert [(p.code, p.title) for p in renumbered] == [("1", "Provision"), ("2", "Prevention")]
    assert [o.ref for p in renumbered for o in p.objectives] == ["1.1", "2.1", "2.2"]
    # Every action of the small plan is filed under "Fewer victims", now objective 2.1.
    assert [a.ref for a in action_rows(ctx.db, small_plan)] == ["2.1.1", "2.1.2", "2.1.3"]

    ctx.commands.execute(applied.inverse)
    assert [a.ref for a in action_rows(ctx.db, small_plan)] == ["1.1.1", "1.1.2", "1.1.3"]
    assert [p.code for p in priority_tree(ctx.db, small_plan)] == ["2", "1"]
    assert renumber_plan_command(ctx.db, small_plan).commands  # undone, so there is work again


def test_renumber_of_a_tidy_plan_changes_nothing(ctx, small_plan):
    assert renumber_plan_command(ctx.db, small_plan, renumber_actions=True).commands == ()


def test_add_priority_and_objective_number_themselves(ctx, small_plan):
    ctx.commands.execute(add_priority_command(small_plan, priority_tree(ctx.db, small_plan), "Pursue"))
    third = priority_tree(ctx.db, small_plan)[-1]
    assert (third.code, third.title) == ("3", "Pursue")
    ctx.commands.execute(add_objective_command(third, "Disrupt offenders"))
    assert [(o.ref, o.text) for o in priority_tree(ctx.db, small_plan)[-1].objectives] == [("3.1", "Disrupt offenders")]


def test_deleting_an_objective_is_a_tombstone_that_undo_restores_with_links(ctx, small_plan):
    objective = priority_tree(ctx.db, small_plan)[0].objectives[0]
    applied = ctx.commands.execute(delete_command("objective", objective.uuid, "Delete objective"))
    assert priority_tree(ctx.db, small_plan)[0].objectives == ()
    ctx.commands.execute(applied.inverse)
    assert priority_tree(ctx.db, small_plan)[0].objectives[0].action_count == objective.action_count == 3


def test_period_problem_names_both_dates():
    assert period_problem(date(2024, 4, 1), date(2023, 3, 31)) == (
        "The period ends (31 Mar 2023) before it starts (01 Apr 2024)."
    )
    assert period_problem(date(2023, 4, 1), None) is None
    assert period_problem(date(2023, 4, 1), date(2024, 3, 31)) is None
