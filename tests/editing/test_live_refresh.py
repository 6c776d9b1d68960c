"""Live refresh on the team database: a colleague's change reaches this client within 2 s, with who made it."""

from __future__ import annotations

import threading
import time

import pytest

from app.editing.commands import SetFields
from app.editing.concurrency import seen_in
from app.editing.live import CONNECTED, RECONNECTING, ChangeListener
from app.queries.actions import action_rows
from tests.pg_fixtures import COLLEAGUE, colleague_context

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


class Heard:
    def __init__(self) -> None:
        self.changes: list = []
        self.states: list[str] = []
        self.event = threading.Event()

    def change(self, change) -> None:
        self.changes.append(change)
        self.event.set()

    def wait(self, seconds: float = 2.0):
        assert self.event.wait(seconds), "no change arrived in time"
        self.event.clear()
        return self.changes[-1]


@pytest.fixture
def colleague(ctx, tmp_path):
    other = colleague_context(ctx, tmp_path / "colleague")
    yield other
    other.close()


def _set_status(ctx, plan, status):
    row = next(r for r in action_rows(ctx.db, plan) if r.ref == "1.1.1")
    ctx.commands.execute(
        SetFields("action", row.uuid, {"status": status}, "Edit status", seen=seen_in(row, ["status"]))
    )
    return row.uuid


def test_a_colleagues_change_arrives_within_two_seconds_naming_them(ctx, colleague, small_plan):
    heard = Heard()
    listener = ChangeListener(ctx.db.engine.url, ctx.commands.client_id, heard.change, heard.states.append).start()
    try:
        assert listener.state == CONNECTED
        _set_status(ctx, small_plan, "At risk")  # my own change is not played back to me
        started = time.monotonic()
        uuid = _set_status(colleague, small_plan, "Complete")
        change = heard.wait(2.0)
        assert time.monotonic() - started < 2.0
        assert (change.by, change.plan_uuid, change.reason) == (COLLEAGUE, small_plan, "Edit status")
        assert uuid in change.uuids and "action" in change.entities
        assert [c.by for c in heard.changes] == [COLLEAGUE]
    finally:
        listener.stop()


def test_the_audit_trail_names_each_officer_by_their_database_login(ctx, colleague, small_plan):
    from app.queries.actions import audit_trail

    uuid = _set_status(colleague, small_plan, "Complete")
    assert audit_trail(ctx.db, small_plan, uuid)[0].user == COLLEAGUE
    assert ctx.user == "test-officer"


def test_a_restarted_server_shows_reconnecting_then_refreshes_everything(ctx, colleague, small_plan, pg_server):
    heard = Heard()
    listener = ChangeListener(ctx.db.engine.url, ctx.commands.client_id, heard.change, heard.states.append).start()
    try:
        pg_server.stop()
        deadline = time.monotonic() + 5
        while listener.state != RECONNECTING and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.state == RECONNECTING
        pg_server.start()
        change = heard.wait(10.0)
        assert change.plan_uuid is None and change.reason == "Reconnected to the team database"
        assert heard.states == [CONNECTED, RECONNECTING, CONNECTED]
        # Nothing was lost, and both clients carry on over fresh connections.
        _set_status(colleague, small_plan, "Complete")
        assert heard.wait(2.0).by == COLLEAGUE
        assert next(r for r in action_rows(ctx.db, small_plan) if r.ref == "1.1.1").status == "Complete"
    finally:
        listener.stop()


def test_the_window_shows_a_colleagues_change_and_who_made_it(qtbot, ctx, colleague, small_plan, main_window):
    from ui.storage.live_refresh import LIVE_TEXT

    main_window.open_plan(small_plan)
    assert main_window.live_refresh.label.text() == LIVE_TEXT
    _set_status(colleague, small_plan, "Complete")
    qtbot.waitUntil(lambda: main_window.model.row_at(0).status == "Complete", timeout=2000)
    assert main_window.statusBar().currentMessage() == f"{COLLEAGUE}: Edit status"
