"""Timeline rows without Qt: lanes, placement of every timescale kind, the Unscheduled lane, axis."""

from __future__ import annotations

from datetime import date

import pytest

from app.editing.commands import SetFields
from app.queries.actions import action_rows
from app.timeline.rows import (
    UNSCHEDULED_LANE,
    BarKind,
    GroupBy,
    load_timeline,
    pack_rows,
    rescheduled_timescale,
    short_title,
)
from app.timescale import parse_timescale
from models.snapshots.time_axis import band_label_level, month_segments, quarter_segments, year_segments

TODAY = date(2022, 2, 14)


def bar_for(data, uuid):
    return next(bar for bar in data.bars if bar.uuid == uuid)


@pytest.mark.parametrize("group_by", list(GroupBy))
def test_every_demo_action_appears_once_in_some_lane(ctx, demo_plan, group_by):
    data = load_timeline(ctx.db, demo_plan.uuid, group_by, TODAY)
    uuids = [bar.uuid for bar in data.bars]
    assert set(uuids) == {row.uuid for row in action_rows(ctx.db, demo_plan.uuid, TODAY)}
    assert len(set(uuids)) == 67
    for lane in data.lanes:  # never twice in one lane
        assert len({bar.uuid for bar in lane.bars}) == len(lane.bars)
    if group_by is not GroupBy.PRIORITY:
        assert len(uuids) == 67
    assert data.lanes[-1].name == UNSCHEDULED_LANE  # TBC and blank timescales last, never dropped
    assert {bar.timescale_text for bar in data.lanes[-1].bars} == {"TBC", ""}


def test_lanes_by_lead_priority_and_status(ctx, demo_plan):
    rows = action_rows(ctx.db, demo_plan.uuid, TODAY)
    by_lead = load_timeline(ctx.db, demo_plan.uuid, GroupBy.LEAD, TODAY)
    lead_lane = next(lane for lane in by_lead.lanes if lane.name == "MARAC Steering Group")
    assert {bar.lead for bar in lead_lane.bars} == {"MARAC Steering Group"}
    assert lead_lane.title == "MARAC Steering Group (7 actions)"
    names = [lane.name for lane in by_lead.lanes[:-1]]
    assert names == sorted(names, key=str.casefold)

    by_priority = load_timeline(ctx.db, demo_plan.uuid, GroupBy.PRIORITY, TODAY)
    codes = [lane.name.split()[0] for lane in by_priority.lanes[:-1]]
    assert codes == ["1", "2", "3", "4"]  # Priority 3's actions are all filed first under another priority
    partnership = next(lane for lane in by_priority.lanes if lane.name == "3 Partnership Working")
    serving = {r.uuid for r in rows if any(ref.startswith("3.") for ref in r.objective_refs)}
    dated = {r.uuid for r in rows if r.timescale_kind not in ("tbc", "unknown", "")}
    assert {bar.uuid for bar in partnership.bars} == serving & {b.uuid for b in by_priority.bars if b.start}
    assert serving & dated

    by_status = load_timeline(ctx.db, demo_plan.uuid, GroupBy.STATUS, TODAY)
    assert [lane.name for lane in by_status.lanes[:2]] == ["Not started (Grey)", "On track (Green)"]
    for lane in by_status.lanes[:-1]:
        assert {bar.status_label for bar in lane.bars} == {lane.name}


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2022-23", BarKind.RANGE, date(2022, 4, 1), date(2023, 3, 31)),
        ("April to June 2023", BarKind.RANGE, date(2023, 4, 1), date(2023, 6, 30)),
        ("April 2023", BarKind.MILESTONE, date(2023, 4, 30), date(2023, 4, 30)),
        ("31/03/2023", BarKind.MILESTONE, date(2023, 3, 31), date(2023, 3, 31)),
        ("Ongoing", BarKind.ONGOING, date(2022, 4, 1), date(2024, 3, 31)),
        ("From October 2022", BarKind.ONGOING, date(2022, 10, 1), date(2024, 3, 31)),
        ("Quarterly", BarKind.RECURRING, date(2022, 4, 1), date(2024, 1, 1)),
        ("TBC", BarKind.UNSCHEDULED, None, None),
        ("", BarKind.UNSCHEDULED, None, None),
        ("as and when required", BarKind.UNSCHEDULED, None, None),
    ],
)
def test_placement_of_each_timescale_kind(ctx, small_plan, make_action, text, kind, start, end):
    uuid = make_action(timescale_text=text)
    data = load_timeline(ctx.db, small_plan, GroupBy.LEAD, TODAY)  # plan period April 2022 - March 2024
    bar = bar_for(data, uuid)
    assert (bar.kind, bar.start, bar.end) == (kind, start, end)
    assert bar.open_end == (kind is BarKind.ONGOING)
    in_unscheduled = any(b.uuid == uuid for lane in data.lanes if lane.unscheduled for b in lane.bars)
    assert in_unscheduled == (kind is BarKind.UNSCHEDULED)


def test_recurring_ticks_follow_the_rule_across_the_plan(ctx, small_plan, make_action):
    quarterly = make_action(timescale_text="Quarterly")
    annual_from_due = make_action(timescale_text="Annual, June 2023")
    annual_from_start = make_action(timescale_text="Annually from June 2022")
    data = load_timeline(ctx.db, small_plan, GroupBy.LEAD, TODAY)
    starts = [(2022, 4), (2022, 7), (2022, 10), (2023, 1), (2023, 4), (2023, 7), (2023, 10), (2024, 1)]
    assert bar_for(data, quarterly).ticks == tuple(date(year, month, 1) for year, month in starts)
    assert bar_for(data, annual_from_due).ticks == (date(2022, 6, 30), date(2023, 6, 30))
    assert bar_for(data, annual_from_start).ticks == (date(2022, 6, 1), date(2023, 6, 1))


def test_dated_action_with_an_explicit_start_draws_as_a_bar(ctx, small_plan, make_action):
    uuid = make_action(timescale_text="June 2023")
    ctx.commands.execute(SetFields("action", uuid, {"start_date": date(2022, 9, 1)}))
    bar = bar_for(load_timeline(ctx.db, small_plan, GroupBy.LEAD, TODAY), uuid)
    assert (bar.kind, bar.start, bar.end) == (BarKind.RANGE, date(2022, 9, 1), date(2023, 6, 30))


def test_overdue_flag_status_pattern_and_description(ctx, small_plan, make_action):
    uuid = make_action(timescale_text="January 2022", status="At risk", activity="Train all staff. Then more.")
    bar = bar_for(load_timeline(ctx.db, small_plan, GroupBy.LEAD, TODAY), uuid)
    assert bar.overdue and bar.pattern == "diagonal" and bar.title == "Train all staff"
    text = bar.describe()
    for part in ("9.9", "Train all staff", "No lead named", "31 January 2022", "At risk (Amber)", "OVERDUE"):
        assert part in text


def test_filter_predicate_limits_the_timeline(ctx, small_plan, make_action):
    make_action(ref="7.1", timescale_text="TBC")
    data = load_timeline(ctx.db, small_plan, GroupBy.LEAD, TODAY, include=lambda row: row.ref.startswith("1."))
    assert {bar.ref for bar in data.bars} == {"1.1.1", "1.1.2", "1.1.3"}
    assert all(not lane.unscheduled for lane in data.lanes)


def test_short_title_is_first_sentence_cut_at_a_word():
    assert short_title("Map services. Then review.") == "Map services"
    long = short_title("Use the findings of the whole systems work to inform future commissioning and pathway design")
    assert long.endswith("…") and len(long) <= 60 and not long[:-1].endswith(" ")


def test_pack_rows_never_overlaps():
    extents = [(0, 10), (5, 15), (11, 20), (16, 30), (0, 100), (31, 40)]
    rows, count = pack_rows(extents, gap=1)
    for i, (a_start, a_end) in enumerate(extents):
        for j, (b_start, b_end) in enumerate(extents):
            if i < j and rows[i] == rows[j]:
                assert a_end + 1 <= b_start or b_end + 1 <= a_start
    assert count == 3


@pytest.mark.parametrize(("kind_text", "due", "expected"), [("April 2023", date(2023, 5, 15), "15 May 2023")])
def test_rescheduled_timescale_reads_back_as_the_new_date(ctx, small_plan, make_action, kind_text, due, expected):
    milestone_uuid, ranged_uuid = make_action(timescale_text=kind_text), make_action(timescale_text="2022-23")
    data = load_timeline(ctx.db, small_plan)
    milestone, ranged = bar_for(data, milestone_uuid), bar_for(data, ranged_uuid)
    assert rescheduled_timescale(milestone, due) == expected
    text = rescheduled_timescale(ranged, date(2023, 6, 30))
    parsed = parse_timescale(text)
    assert (parsed.start, parsed.due) == (date(2022, 4, 1), date(2023, 6, 30))


def test_axis_uses_uk_financial_quarters_and_years():
    quarters = quarter_segments(date(2022, 2, 1), date(2022, 12, 31))
    assert [(q.start, q.short_label) for q in quarters[:3]] == [
        (date(2022, 1, 1), "Q4"),
        (date(2022, 4, 1), "Q1"),
        (date(2022, 7, 1), "Q2"),
    ]
    assert quarters[1].long_label == "Q1 2022-23"
    years = year_segments(date(2022, 2, 1), date(2022, 12, 31))
    assert [y.short_label for y in years] == ["2021-22", "2022-23"]
    months = month_segments(date(2022, 1, 15), date(2022, 3, 1))
    assert [m.short_label for m in months] == ["Jan", "Feb", "Mar"]
    assert band_label_level(months, 1.0, lambda text: 6 * len(text)) == 1  # "Feb 2022" is too wide at 28 px
