"""The window moves onto the laptop copy when the team database stops, and back when it returns,
its undo history with it."""

from __future__ import annotations

import pytest

from app.editing.commands import SetFields
from app.editing.concurrency import seen_in
from app.offline.queue import waiting_count
from app.offline.sync import take_offline_copy
from app.queries.actions import action_rows
from tests.pg_fixtures import COLLEAGUE, colleague_context
from ui.offline import auto

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


def _rows(ctx, plan):
    return {r.ref: r for r in action_rows(ctx.db, plan)}


def _edit(window, row, **values):
    assert window.run_command(SetFields("action", row.uuid, values, seen=seen_in(row, values)))


def _successor(qtbot, window, timeout=20000):
    """The window that took ``window``'s place (which Qt then deletes, so neither is left to qtbot)."""
    qtbot.waitUntil(lambda: "successor" in window.panels, timeout=timeout)
    return window.panels["successor"]


def test_offline_on_the_laptop_copy_then_back_with_the_changes_sent_and_the_clash_shown(
    qtbot, ctx, small_plan, pg_server, tmp_path, monkeypatch
):
    from app.context import AppContext
    from ui.window.main_window import MainWindow

    main_window = MainWindow(ctx)
    main_window.resize(1400, 850)
    laptop = AppContext.open(ctx.paths.data_dir, user=ctx.user, database_url="")
    take_offline_copy(ctx, laptop, small_plan)
    laptop.close()
    main_window.open_plan(small_plan)
    main_window.panels["go_offline"].timer.setInterval(200)
    asked = []
    monkeypatch.setattr(auto, "ask_about_clash", lambda _window, clash: asked.append(clash) or {"status"})

    pg_server.stop()
    try:
        offline = _successor(qtbot, main_window)
        assert offline.ctx.standing_in_for is not None and not offline.ctx.db.is_server
        assert offline.plan_uuid == small_plan and offline.model.rowCount() == 3
        label = offline.panels["come_back"].label
        assert label.text() == "Offline — working on your laptop copy, no changes waiting"
        assert offline.panels["team_location"].text() == "This laptop's copy of the team database"
        rows = _rows(offline.ctx, small_plan)
        _edit(offline, rows["1.1.1"], status="At risk")
        _edit(offline, rows["1.1.2"], comments="Written on the train")
        assert label.text() == "Offline — working on your laptop copy, 2 changes waiting"
        assert offline.undo_stack.count() == 2
        offline.grab().save(str(tmp_path / "offline-window.png"))
        shown = []
        offline.panels["come_back"].progressed.connect(shown.append)
    finally:
        pg_server.start()
    colleague = colleague_context(ctx, tmp_path / "colleague")
    try:
        # Quick, before the window notices the server: a colleague changes the same field meanwhile.
        _edit_as(colleague, _rows(colleague, small_plan)["1.1.1"], status="Complete")
    finally:
        colleague.close()

    online = _successor(qtbot, offline)
    assert shown == [
        "Reconnecting — sending 2 changes to the team database…",
        "Reconnecting — 1 of 2 sent to the team database…",
        "Reconnecting — 2 of 2 sent to the team database…",
    ]
    assert online.ctx.db.is_server and online.plan_uuid == small_plan
    [clash] = asked
    assert (clash.conflicts[0].mine, clash.conflicts[0].theirs, clash.conflicts[0].changed_by) == (
        "At risk", "Complete", COLLEAGUE
    )  # fmt: skip
    rows = _rows(online.ctx, small_plan)
    assert (rows["1.1.1"].status, rows["1.1.2"].comments) == ("At risk", "Written on the train")
    assert online.statusBar().currentMessage().startswith("Back on the team database: 2 changes sent")
    assert waiting_count(offline.ctx.db) == 0
    assert _rows(offline.ctx, small_plan)["1.1.1"].status == "At risk"  # the laptop copy refreshed too

    # The undo history came along both ways: Undo on the team database takes back the edit made on
    # the train, and Redo puts it back.
    assert online.undo_stack.count() == 2 and online.actions["undo"].isEnabled()
    online.actions["undo"].trigger()
    assert _rows(online.ctx, small_plan)["1.1.2"].comments == ""
    online.actions["redo"].trigger()
    assert _rows(online.ctx, small_plan)["1.1.2"].comments == "Written on the train"
    online.close()


def _edit_as(ctx, row, **values):
    ctx.commands.execute(SetFields("action", row.uuid, values, seen=seen_in(row, values)))


def test_changes_left_queued_by_a_session_that_ended_offline_are_sent_when_a_team_window_opens(
    qtbot, ctx, small_plan, tmp_path
):
    from app.context import AppContext
    from app.offline.queue import start_queueing
    from ui.window.main_window import MainWindow

    laptop = AppContext.open(ctx.paths.data_dir, user=ctx.user, database_url="")
    take_offline_copy(ctx, laptop, small_plan)
    start_queueing(laptop)
    _edit_as(laptop, _rows(laptop, small_plan)["1.1.3"], comments="Queued yesterday")
    laptop.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "sent to the team database" in window.statusBar().currentMessage(), timeout=10000)
    assert _rows(ctx, small_plan)["1.1.3"].comments == "Queued yesterday"
