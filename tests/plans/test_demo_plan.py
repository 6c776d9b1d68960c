"""The demo plan as stored: every BCP action, its leads resolved, its timescales parsed."""

from __future__ import annotations

from app.plan_setup.leads import lead_rows
from app.plans.demo import load_demo_draft
from app.queries.actions import action_rows
from app.queries.structure import priority_tree


def test_every_demo_action_is_stored_with_lead_and_objectives(ctx, demo_plan):
    draft = load_demo_draft()
    rows = action_rows(ctx.db, demo_plan.uuid)
    assert len(rows) == len(draft.actions) == demo_plan.action_count
    assert {r.ref for r in rows} == {a.ref for a in draft.actions}
    assert all(r.objective_refs for r in rows)
    assert all(r.lead_name for r in rows if r.ref)


def test_demo_lead_spellings_collapse_to_canonical_leads(ctx, demo_plan):
    leads = {l.name: l for l in lead_rows(ctx.db, demo_plan.uuid)}
    assert "DA Operational Group" in leads
    assert "DA Ops Group" in leads["DA Operational Group"].aliases
    assert not any(name.startswith("DA Op") and name != "DA Operational Group" for name in leads)


def test_demo_tree_counts_add_up(ctx, demo_plan):
    tree = priority_tree(ctx.db, demo_plan.uuid)
    assert [p.code for p in tree] == ["1", "2", "3", "4"]
    rows = action_rows(ctx.db, demo_plan.uuid)
    for priority in tree:  # an action counts under every priority and objective it serves
        assert priority.action_count == sum(1 for r in rows if priority.uuid in r.priority_uuids)
        for objective in priority.objectives:
            assert objective.action_count == sum(1 for r in rows if objective.uuid in r.objective_uuids)
    by_code = {p.code: p for p in tree}
    assert by_code["3"].action_count == sum(1 for r in rows if any(x.startswith("3.") for x in r.objective_refs)) > 0
    assert sum(p.action_count for p in tree) > demo_plan.action_count  # shared actions, counted per priority


def test_demo_timescales_are_understood_or_flagged(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid)
    april_2022 = [r for r in rows if r.timescale_text == "April 2022"]
    assert april_2022 and all(r.due_date and r.due_date.isoformat() == "2022-04-30" for r in april_2022)
    assert {r.timescale_kind for r in rows if r.timescale_text == "Ongoing"} == {"ongoing"}
    assert {r.timescale_kind for r in rows if r.timescale_text == "TBC"} == {"tbc"}


def test_actions_are_filed_under_the_first_objective_the_plan_lists(ctx, demo_plan):
    """BCP lists "4.1 4.2 4.3 4.4 4.5 2.4": such an action belongs under 4.1, not under 2.4."""
    draft = {a.ref: a.objective_refs for a in load_demo_draft().actions}
    for row in action_rows(ctx.db, demo_plan.uuid):
        assert list(row.objective_refs) == list(dict.fromkeys(draft[row.ref]))
    rows = action_rows(ctx.db, demo_plan.uuid)
    tree = {p.code: p.uuid for p in priority_tree(ctx.db, demo_plan.uuid)}
    assert sum(1 for r in rows if r.priority_uuid == tree["4"]) == sum(
        1 for refs in draft.values() if refs[0].startswith("4.")
    )
