"""Two officers on one plan: no lost update, clashes shown with both values, undo keeps a colleague's change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.editing.commands import EditConflict, SetFields
from app.editing.concurrency import seen_in
from app.queries.actions import action_rows, audit_trail
from tests.pg_fixtures import COLLEAGUE, OFFICER_PASSWORD, colleague_context

pytestmark = pytest.mark.both_engines

EDITOR = Path(__file__).with_name("concurrent_editor.py")


@pytest.fixture
def colleague(ctx, tmp_path):
    other = colleague_context(ctx, tmp_path / "colleague")
    yield other
    other.close()


def _row(ctx, plan, ref="1.1.1"):
    return next(r for r in action_rows(ctx.db, plan) if r.ref == ref)


def _edit(ctx, row, **values):
    return ctx.commands.execute(SetFields("action", row.uuid, values, seen=seen_in(row, values)))


def test_changes_to_different_fields_of_one_action_merge_silently(ctx, colleague, small_plan):
    seen_by_me = _row(ctx, small_plan)
    seen_by_them = _row(colleague, small_plan)
    _edit(colleague, seen_by_them, status="Complete", percent_complete=100)
    _edit(ctx, seen_by_me, comments="Funding agreed")
    row = _row(ctx, small_plan)
    assert (row.status, row.percent_complete, row.comments) == ("Complete", 100, "Funding agreed")


def test_the_same_field_changed_by_both_shows_both_values_and_the_second_officer_chooses(ctx, colleague, small_plan):
    seen_by_me = _row(ctx, small_plan)
    _edit(colleague, _row(colleague, small_plan), status="Complete")
    with pytest.raises(EditConflict) as clash:
        _edit(ctx, seen_by_me, status="Delayed", comments="Waiting for the venue")
    [conflict] = clash.value.conflicts
    assert (conflict.field, conflict.seen, conflict.theirs) == ("status", "On track", "Complete")
    assert conflict.mine == "Delayed"
    assert conflict.changed_by == COLLEAGUE
    assert f"{COLLEAGUE} changed the status of action 1.1.1" in str(clash.value)
    assert _row(ctx, small_plan).comments == ""  # nothing of the clashing edit was written

    # Keeping theirs still stores my other field; keeping mine overwrites theirs knowingly.
    ctx.commands.execute(clash.value.resolved(keep_mine=set()))
    row = _row(ctx, small_plan)
    assert (row.status, row.comments) == ("Complete", "Waiting for the venue")
    ctx.commands.execute(clash.value.resolved(keep_mine={"status"}))
    assert _row(colleague, small_plan).status == "Off track"  # "Delayed" as the plan vocabulary stores it


def test_undo_takes_back_my_change_but_never_a_colleagues_later_one(ctx, colleague, small_plan):
    applied = _edit(ctx, _row(ctx, small_plan), status="Delayed", comments="Venue lost")
    _edit(colleague, _row(colleague, small_plan), status="Complete")
    ctx.commands.execute(applied.inverse)
    row = _row(ctx, small_plan)
    assert (row.status, row.comments) == ("Complete", "")
    assert [(e.user, e.field) for e in audit_trail(ctx.db, small_plan, row.uuid)][:2] == [
        ("test-officer", "comments"),
        (COLLEAGUE, "status"),
    ]


def test_two_processes_editing_one_action_lose_no_update(ctx, small_plan, tmp_path):
    """Each process appends its tag to the comments 10 times, re-reading on every clash."""
    # The child's keyring is switched off; libpq takes the password from PGPASSWORD.
    env = {**os.environ, "PGPASSWORD": OFFICER_PASSWORD, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    url = ctx.db.url.render_as_string(hide_password=True) if ctx.db.is_server else ""
    target = [str(ctx.paths.data_dir), url]
    uuid = _row(ctx, small_plan).uuid
    runs = [
        subprocess.Popen(
            [sys.executable, str(EDITOR), *target, uuid, tag, "10"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
            env=env,
        )  # fmt: skip
        for tag in ("A", "B")
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    comments = _row(ctx, small_plan).comments
    assert sorted(comments.split()) == sorted([f"A{n}" for n in range(10)] + [f"B{n}" for n in range(10)])
    # Each process counts the clashes it was shown (and retried); none went unnoticed as a lost write.
    assert all(out.startswith("clashes ") for out, _err in outputs)


KILLED_MID_TRANSACTION = """
import sys, time
from app.context import AppContext
from models import Action
ctx = AppContext.open(sys.argv[1], user="killed", database_url=sys.argv[2])
with ctx.db.transaction() as session:
    action = session.query(Action).filter_by(uuid=sys.argv[3]).with_for_update().one()
    action.status = "Not started"
    action.comments = "half written"
    session.flush()
    print("holding", flush=True)
    time.sleep(60)
"""


def test_a_client_killed_mid_transaction_leaves_the_plan_consistent(ctx, small_plan):
    env = {**os.environ, "PGPASSWORD": OFFICER_PASSWORD, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    url = ctx.db.url.render_as_string(hide_password=True) if ctx.db.is_server else ""
    row = _row(ctx, small_plan)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_TRANSACTION, str(ctx.paths.data_dir), url, row.uuid],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2], env=env,
    )  # fmt: skip
    try:
        assert child.stdout.readline().strip() == "holding"
    finally:
        child.kill()
        child.wait(timeout=10)
    # Nothing of the killed transaction is visible, and its lock is gone: the next edit goes through.
    assert (_row(ctx, small_plan).status, _row(ctx, small_plan).comments) == ("On track", "")
    _edit(ctx, row, comments="After the crash")
    assert _row(ctx, small_plan).comments == "After the crash"
