"""Two officers keep copies of one plan and send each other .dplan files: three-way merges."""

from __future__ import annotations

from datetime import date

import pytest
from dplan_helpers import fingerprint, plan_content

from app.context import AppContext
from app.editing.commands import CommandError, CreateRecord, SetFields
from app.plan_files.service import apply_merge, export_plan_file, merge_command, preview_plan_file
from app.queries.actions import action_rows, audit_trail, progress_history

# Plan-file merges apply the same on both engines.
pytestmark = pytest.mark.both_engines


@pytest.fixture
def officers(ctx, small_plan, tmp_path):
    """Officer A (``ctx``) exports the plan; officer B imports it into their own database."""
    first = tmp_path / "from-a.dplan"
    export_plan_file(ctx.db, small_plan, first, "A")
    other = AppContext.open(tmp_path / "officer-b", user="officer-b")
    apply_merge(other, preview_plan_file(other.db, first))
    yield ctx, other
    other.close()


def _actions(ctx, plan):
    return {r.ref: r for r in action_rows(ctx.db, plan)}


def _edit(ctx, uuid, **values):
    ctx.commands.execute(SetFields("action", uuid, values))


def _progress(ctx, action_uuid, note):
    ctx.commands.execute(CreateRecord("progress", {"action_uuid": action_uuid, "date": date(2023, 5, 1), "note": note}))


def test_two_officers_edit_and_merge_both_ways_to_identical_plans(officers, small_plan, tmp_path):
    a, b = officers
    ids = {ref: row.uuid for ref, row in _actions(a, small_plan).items()}
    _edit(a, ids["1.1.1"], activity="A rewords the activity")
    _edit(b, ids["1.1.1"], evidence="B adds evidence")
    _edit(a, ids["1.1.2"], status="At risk")
    _edit(b, ids["1.1.2"], status="Off track")
    _edit(a, ids["1.1.1"], timescale_text="June 2023")
    _progress(a, ids["1.1.1"], "A's update")
    _progress(b, ids["1.1.2"], "B's update")
    _edit(b, ids["1.1.3"], deleted=True)
    b.commands.execute(CreateRecord("glossary", {"plan_uuid": small_plan, "term": "CST", "meaning": "Team"}))

    from_a, from_b = tmp_path / "a2.dplan", tmp_path / "b2.dplan"
    export_plan_file(a.db, small_plan, from_a, "A")
    export_plan_file(b.db, small_plan, from_b, "B")

    at_a = preview_plan_file(a.db, from_b)
    at_b = preview_plan_file(b.db, from_a)
    assert at_a.base_snapshot is not None and at_a.base_snapshot == at_b.base_snapshot
    assert [(c.record_label, c.field, c.base, c.mine, c.theirs) for c in at_a.conflicts] == [
        ("Action 1.1.2", "status", "On track", "At risk", "Off track")
    ]
    assert [c.label for c in at_b.conflicts] == ["Action 1.1.2 – status"]
    # Both officers settle on B's wording: "theirs" at A is "mine" at B.
    apply_merge(a, at_a, {at_a.conflicts[0].key: "theirs"})
    apply_merge(b, at_b, {at_b.conflicts[0].key: "mine"})

    assert plan_content(a, small_plan) == plan_content(b, small_plan)
    rows = _actions(a, small_plan)
    assert rows["1.1.1"].activity == "A rewords the activity"
    assert rows["1.1.2"].status == "Off track"
    assert rows["1.1.1"].evidence == "B adds evidence"
    assert rows["1.1.1"].timescale_text == "June 2023" and rows["1.1.1"].due_date == date(2023, 6, 30)
    assert "1.1.3" not in rows and "1.1.3" not in _actions(b, small_plan)
    notes = {ref: [u.note for u in progress_history(b.db, ids[ref])] for ref in ("1.1.1", "1.1.2")}
    assert notes == {"1.1.1": ["A's update"], "1.1.2": ["B's update"]}


def test_second_round_uses_the_newer_shared_base_and_has_no_conflicts(officers, small_plan, tmp_path):
    a, b = officers
    ids = {ref: row.uuid for ref, row in _actions(a, small_plan).items()}
    _edit(a, ids["1.1.2"], status="At risk")
    _edit(b, ids["1.1.2"], status="Off track")
    export_plan_file(b.db, small_plan, tmp_path / "b.dplan", "B")
    at_a = preview_plan_file(a.db, tmp_path / "b.dplan")
    apply_merge(a, at_a, {at_a.conflicts[0].key: "mine"})
    # A sends the merged plan back; B has nothing of its own to keep, so it simply takes A's choice.
    export_plan_file(a.db, small_plan, tmp_path / "a.dplan", "A")
    at_b = preview_plan_file(b.db, tmp_path / "a.dplan")
    assert at_b.conflicts == ()
    apply_merge(b, at_b)
    assert _actions(b, small_plan)["1.1.2"].status == "At risk"
    assert plan_content(a, small_plan) == plan_content(b, small_plan)


def test_deletion_on_one_side_is_taken_when_the_other_side_did_not_touch_it(officers, small_plan, tmp_path):
    a, b = officers
    doomed = _actions(a, small_plan)["1.1.3"].uuid
    _edit(b, doomed, deleted=True)
    export_plan_file(b.db, small_plan, tmp_path / "b.dplan", "B")
    preview = preview_plan_file(a.db, tmp_path / "b.dplan")
    assert [(c.entity, c.deleted) for c in preview.changes] == [("action", 1)] and not preview.conflicts
    apply_merge(a, preview)
    assert "1.1.3" not in _actions(a, small_plan)


def test_deletion_against_an_edit_is_a_conflict(officers, small_plan, tmp_path):
    a, b = officers
    target = _actions(a, small_plan)["1.1.3"].uuid
    _edit(a, target, activity="Still needed")
    _edit(b, target, deleted=True)
    export_plan_file(b.db, small_plan, tmp_path / "b.dplan", "B")
    preview = preview_plan_file(a.db, tmp_path / "b.dplan")
    assert [(c.field, c.mine, c.theirs) for c in preview.conflicts] == [("deleted", "kept, with changes", "deleted")]
    apply_merge(a, preview, {preview.conflicts[0].key: "mine"})
    assert _actions(a, small_plan)["1.1.3"].activity == "Still needed"


def test_merge_is_one_undo_that_restores_values_and_lets_the_file_merge_again(officers, small_plan, tmp_path):
    a, b = officers
    ids = {ref: row.uuid for ref, row in _actions(a, small_plan).items()}
    _edit(b, ids["1.1.1"], activity="From B")
    _progress(b, ids["1.1.1"], "B's note")
    export_plan_file(b.db, small_plan, tmp_path / "b.dplan", "B")
    before = plan_content(a, small_plan)
    applied = apply_merge(a, preview_plan_file(a.db, tmp_path / "b.dplan"))
    assert _actions(a, small_plan)["1.1.1"].activity == "From B"
    trail = audit_trail(a.db, small_plan, ids["1.1.1"])
    assert trail[0].command_label == "Merge plan file b.dplan" and trail[0].field == "activity"
    undone = a.commands.execute(applied.inverse)
    assert plan_content(a, small_plan) == before
    again = preview_plan_file(a.db, tmp_path / "b.dplan")
    assert {(c.entity, c.added, c.changed) for c in again.changes} == {("action", 0, 1), ("progress", 1, 0)}
    a.commands.execute(undone.inverse)  # redo
    assert [u.note for u in progress_history(a.db, ids["1.1.1"])] == ["B's note"]
    assert not preview_plan_file(a.db, tmp_path / "b.dplan").has_changes


def test_a_preview_gone_stale_is_refused_and_changes_nothing(officers, small_plan, tmp_path):
    a, b = officers
    target = _actions(a, small_plan)["1.1.1"].uuid
    _edit(b, target, activity="From B")
    export_plan_file(b.db, small_plan, tmp_path / "b.dplan", "B")
    preview = preview_plan_file(a.db, tmp_path / "b.dplan")
    _edit(a, target, evidence="typed after the preview")
    before = fingerprint(a)
    with pytest.raises(CommandError, match="preview the merge again"):
        a.commands.execute(merge_command(preview))
    assert fingerprint(a) == before


def test_every_conflict_needs_a_choice(officers, small_plan, tmp_path):
    a, b = officers
    target = _actions(a, small_plan)["1.1.1"].uuid
    _edit(a, target, activity="A")
    _edit(b, target, activity="B")
    export_plan_file(b.db, small_plan, tmp_path / "b.dplan", "B")
    preview = preview_plan_file(a.db, tmp_path / "b.dplan")
    with pytest.raises(ValueError, match="no choice"):
        merge_command(preview, {})
