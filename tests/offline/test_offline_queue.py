"""Offline edits are queued in the laptop copy's own transaction and replayed on the team database in order.

The queue's recording runs on the SQLite laptop copy alone; the replay runs against the real
PostgreSQL server, stopped and started under the client.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.editing.commands import CommandError, CreateRecord, SetFields, StorageError
from app.editing.concurrency import seen_in
from app.offline.queue import queued_changes, start_queueing, waiting_count
from app.offline.replay import replay_queue
from app.offline.sync import catch_up, take_offline_copy
from app.plans.builder import CreatePlan
from app.queries.actions import action_rows
from models import AuditEntry
from tests.conftest import small_draft
from tests.pg_fixtures import COLLEAGUE, colleague_context


def _rows(ctx, plan):
    return {r.ref: r for r in action_rows(ctx.db, plan)}


def _set(ctx, row, **values):
    return ctx.commands.execute(SetFields("action", row.uuid, values, seen=seen_in(row, values)))


def test_an_offline_edit_is_queued_in_the_same_transaction_with_before_after_and_who(ctx, small_plan):
    start_queueing(ctx)
    row = _rows(ctx, small_plan)["1.1.1"]
    applied = _set(ctx, row, status="At risk", comments="On the train")
    [change] = queued_changes(ctx.db)  # one row per record changed, both fields in it
    assert (change.command_id, change.uuid, change.kind) == (applied.command_id, row.uuid, "edit")
    assert change.plan_uuid == small_plan
    assert change.before == {"status": "On track", "comments": ""}
    assert change.after == {"status": "At risk", "comments": "On the train"}
    assert change.base_revision == row.revision and change.user == "test-officer"
    assert waiting_count(ctx.db) == 1

    # A refused edit rolls back with its queue entry; undo is queued like any edit.
    with pytest.raises(CommandError):
        _set(ctx, _rows(ctx, small_plan)["1.1.1"], percent_complete=400)
    ctx.commands.execute(applied.inverse)
    assert waiting_count(ctx.db) == 2


def test_a_command_the_queue_cannot_replay_is_refused_offline_with_nothing_changed(ctx, small_plan):
    from app.plans.listing import list_plans

    start_queueing(ctx)
    with pytest.raises(CommandError, match="cannot be done on the laptop copy"):
        ctx.commands.execute(CreatePlan(small_draft()))
    assert len(list_plans(ctx.db)) == 1 and waiting_count(ctx.db) == 0


def test_a_new_record_is_queued_with_its_values_and_dates_come_back_as_dates(ctx, small_plan):
    from datetime import date

    start_queueing(ctx)
    row = _rows(ctx, small_plan)["1.1.1"]
    ctx.commands.execute(
        CreateRecord("progress", {"action_uuid": row.uuid, "date": date(2026, 12, 1), "note": "Venue booked"})
    )
    [change] = queued_changes(ctx.db)
    assert change.kind == "create" and change.after["date"] == date(2026, 12, 1)


@pytest.fixture
def laptop(ctx, small_plan, tmp_path):
    """The officer's laptop copy of the team plan, queueing as the window does when offline."""
    copy = AppContext.open(tmp_path / "laptop", user="test-officer", database_url="")
    take_offline_copy(ctx, copy, small_plan)
    start_queueing(copy)
    yield copy
    copy.close()


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_edits_made_while_the_server_is_stopped_are_replayed_in_order_with_clashes_shown(
    ctx, small_plan, laptop, pg_server, tmp_path
):
    pg_server.stop()
    try:
        offline = _rows(laptop, small_plan)
        _set(laptop, offline["1.1.1"], comments="Written on the train")
        _set(laptop, offline["1.1.2"], status="At risk")
        _set(laptop, _rows(laptop, small_plan)["1.1.1"], comments="Written on the train, then corrected")
        with pytest.raises(StorageError, match="cannot be reached"):
            _set(ctx, offline["1.1.3"], status="Complete")
    finally:
        pg_server.start()
    colleague = colleague_context(ctx, tmp_path / "colleague")
    try:
        on_server = _rows(colleague, small_plan)
        _set(colleague, on_server["1.1.2"], status="Complete")
        _set(colleague, on_server["1.1.3"], comments="Colleague's note")
    finally:
        colleague.close()

    shown = []
    outcome = catch_up(laptop, ctx, lambda clash: shown.append(clash) or {"status"})
    [clash] = shown
    [conflict] = clash.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.changed_by) == (
        "status", "At risk", "Complete", COLLEAGUE
    )  # fmt: skip
    assert (outcome.sent, outcome.stopped, waiting_count(laptop.db)) == (3, False, 0)
    for copy in (ctx, laptop):
        rows = _rows(copy, small_plan)
        assert rows["1.1.1"].comments == "Written on the train, then corrected"
        assert rows["1.1.2"].status == "At risk"  # the officer kept the laptop's value
        assert rows["1.1.3"].comments == "Colleague's note"
    with ctx.db.read() as session:
        users = set(session.scalars(select(AuditEntry.user).where(AuditEntry.field == "comments")))
    assert users == {"test-officer", COLLEAGUE}  # replayed under the officer's own login


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_clash_put_aside_keeps_it_and_everything_after_it_queued(ctx, small_plan, laptop):
    _set(laptop, _rows(laptop, small_plan)["1.1.1"], status="At risk")
    _set(laptop, _rows(laptop, small_plan)["1.1.2"], comments="Later edit")
    _set(ctx, _rows(ctx, small_plan)["1.1.1"], status="Complete")
    outcome = catch_up(laptop, ctx, lambda clash: None)
    assert outcome.stopped and waiting_count(laptop.db) == 2
    assert _rows(ctx, small_plan)["1.1.2"].comments == ""  # the order is kept: nothing after it jumped ahead
    assert _rows(laptop, small_plan)["1.1.1"].status == "At risk"  # the laptop copy was not overwritten


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_replay_cut_off_half_way_resumes_and_sends_nothing_twice(ctx, small_plan, laptop, pg_server):
    for n, ref in enumerate(("1.1.1", "1.1.2", "1.1.3")):
        _set(laptop, _rows(laptop, small_plan)[ref], comments=f"Note {n}")
    first = queued_changes(laptop.db)[0]

    def drop_the_server(sent: int, _waiting: int) -> None:
        if sent == 1:
            pg_server.stop()

    try:
        with pytest.raises(StorageError):
            replay_queue(laptop, ctx, lambda clash: set(), on_sent=drop_the_server)
    finally:
        pg_server.start()
    assert waiting_count(laptop.db) == 2  # the first is on the server and gone from the queue; two wait

    # The laptop is switched off after the server committed the next one but before the queue
    # forgot it: replaying again must recognise it by its id, not apply it twice.
    second = queued_changes(laptop.db)[0]
    from app.offline.replay import as_command

    ctx.commands.execute(as_command(second), command_id=second.command_id)
    outcome = replay_queue(laptop, ctx, lambda clash: set())
    assert (outcome.sent, waiting_count(laptop.db)) == (2, 0)
    with ctx.db.read() as session:
        counts = dict(
            session.execute(
                select(AuditEntry.command_id, func.count())
                .where(AuditEntry.field == "comments")
                .group_by(AuditEntry.command_id)
            ).all()
        )
    assert counts[first.command_id] == 1 and counts[second.command_id] == 1 and len(counts) == 3
    assert [r.comments for r in sorted(_rows(ctx, small_plan).values(), key=lambda r: r.ref)] == [
        "Note 0", "Note 1", "Note 2"
    ]  # fmt: skip


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_command_the_server_refuses_stays_queued_with_the_reason_and_the_rest_go_on(ctx, small_plan, laptop):
    _set(laptop, _rows(laptop, small_plan)["1.1.1"], percent_complete=50)
    _set(laptop, _rows(laptop, small_plan)["1.1.2"], comments="Still sent")
    doomed = queued_changes(laptop.db)[0]
    # Meanwhile the action is gone from the server altogether (an administrator's clean-up).
    with ctx.db.transaction() as session:
        from models import Action

        session.query(Action).filter_by(uuid=doomed.uuid).delete()
    outcome = replay_queue(laptop, ctx, lambda clash: set())
    assert outcome.sent == 1 and len(outcome.refused) == 1 and "no longer exists" in outcome.refused[0]
    assert _rows(ctx, small_plan)["1.1.2"].comments == "Still sent"
    [kept] = queued_changes(laptop.db, include_refused=True)
    assert kept.command_id == doomed.command_id and "no longer exists" in kept.problem


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_the_command_line_sends_the_queue_first_and_asks_for_a_preference_on_a_clash(ctx, small_plan, laptop, capsys):
    from main import main
    from tests.pg_fixtures import OFFICER_PASSWORD

    _set(laptop, _rows(laptop, small_plan)["1.1.1"], status="At risk")
    _set(ctx, _rows(ctx, small_plan)["1.1.1"], status="Complete")
    laptop.close()
    url = ctx.db.url.set(password=OFFICER_PASSWORD).render_as_string(hide_password=False)
    team = ["--data-dir", str(laptop.paths.data_dir), "--database-url", url]
    capsys.readouterr()
    assert main([*team, "offline-sync"]) == 1
    out = capsys.readouterr().out
    assert "changed the status of action 1.1.1 from 'On track' to 'Complete' while you changed it to 'At risk'" in out
    assert main([*team, "offline-sync", "--prefer", "laptop"]) == 0
    assert "Sent 1 change(s) made offline" in capsys.readouterr().out
    assert _rows(ctx, small_plan)["1.1.1"].status == "At risk"
