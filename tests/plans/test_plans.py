"""Finding a plan by what a user types after --plan."""

from __future__ import annotations

import pytest

from app.plans.builder import CreatePlan
from app.plans.listing import PlanNotFoundError, list_plans, resolve_plan
from tests.conftest import small_draft


def _add(ctx, title):
    draft = small_draft()
    draft.title = title
    return ctx.commands.execute(CreatePlan(draft)).inverse.uuid


def test_single_plan_is_meant_when_none_named(ctx, small_plan):
    assert resolve_plan(ctx.db, None).uuid == small_plan


def test_name_unique_part_and_id_all_find_the_plan(ctx):
    housing = _add(ctx, "Housing delivery plan")
    _add(ctx, "Domestic abuse delivery plan")
    assert resolve_plan(ctx.db, "Housing delivery plan").uuid == housing
    assert resolve_plan(ctx.db, "housing").uuid == housing
    assert resolve_plan(ctx.db, housing).uuid == housing
    assert resolve_plan(ctx.db, housing[:8]).uuid == housing


def test_ambiguous_or_missing_names_list_the_choices(ctx):
    _add(ctx, "Housing delivery plan")
    _add(ctx, "Domestic abuse delivery plan")
    with pytest.raises(PlanNotFoundError, match="matches several plans"):
        resolve_plan(ctx.db, "delivery")
    with pytest.raises(PlanNotFoundError, match="No plan matches 'parks'.*Housing"):
        resolve_plan(ctx.db, "parks")
    with pytest.raises(PlanNotFoundError, match="several plans"):
        resolve_plan(ctx.db, None)


def test_deleted_plan_is_not_listed_and_undo_brings_it_back(ctx):
    applied = ctx.commands.execute(CreatePlan(small_draft()))
    removed = ctx.commands.execute(applied.inverse)
    assert list_plans(ctx.db) == []
    ctx.commands.execute(removed.inverse)
    assert [p.title for p in list_plans(ctx.db)] == ["Small plan"]


@pytest.mark.parametrize(
    ("change", "message"),
    [({"title": "T" * 400}, "longer than 300"), ({"approval": "signed off"}, "Approval must be one of")],
)
def test_a_new_plan_meets_the_same_field_rules_as_editing_one(ctx, change, message):
    from dataclasses import replace

    from app.editing.commands import CommandError

    with pytest.raises(CommandError, match=message):
        ctx.commands.execute(CreatePlan(replace(small_draft(), **change)))
    assert list_plans(ctx.db) == []


def test_archived_plans_are_counted_and_deleted_ones_are_not(ctx):
    from app.plans.lifecycle import archive_plan_command, delete_plan_command
    from app.plans.listing import count_archived_plans, get_plan

    kept, gone, open_plan = (_add(ctx, title) for title in ("Housing plan", "Old plan", "Open plan"))
    assert count_archived_plans(ctx.db) == 0
    for uuid in (kept, gone):
        ctx.commands.execute(archive_plan_command(get_plan(ctx.db, uuid)))
    ctx.commands.execute(delete_plan_command(get_plan(ctx.db, gone)))
    assert count_archived_plans(ctx.db) == 1
    assert open_plan in {plan.uuid for plan in list_plans(ctx.db)}
