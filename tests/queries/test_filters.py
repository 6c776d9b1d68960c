"""The shared action filter, over real rows from the demo plan and a small plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows
from app.queries.filters import ActionFilter, DueBucket, filter_rows, financial_quarter, in_bucket, searchable_text

TODAY = date(2022, 5, 10)


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2022, 5, 10), date(2022, 4, 1), date(2022, 6, 30)),
        (date(2022, 9, 30), date(2022, 7, 1), date(2022, 9, 30)),
        (date(2022, 10, 1), date(2022, 10, 1), date(2022, 12, 31)),
        (date(2023, 2, 28), date(2023, 1, 1), date(2023, 3, 31)),
    ],
)
def test_financial_quarters_run_april_to_march(day, start, end):
    assert financial_quarter(day) == (start, end)


def test_lead_filter_finds_every_spelling_merged_into_the_lead(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, TODAY)
    cst = next(lead for lead in lead_rows(ctx.db, demo_plan.uuid) if lead.name == "Community Safety Team")
    shown = filter_rows(rows, ActionFilter(lead_uuids=frozenset({cst.uuid})), TODAY)
    assert len(shown) == cst.action_count > 5
    assert {row.lead_name for row in shown} == {"Community Safety Team"}


def test_text_search_finds_a_lead_by_any_of_its_spellings(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, TODAY)
    ops = next(lead for lead in lead_rows(ctx.db, demo_plan.uuid) if lead.name == "DA Operational Group")
    assert "DA Ops Group" in ops.aliases
    shown = filter_rows(rows, ActionFilter(text="DA Ops Group"), TODAY)
    assert {row.lead_name for row in shown} == {"DA Operational Group"}
    assert len(shown) == ops.action_count


def test_text_matches_every_word_anywhere_in_the_row(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, TODAY)
    shown = filter_rows(rows, ActionFilter(text="marac TRAINING"), TODAY)
    expected = [r for r in rows if all(w in searchable_text(r) for w in ("marac", "training"))]
    assert shown == expected
    assert 0 < len(shown) < len(filter_rows(rows, ActionFilter(text="training"), TODAY))
    by_lead_only = filter_rows(rows, ActionFilter(text="Steering"), TODAY)
    assert by_lead_only and any("steering" not in r.activity.casefold() for r in by_lead_only)
    assert filter_rows(rows, ActionFilter(text="zebra-crossing-xyz"), TODAY) == []


def test_parts_combine(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, TODAY)
    red = ActionFilter(statuses=frozenset({"Off track"}))
    red_overdue = replace(red, due=DueBucket.OVERDUE)
    reds = filter_rows(rows, red, TODAY)
    both = filter_rows(rows, red_overdue, TODAY)
    assert both and set(both) <= set(reds)
    assert all(r.overdue and r.status == "Off track" for r in both)


def test_due_buckets(ctx, small_plan, make_action):
    ongoing = make_action(timescale_text="Ongoing")
    this_quarter = make_action(timescale_text="June 2022")
    next_quarter = make_action(timescale_text="August 2022")
    overdue = make_action(timescale_text="March 2022", status="On track")
    done_late = make_action(timescale_text="March 2022", status="Complete")
    rows = {r.uuid: r for r in action_rows(ctx.db, small_plan, TODAY)}
    assert in_bucket(rows[ongoing], DueBucket.NO_DATE, TODAY)
    assert in_bucket(rows[this_quarter], DueBucket.THIS_QUARTER, TODAY)
    assert not in_bucket(rows[next_quarter], DueBucket.THIS_QUARTER, TODAY)
    assert in_bucket(rows[next_quarter], DueBucket.NEXT_QUARTER, TODAY)
    assert in_bucket(rows[overdue], DueBucket.OVERDUE, TODAY)
    assert not in_bucket(rows[done_late], DueBucket.OVERDUE, TODAY)


def test_changed_since_uses_edits_and_progress_updates(ctx, small_plan):
    rows = action_rows(ctx.db, small_plan, TODAY)
    today_rows = filter_rows(rows, ActionFilter(changed_since=date.today()), TODAY)
    assert len(today_rows) == len(rows)
    assert filter_rows(rows, ActionFilter(changed_since=date(2099, 1, 1)), TODAY) == []


def test_round_trips_through_a_dict_and_drops_nonsense():
    original = ActionFilter(
        text="housing",
        lead_uuids=frozenset({"a"}),
        statuses=frozenset({"Off track", "At risk"}),
        due=DueBucket.OVERDUE,
        changed_since=date(2022, 1, 2),
    )
    assert ActionFilter.from_dict(original.to_dict()) == original
    junk = ActionFilter.from_dict({"text": 5, "lead_uuids": "x", "due": "soon", "changed_since": "31/02/2022"})
    assert junk == ActionFilter()


def test_priority_filter_finds_every_action_serving_the_priority(ctx, demo_plan):
    from app.queries.structure import priority_tree

    rows = action_rows(ctx.db, demo_plan.uuid)
    third = next(p for p in priority_tree(ctx.db, demo_plan.uuid) if p.title == "Partnership Working")
    found = filter_rows(rows, ActionFilter(priority_uuids=frozenset({third.uuid})), date(2022, 1, 5))
    serving = [r for r in rows if any(ref.startswith("3.") for ref in r.objective_refs)]
    assert found == serving and found
    assert all(r.priority_code != "3" for r in found)  # none is filed first under Priority 3
    assert len(found) == third.action_count
