"""Every team plan opened is copied to the laptop without the officer asking; unticking stops it, remembered."""

from __future__ import annotations

import pytest

from app.context import AppContext
from app.editing.commands import SetFields
from app.editing.concurrency import seen_in
from app.plans.builder import CreatePlan
from app.plans.listing import list_plans
from app.queries.actions import action_rows
from tests.conftest import small_draft
from tests.pg_fixtures import colleague_context
from ui.offline.keep_copy import KEEP_COPIES_KEY, KEPT_TEXT
from ui.window.settings import app_settings

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


def _rows(ctx, plan):
    return {r.ref: r for r in action_rows(ctx.db, plan)}


def _laptop_rows(ctx, plan):
    laptop = AppContext.open(ctx.paths.data_dir, user=ctx.user, database_url="")
    try:
        return _rows(laptop, plan)
    finally:
        laptop.close()


def _copied(qtbot, window):
    keep = window.panels["keep_copy"]
    qtbot.waitUntil(lambda: keep.job is None, timeout=20000)


def _successor(qtbot, window):
    qtbot.waitUntil(lambda: "successor" in window.panels, timeout=20000)
    return window.panels["successor"]


def test_a_team_plan_opened_is_copied_without_asking_refreshed_and_used_when_the_server_drops(
    qtbot, ctx, small_plan, pg_server, tmp_path
):
    from ui.window.main_window import MainWindow

    app_settings().remove(KEEP_COPIES_KEY)  # a fresh install: nobody has chosen anything
    window = MainWindow(ctx)  # opens the plan, and so copies it
    assert window.actions["keep_offline_copies"].isChecked()
    _copied(qtbot, window)
    assert window.statusBar().currentMessage() == KEPT_TEXT
    assert {ref: r.activity for ref, r in _laptop_rows(ctx, small_plan).items()} == {
        ref: r.activity for ref, r in _rows(ctx, small_plan).items()
    }

    colleague = colleague_context(ctx, tmp_path / "colleague")
    try:
        row = _rows(colleague, small_plan)["1.1.2"]
        colleague.commands.execute(
            SetFields("action", row.uuid, {"comments": "Colleague's note"}, seen=seen_in(row, ["comments"]))
        )
    finally:
        colleague.close()
    window.open_plan(small_plan)  # opening the plan again refreshes the copy
    _copied(qtbot, window)
    assert _laptop_rows(ctx, small_plan)["1.1.2"].comments == "Colleague's note"

    window.panels["go_offline"].timer.setInterval(200)
    pg_server.stop()
    try:
        offline = _successor(qtbot, window)
        assert offline.ctx.standing_in_for is not None and offline.plan_uuid == small_plan
        assert _rows(offline.ctx, small_plan)["1.1.2"].comments == "Colleague's note"
    finally:
        pg_server.start()
    online = _successor(qtbot, offline)
    _copied(qtbot, online)
    online.close()


def test_unticked_no_copy_is_kept_and_the_choice_is_remembered(qtbot, ctx, small_plan):
    from ui.window.main_window import MainWindow

    app_settings().remove(KEEP_COPIES_KEY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _copied(qtbot, window)
    window.actions["keep_offline_copies"].trigger()
    assert not window.actions["keep_offline_copies"].isChecked()

    later = ctx.commands.execute(CreatePlan(small_draft())).inverse.uuid
    window.open_plan(later)
    assert window.panels["keep_copy"].job is None  # nothing started
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert not again.actions["keep_offline_copies"].isChecked()
    again.open_plan(later)
    assert again.panels["keep_copy"].job is None
    laptop = AppContext.open(ctx.paths.data_dir, user=ctx.user, database_url="")
    try:
        assert [p.uuid for p in list_plans(laptop.db)] == [small_plan]  # only the plan copied before
    finally:
        laptop.close()
