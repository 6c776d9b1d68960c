"""What the progress report says: counts, exceptions, changes, glossary, remembered options."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.editing.commands import CreateRecord, SetFields
from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from app.reporting import (
    ReportOptions,
    build_report,
    last_report_date,
    load_report_options,
    record_report_produced,
    save_report_options,
    terms_used,
)
from exports.reporting.pdf import render_pdf
from models import Status
from models.snapshots.rows import GlossaryRow
from tests.report_helpers import pages_text

# Report figures come from the same queries on both engines.
pytestmark = pytest.mark.both_engines

DEMO_TODAY = date(2022, 1, 5)


def test_summary_counts_every_non_confidential_demo_action(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), DEMO_TODAY)
    rows = action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY)
    visible = [r for r in rows if not r.confidential]
    assert report.summary.total == len(visible) == len(rows) - 2
    assert sum(n for _, n in report.summary.counts) == len(visible)
    assert dict(report.summary.counts)["Complete"] == sum(1 for r in visible if r.status == "Complete")
    assert report.summary.sentence.startswith(f"{len(visible)} actions: ")
    for priority in report.summary.priorities:  # each action under every priority it serves, once each
        code = priority.code
        assert priority.total == sum(1 for r in visible if code in r.priority_codes)
    assert report.summary.counted_more_than_once
    assert report.summary.overdue == sum(1 for r in visible if r.overdue) > 0
    assert report.confidential_excluded == 2


def test_exceptions_are_red_overdue_amber_and_stale_each_once(ctx, demo_plan):
    options = ReportOptions(meeting_date=date(2022, 1, 12), meeting_body="BCP Community Safety Partnership Board")
    report = build_report(ctx.db, demo_plan.uuid, options, DEMO_TODAY)
    last_board = date(2021, 10, 13)
    rows = [r for r in action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY) if not r.confidential]

    def stale(r):
        status = Status.parse(r.status)
        started = status is not Status.NOT_STARTED or (r.start_date and r.start_date <= DEMO_TODAY)
        return status.is_open and started and (r.latest_update_date is None or r.latest_update_date < last_board)

    expected = {
        r.ref for r in rows if r.overdue or Status.parse(r.status) in (Status.OFF_TRACK, Status.AT_RISK) or stale(r)
    }
    refs = [item.action.ref for item in report.exceptions]
    assert set(refs) == expected and len(refs) == len(expected)
    kinds = [item.kind for item in report.exceptions]
    assert kinds == sorted(kinds, key=["red", "overdue", "amber", "stale"].index)
    assert {"red", "overdue", "amber", "stale"} <= set(kinds)
    overdue = [i.days_overdue for i in report.exceptions if i.kind == "overdue"]
    green_stale = [i for i in report.exceptions if i.kind == "stale" and i.action.status == "On track"]
    assert green_stale and all(i.stale_since == last_board for i in green_stale)
    assert all(d > 0 for d in overdue)
    assert report.attention == report.exceptions[: len(report.attention)]


def test_confidential_actions_only_with_the_box_ticked(ctx, demo_plan):
    secret = {r.ref for r in action_rows(ctx.db, demo_plan.uuid, DEMO_TODAY) if r.confidential}
    plain = build_report(ctx.db, demo_plan.uuid, ReportOptions(), DEMO_TODAY)
    ticked = build_report(ctx.db, demo_plan.uuid, ReportOptions(include_confidential=True), DEMO_TODAY)
    assert secret and not secret & {a.ref for a in plain.actions}
    assert secret <= {a.ref for a in ticked.actions}
    assert ticked.confidential_excluded == 0


def test_due_before_next_meeting_uses_the_meeting_after_the_reported_one(ctx, demo_plan):
    options = ReportOptions(meeting_date=date(2021, 12, 8))
    report = build_report(ctx.db, demo_plan.uuid, options, date(2021, 12, 1))
    assert report.cover.meeting_body == "DA Strategic Group"
    assert report.summary.due_window_end == date(2022, 1, 12)
    assert report.summary.due_soon
    for action in report.summary.due_soon:
        assert date(2021, 12, 1) <= action.due_date < date(2022, 1, 12)
        assert Status.parse(action.status).is_open


def test_priority_and_lead_choices_narrow_the_report(ctx, demo_plan):
    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(priority_uuids=(first.uuid,)), DEMO_TODAY)
    assert {a.priority_uuid for a in report.actions} == {first.uuid}
    assert report.filtered_out > 0
    lead = report.actions[0].lead_uuid
    by_lead = build_report(ctx.db, demo_plan.uuid, ReportOptions(lead_uuids=(lead,)), DEMO_TODAY)
    assert {a.lead_uuid for a in by_lead.actions} == {lead}


def test_groups_follow_priority_then_objective_and_hold_every_action(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), DEMO_TODAY)
    grouped = [a.ref for g in report.groups for o in g.objectives for a in o.actions]
    assert sorted(grouped) == sorted(a.ref for a in report.actions)
    for group in report.groups:
        for objective in group.objectives:
            assert all(a.objective_refs[0] == objective.ref for a in objective.actions)
            for reference in objective.see_also:
                assert objective.ref in reference.action.objective_refs[1:]
                assert reference.filed_under == reference.action.objective_refs[0]


def test_every_priority_and_objective_of_the_demo_is_in_the_report(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), DEMO_TODAY)
    tree = priority_tree(ctx.db, demo_plan.uuid)
    assert [g.code for g in report.groups] == [p.code for p in tree] == ["1", "2", "3", "4"]
    for group, node in zip(report.groups, tree, strict=True):
        assert [o.ref for o in group.objectives] == [o.ref for o in node.objectives]
    partnership = report.groups[2]
    referenced = {x.action.ref for o in partnership.objectives for x in o.see_also}
    serving = {a.ref for a in report.actions if any(r.startswith("3.") for r in a.objective_refs)}
    assert referenced == serving and serving
    assert next(p for p in report.summary.priorities if p.code == "3").total == len(serving)


def test_choosing_priority_3_files_its_actions_under_it(ctx, demo_plan):
    third = priority_tree(ctx.db, demo_plan.uuid)[2]
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(priority_uuids=(third.uuid,)), DEMO_TODAY)
    assert [g.code for g in report.groups] == ["3"]
    filed = {a.ref for o in report.groups[0].objectives for a in o.actions}
    assert filed == {a.ref for a in report.actions} and filed


def test_glossary_lists_only_whole_word_terms_that_occur():
    terms = [GlossaryRow("1", "DA", "Domestic abuse"), GlossaryRow("2", "IDVA", "adviser"), GlossaryRow("3", "SAB", "")]
    used = terms_used(terms, "The IDVA service (DASH) met the DA lead.")
    assert [t.term for t in used] == ["DA", "IDVA"]
    assert terms_used(terms, "DASH and SABRE only") == ()


def test_demo_glossary_terms_all_occur_in_the_report(ctx, demo_plan):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), DEMO_TODAY)
    assert "MARAC" in {g.term for g in report.glossary}
    assert 0 < len(report.glossary) < 36


def test_changes_since_last_report_from_audit_and_progress(ctx, small_plan, make_action):
    rows = {r.ref: r for r in action_rows(ctx.db, small_plan)}
    today = date.today()
    ctx.commands.execute(SetFields("action", rows["1.1.1"].uuid, {"status": "At risk"}))
    ctx.commands.execute(SetFields("action", rows["1.1.1"].uuid, {"status": "Off track"}))
    ctx.commands.execute(SetFields("action", rows["1.1.2"].uuid, {"status": "Complete"}))
    ctx.commands.execute(SetFields("action", rows["1.1.3"].uuid, {"deleted": True}))
    make_action(ref="9.9", activity="Brand new work")
    update = {"action_uuid": rows["1.1.2"].uuid, "date": today, "author": "CST", "note": "Signed off"}
    ctx.commands.execute(CreateRecord("progress", update))

    changes = build_report(ctx.db, small_plan, ReportOptions(since=today - timedelta(days=1)), today).changes
    assert [(m.action_ref, m.old_status, m.new_status) for m in changes.status_moves] == [
        ("1.1.1", "On track", "Off track")
    ]
    assert [m.ref for m in changes.completed] == ["1.1.2"]
    assert [m.ref for m in changes.removed_actions] == ["1.1.3"]
    assert [m.ref for m in changes.new_actions] == ["9.9"]
    assert [(u.action_ref, u.note) for u in changes.updates] == [("1.1.2", "Signed off")]

    later = build_report(ctx.db, small_plan, ReportOptions(since=today + timedelta(days=1)), today).changes
    assert later.is_empty


def test_options_are_remembered_per_plan_and_since_defaults_to_last_report(ctx, small_plan, demo_plan):
    options = ReportOptions(meeting_body="Board", agenda_item="7", author="Jo", paper="A3", sections=("summary",))
    save_report_options(ctx.db, small_plan, options)
    # The committee, agenda item and author are kept in records (the meeting, the template), not here.
    assert load_report_options(ctx.db, small_plan) == options.with_changes(meeting_body="", agenda_item="", author="")
    assert load_report_options(ctx.db, demo_plan.uuid) == ReportOptions()

    record_report_produced(ctx.db, small_plan, options, date(2024, 2, 1))
    assert last_report_date(ctx.db, small_plan) == date(2024, 2, 1)
    report = build_report(ctx.db, small_plan, load_report_options(ctx.db, small_plan), date(2024, 3, 1))
    assert report.changes.since == date(2024, 2, 1)
    assert report.sections == ("summary",)


def test_an_agenda_item_remembered_by_an_earlier_version_is_still_read_once():
    assert ReportOptions.from_json('{"agenda_item": "7", "paper": "A3"}').agenda_item == "7"


def test_options_from_damaged_json_fall_back_to_defaults():
    assert ReportOptions.from_json("{not json") == ReportOptions()
    odd = ReportOptions.from_json('{"paper": "Letter", "sections": ["summary", "bogus"], "since": "31/02/2024"}')
    assert odd.paper == "A4" and odd.sections == ("summary",) and odd.since is None


def test_changes_carry_the_date_of_the_update_and_list_revised_timescales(ctx, small_plan):
    rows = {r.ref: r for r in action_rows(ctx.db, small_plan)}
    today = date.today()
    reported_on = today - timedelta(days=9)
    first, second = rows["1.1.1"].uuid, rows["1.1.2"].uuid
    late = {"action_uuid": first, "date": reported_on, "author": "CST", "note": "Slipped", "status": "Off track"}
    ctx.commands.execute(CreateRecord("progress", late))
    ctx.commands.execute(SetFields("action", first, {"status": "Off track", "timescale_text": "March 2024"}))
    done = {"action_uuid": second, "date": reported_on, "author": "CST", "note": "Signed off", "status": "Complete"}
    ctx.commands.execute(CreateRecord("progress", done))
    ctx.commands.execute(SetFields("action", second, {"status": "Complete"}))

    # Changes since a week ago: the updates are dated nine days ago but were entered today, so are news.
    changes = build_report(ctx.db, small_plan, ReportOptions(since=today - timedelta(days=7)), today).changes
    assert [(m.action_ref, m.new_status, m.when) for m in changes.status_moves] == [("1.1.1", "Off track", reported_on)]
    assert [(m.ref, m.when) for m in changes.completed] == [("1.1.2", reported_on)]
    assert {(u.action_ref, u.date) for u in changes.updates} == {("1.1.1", reported_on), ("1.1.2", reported_on)}
    assert [(r.action_ref, r.old_text, r.new_text, r.when) for r in changes.revised_timescales] == [
        ("1.1.1", rows["1.1.1"].timescale_text, "March 2024", today)
    ]
    pages = pages_text(
        render_pdf(build_report(ctx.db, small_plan, ReportOptions(since=today - timedelta(days=7)), today))
    )
    assert "Revised timescales (1)" in "\n".join(pages)


def test_without_a_later_meeting_the_report_says_none_is_recorded(ctx, small_plan):
    report = build_report(ctx.db, small_plan, ReportOptions(), date(2022, 6, 1))
    assert report.summary.next_meeting is None
    assert report.summary.due_heading == "Due by 31 August 2022 (no next meeting recorded)"
    text = "\n".join(pages_text(render_pdf(report)))
    assert "no next meeting recorded" in text and "before the next meeting" not in text
