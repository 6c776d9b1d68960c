"""Reconnecting: the queue is sent on the thread pool, counted in the status bar, while the officer works on.

The replay is held half way (a gate in the worker) to look at the window meanwhile, and the real
PostgreSQL server is stopped there: nothing sent or queued may be lost, and the next reconnection
sends the rest, with the clash shown once.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.editing.commands import SetFields
from app.editing.concurrency import seen_in
from app.offline import replay
from app.offline.queue import stand_in, waiting_count
from app.offline.sync import take_offline_copy
from app.queries.actions import action_rows
from models import AuditEntry
from tests.pg_fixtures import COLLEAGUE, colleague_context
from ui.offline import auto

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


def _rows(ctx, plan):
    return {r.ref: r for r in action_rows(ctx.db, plan)}


def _edit(ctx, row, **values):
    return SetFields("action", row.uuid, values, seen=seen_in(row, values))


def test_the_replay_runs_off_the_ui_thread_the_window_stays_usable_and_a_drop_half_way_loses_nothing(
    qtbot, ctx, small_plan, pg_server, tmp_path, monkeypatch
):
    from ui.window.main_window import MainWindow

    laptop = AppContext.open(ctx.paths.data_dir, user=ctx.user, database_url="")
    take_offline_copy(ctx, laptop, small_plan)
    stand_in(laptop, ctx.db.engine.url)  # as after the server dropped: every edit is queued
    rows = _rows(laptop, small_plan)
    laptop.commands.execute(_edit(laptop, rows["1.1.1"], status="At risk"))
    laptop.commands.execute(_edit(laptop, rows["1.1.2"], comments="Written on the train"))
    laptop.commands.execute(_edit(laptop, rows["1.1.3"], comments="Also on the train"))
    colleague = colleague_context(ctx, tmp_path / "colleague")
    try:
        colleague.commands.execute(_edit(colleague, _rows(colleague, small_plan)["1.1.1"], status="Complete"))
    finally:
        colleague.close()

    asked = []
    monkeypatch.setattr(auto, "ask_about_clash", lambda _window, clash: asked.append(clash) or {"status"})
    worker_threads, held, release = [], threading.Event(), threading.Event()
    real_on_server = replay._on_server

    def gated(team, command_id):
        worker_threads.append(threading.current_thread())
        if len(worker_threads) == 2:  # the first command sent, the second about to go
            held.set()
            release.wait(30)
        return real_on_server(team, command_id)

    monkeypatch.setattr(replay, "_on_server", gated)
    window = MainWindow(laptop)  # the server answers at once: the replay starts
    window.resize(1400, 850)
    come_back = window.panels["come_back"]
    shown = []
    come_back.progressed.connect(shown.append)
    try:
        qtbot.waitUntil(held.is_set, timeout=20000)
        assert all(thread is not threading.main_thread() for thread in worker_threads)
        qtbot.waitUntil(lambda: come_back.label.text() == "Reconnecting — 1 of 3 sent to the team database…")
        [clash] = asked  # the clash was asked on the UI thread while the worker waited for the answer
        assert (clash.conflicts[0].mine, clash.conflicts[0].theirs, clash.conflicts[0].changed_by) == (
            "At risk", "Complete", COLLEAGUE
        )  # fmt: skip
        # The window is the officer's meanwhile: an edit goes through, and is queued behind the rest.
        assert window.run_command(_edit(laptop, _rows(laptop, small_plan)["1.1.1"], comments="Typed meanwhile"))
        assert waiting_count(laptop.db) == 3
        pg_server.stop()
    finally:
        release.set()
    try:
        qtbot.waitUntil(lambda: come_back.job is None, timeout=20000)
        assert come_back.label.text() == "Offline — working on your laptop copy, 3 changes waiting"
        assert "successor" not in window.panels  # still on the laptop copy, nothing dropped
        assert waiting_count(laptop.db) == 3
    finally:
        pg_server.start()

    qtbot.waitUntil(lambda: "successor" in window.panels, timeout=30000)
    online = window.panels["successor"]
    assert online.ctx.db.is_server
    assert shown[-1] == "Reconnecting — 3 of 3 sent to the team database…"
    assert len(asked) == 1  # the clash already settled is not asked again
    on_server = _rows(ctx, small_plan)
    assert (on_server["1.1.1"].status, on_server["1.1.1"].comments) == ("At risk", "Typed meanwhile")
    assert (on_server["1.1.2"].comments, on_server["1.1.3"].comments) == ("Written on the train", "Also on the train")
    with ctx.db.read() as session:
        per_command = session.execute(
            select(AuditEntry.command_id, func.count())
            .where(AuditEntry.user == ctx.user, AuditEntry.field.in_(["status", "comments"]))
            .group_by(AuditEntry.command_id)
        ).all()
    assert len(per_command) == 4 and all(count == 1 for _id, count in per_command)  # each sent once
    online.close()
