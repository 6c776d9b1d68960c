"""Four officers' processes edit the same two actions of one plan at once on the real PostgreSQL.

Every write must start from the value last committed (the audit trail's old value is what the
officer saw): no lost update. Every clash must name a value that really was committed meanwhile:
every conflict surfaced, none invented. Bounded loops; the server listens on loopback only.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict

import pytest
from sqlalchemy import select

from app.editing.commands import load_audit_value
from app.queries.actions import action_rows
from models import AuditEntry
from tests.editing.officer_process import launch
from tests.pg_fixtures import COLLEAGUE, COLLEAGUE_PASSWORD, OFFICER_PASSWORD

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)

EDITS_EACH = 25


def _start(ctx, plan, tag, login, password, seed):
    url = ctx.db.url.set(username=login).render_as_string(hide_password=True)
    folder = ctx.paths.data_dir.parent / f"officer-{tag}"
    return launch("online", folder, url, plan, tag, password, "--count", EDITS_EACH, "--seed", seed)


def test_four_officers_at_once_lose_no_update_and_every_clash_is_shown(ctx, small_plan):
    logins = [("A", "test-officer", OFFICER_PASSWORD), ("B", COLLEAGUE, COLLEAGUE_PASSWORD)] * 2
    runs = [
        _start(ctx, small_plan, f"{tag}{n}", login, password, seed=n) for n, (tag, login, password) in enumerate(logins)
    ]
    outputs = [run.communicate(timeout=240) for run in runs]
    assert [run.returncode for run in runs] == [0] * 4, [err for _out, err in outputs]
    attempts = [json.loads(line) for out, _err in outputs for line in out.splitlines()]

    with ctx.db.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.field != "").order_by(AuditEntry.id)))
    history = defaultdict(list)  # (uuid, field) -> [(old, new, command_id)] in commit order
    for entry in entries:
        old, new = load_audit_value(entry.old_value), load_audit_value(entry.new_value)
        history[(entry.entity_uuid, entry.field)].append((old, new, entry.command_id))

    # No lost update: each write to a field started from the value the previous write left.
    for changes in history.values():
        for earlier, later in itertools.pairwise(changes):
            assert later[0] == earlier[1]
    by_command = {(c, key): (old, new) for key, changes in history.items() for old, new, c in changes}
    committed = {key: {new for _old, new, _c in changes} for key, changes in history.items()}
    written = [a for a in attempts if a["kind"] == "written" and a["mine"] != a["seen"]]
    clashes = [a for a in attempts if a["kind"] == "conflict"]
    for attempt in written:
        key = (attempt["uuid"], attempt["field"])
        if (attempt["command_id"], key) in by_command:
            # What the officer saw is exactly what the write replaced.
            assert by_command[(attempt["command_id"], key)] == (attempt["seen"], attempt["mine"])
        else:
            # Nothing to write: a colleague had already put the same value there.
            assert attempt["mine"] in committed[key]
    for clash in clashes:
        key = (clash["uuid"], clash["field"])
        assert clash["theirs"] != clash["seen"] and clash["theirs"] != clash["mine"]
        assert clash["theirs"] in committed[key]  # a real colleague's value, not an invented one
        assert clash["by"] in ("test-officer", COLLEAGUE)
    assert clashes, "four officers on two actions never clashed: the test did not exercise the merge"
    assert len(attempts) >= 4 * EDITS_EACH

    # Every acknowledged change is there: each field ends as its last committed write left it.
    rows = {row.uuid: row for row in action_rows(ctx.db, small_plan)}
    for (uuid, name), changes in history.items():
        assert getattr(rows[uuid], name) == changes[-1][1]
