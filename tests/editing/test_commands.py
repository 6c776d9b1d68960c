"""The command path: validation, one transaction, audit trail, undo and redo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.editing.commands import Batch, CommandError, CreateRecord, SetFields
from app.queries.actions import action_rows, audit_trail, progress_history
from models import Action, AuditEntry

# The command path and its audit hold on both engines.
pytestmark = pytest.mark.both_engines


def _row(ctx, plan, ref):
    return next(r for r in action_rows(ctx.db, plan) if r.ref == ref)


def test_edit_writes_audit_entry_with_who_and_old_and_new(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.1")
    ctx.commands.execute(SetFields("action", action.uuid, {"status": "At risk"}, label="Set status"))
    entries = audit_trail(ctx.db, small_plan, action.uuid)
    assert entries[0].field == "status"
    assert entries[0].user == "test-officer"
    assert entries[0].old_value == '"On track"' and entries[0].new_value == '"At risk"'
    assert entries[0].command_label == "Set status"


def test_undo_and_redo_round_trip_through_inverse_commands(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.1")
    applied = ctx.commands.execute(SetFields("action", action.uuid, {"status": "Off track", "percent_complete": 20}))
    assert _row(ctx, small_plan, "1.1.1").status == "Off track"
    undone = ctx.commands.execute(applied.inverse)
    row = _row(ctx, small_plan, "1.1.1")
    assert (row.status, row.percent_complete) == ("On track", 0)
    ctx.commands.execute(undone.inverse)
    assert _row(ctx, small_plan, "1.1.1").status == "Off track"


def test_revision_and_modified_stamp_advance_on_edit(ctx, small_plan):
    before = _row(ctx, small_plan, "1.1.2")
    ctx.commands.execute(SetFields("action", before.uuid, {"activity": "Reworded"}))
    after = _row(ctx, small_plan, "1.1.2")
    assert after.revision == before.revision + 1
    assert after.modified_at >= before.modified_at


def test_invalid_status_is_refused_and_nothing_changes(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.1")
    with pytest.raises(CommandError, match="not a status") as info:
        ctx.commands.execute(SetFields("action", action.uuid, {"status": "Purple"}))
    assert info.value.field == "status"
    assert _row(ctx, small_plan, "1.1.1").status == "On track"


def test_batch_failing_midway_rolls_back_every_part(ctx, small_plan):
    rows = action_rows(ctx.db, small_plan)
    with ctx.db.read() as s:
        audits_before = s.scalar(select(func.count(AuditEntry.id)))
    bad = Batch(
        "Bulk status",
        (
            SetFields("action", rows[0].uuid, {"status": "Complete"}),
            SetFields("action", rows[1].uuid, {"percent_complete": 250}),
        ),
    )
    with pytest.raises(CommandError):
        ctx.commands.execute(bad)
    assert _row(ctx, small_plan, rows[0].ref).status == "On track"
    with ctx.db.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == audits_before


def test_bulk_edit_is_one_undo_step(ctx, small_plan):
    rows = action_rows(ctx.db, small_plan)
    applied = ctx.commands.execute(
        Batch("Set status", tuple(SetFields("action", r.uuid, {"status": "Complete"}) for r in rows))
    )
    assert {r.status for r in action_rows(ctx.db, small_plan)} == {"Complete"}
    ctx.commands.execute(applied.inverse)
    assert {r.status for r in action_rows(ctx.db, small_plan)} == {"On track"}


def test_timescale_text_is_parsed_and_undo_restores_dates(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.1")
    assert action.due_date == date(2023, 4, 30)
    applied = ctx.commands.execute(SetFields("action", action.uuid, {"timescale_text": "Sept 2023"}))
    row = _row(ctx, small_plan, "1.1.1")
    assert (row.timescale_text, row.due_date) == ("Sept 2023", date(2023, 9, 30))
    ctx.commands.execute(applied.inverse)
    row = _row(ctx, small_plan, "1.1.1")
    assert (row.timescale_text, row.due_date) == ("April 2023", date(2023, 4, 30))


def test_create_then_undo_tombstones_and_redo_keeps_uuid(ctx, small_plan):
    command = CreateRecord(
        "action", {"plan_uuid": small_plan, "ref": "2.1.9", "activity": "Extra", "status": "At risk"}
    )
    applied = ctx.commands.execute(command)
    assert any(r.uuid == command.uuid for r in action_rows(ctx.db, small_plan))
    undone = ctx.commands.execute(applied.inverse)
    assert all(r.uuid != command.uuid for r in action_rows(ctx.db, small_plan))
    ctx.commands.execute(undone.inverse)
    assert any(r.uuid == command.uuid for r in action_rows(ctx.db, small_plan))


def test_progress_update_belongs_to_action_and_lists_newest_first(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.1")
    for day, note in ((date(2023, 1, 5), "first"), (date(2023, 2, 5), "second")):
        ctx.commands.execute(
            CreateRecord("progress", {"action_uuid": action.uuid, "date": day, "note": note, "author": "CST"})
        )
    history = progress_history(ctx.db, action.uuid)
    assert [h.note for h in history] == ["second", "first"]
    assert _row(ctx, small_plan, "1.1.1").latest_update_note == "second"


def test_objective_links_change_and_undo(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.2")
    assert action.objective_refs == ("1.1", "2.1")
    applied = ctx.commands.execute(SetFields("action", action.uuid, {"objective_uuids": [action.objective_uuids[1]]}))
    assert _row(ctx, small_plan, "1.1.2").objective_refs == ("2.1",)
    assert _row(ctx, small_plan, "1.1.2").priority_code == "2"
    ctx.commands.execute(applied.inverse)
    assert _row(ctx, small_plan, "1.1.2").objective_refs == ("1.1", "2.1")


def test_change_bus_announces_what_changed(ctx, small_plan):
    seen = []
    ctx.bus.subscribe(seen.append)
    action = _row(ctx, small_plan, "1.1.1")
    ctx.commands.execute(SetFields("action", action.uuid, {"comments": "note"}))
    assert seen[-1].plan_uuid == small_plan
    assert "action" in seen[-1].entities and action.uuid in seen[-1].uuids


def test_unknown_field_and_impossible_date_are_refused(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.1")
    with pytest.raises(CommandError, match="no editable field"):
        ctx.commands.execute(SetFields("action", action.uuid, {"id": 5}))
    with pytest.raises(CommandError, match="plausible"):
        ctx.commands.execute(SetFields("action", action.uuid, {"due_date": date(1066, 10, 14)}))
    with ctx.db.read() as s:
        assert s.scalar(select(Action.due_date).where(Action.uuid == action.uuid)) == date(2023, 4, 30)


def test_objective_order_is_kept_when_a_later_objective_comes_first(ctx, small_plan):
    action = _row(ctx, small_plan, "1.1.2")
    reversed_links = [action.objective_uuids[1], action.objective_uuids[0]]
    ctx.commands.execute(SetFields("action", action.uuid, {"objective_uuids": reversed_links}))
    row = _row(ctx, small_plan, "1.1.2")
    assert row.objective_refs == ("2.1", "1.1") and row.priority_code == "2"


def test_text_fields_drop_what_no_export_format_can_hold_and_are_capped():
    from app.editing.entities import MAX_TEXT, ValidationError, spec_for

    action = spec_for("action")
    assert action.check("activity", "a\x00b\x07c\x1bd\ud800e\ufffef\tg\nh\ri") == "abcdef\tg\nh\ri"
    assert len(action.check("activity", "x" * MAX_TEXT)) == MAX_TEXT
    with pytest.raises(ValidationError, match="longer than 32,767 characters"):
        action.check("activity", "x" * (MAX_TEXT + 1))
    with pytest.raises(ValidationError, match="cannot be empty"):
        spec_for("lead").check("name", "\x00\x01")


@pytest.mark.parametrize(("field", "value"), [("position", 2**63), ("budget_pence", 10**16), ("position", -(2**64))])
def test_whole_numbers_beyond_what_sqlite_and_json_keep_are_refused(field, value):
    from app.editing.entities import ValidationError, spec_for

    with pytest.raises(ValidationError, match=field.replace("_", " ").capitalize()):
        spec_for("action").check(field, value)


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 10**400])
def test_measure_numbers_must_be_finite(value):
    from app.editing.entities import ValidationError, spec_for

    with pytest.raises(ValidationError, match="finite"):
        spec_for("measure").check("baseline", value)
