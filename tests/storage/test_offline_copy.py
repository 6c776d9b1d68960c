"""The offline copy: edits made on the laptop while the server is stopped reach the team plan on return."""

from __future__ import annotations

import pytest

from app.context import AppContext
from app.editing.commands import SetFields, StorageError
from app.editing.concurrency import seen_in
from app.offline.sync import KEEP_LAPTOP, sync_offline_copy, take_offline_copy
from app.queries.actions import action_rows, audit_trail
from tests.pg_fixtures import COLLEAGUE, colleague_context

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


def _rows(ctx, plan):
    return {r.ref: r for r in action_rows(ctx.db, plan)}


def _set(ctx, row, **values):
    ctx.commands.execute(SetFields("action", row.uuid, values, seen=seen_in(row, values)))


def test_offline_edits_are_merged_into_the_team_plan_with_conflicts_shown(ctx, small_plan, pg_server, tmp_path):
    laptop = AppContext.open(tmp_path / "laptop", user="test-officer", database_url="")
    try:
        take_offline_copy(ctx, laptop, small_plan)
        assert {ref: r.status for ref, r in _rows(laptop, small_plan).items()} == {
            ref: r.status for ref, r in _rows(ctx, small_plan).items()
        }
        pg_server.stop()
        try:
            offline = _rows(laptop, small_plan)
            _set(laptop, offline["1.1.1"], comments="Written on the train")
            _set(laptop, offline["1.1.2"], status="At risk")
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

        waiting = sync_offline_copy(laptop, ctx, small_plan)
        assert not waiting.applied
        # The laptop's value is the file's ("theirs"), the server's is "mine" in the merge preview.
        assert [(c.field, c.theirs, c.mine) for c in waiting.conflicts] == [("status", "At risk", "Complete")]
        assert _rows(ctx, small_plan)["1.1.1"].comments == ""  # nothing applied before the choice

        done = sync_offline_copy(laptop, ctx, small_plan, {c.key: KEEP_LAPTOP for c in waiting.conflicts})
        assert done.applied
        for copy in (ctx, laptop):
            rows = _rows(copy, small_plan)
            assert rows["1.1.1"].comments == "Written on the train"
            assert rows["1.1.2"].status == "At risk"
            assert rows["1.1.3"].comments == "Colleague's note"
        users = {entry.user for entry in audit_trail(ctx.db, small_plan)}
        assert {"test-officer", COLLEAGUE} <= users
    finally:
        laptop.close()


def test_the_command_line_keeps_and_syncs_the_offline_copy(ctx, small_plan, tmp_path, capsys):
    from main import main
    from tests.pg_fixtures import OFFICER_PASSWORD

    url = ctx.db.url.set(password=OFFICER_PASSWORD).render_as_string(hide_password=False)
    team = ["--data-dir", str(tmp_path / "laptop"), "--database-url", url]
    assert main([*team, "offline-copy"]) == 0
    laptop = AppContext.open(tmp_path / "laptop", user="test-officer", database_url="")
    try:
        _set(laptop, _rows(laptop, small_plan)["1.1.1"], status="At risk")
    finally:
        laptop.close()
    _set(ctx, _rows(ctx, small_plan)["1.1.1"], status="Complete")
    capsys.readouterr()
    assert main([*team, "offline-sync"]) == 1
    assert "conflict: Action 1.1.1 – status: laptop 'At risk', server 'Complete'" in capsys.readouterr().out
    assert main([*team, "offline-sync", "--prefer", "laptop"]) == 0
    assert _rows(ctx, small_plan)["1.1.1"].status == "At risk"


def test_in_the_window_the_copy_is_kept_then_synced_with_the_merge_dialog(qtbot, ctx, small_plan, main_window):
    from ui.plan_files.dialogs import MergeDialog

    window = main_window
    window.actions["keep_offline_copies"].trigger()  # ticked: the open plan is copied at once
    window.open_plan(small_plan)
    keep = window.panels["keep_copy"]
    qtbot.waitUntil(lambda: keep.job is None, timeout=20000)
    laptop = AppContext.open(ctx.paths.data_dir, user="test-officer", database_url="")
    try:
        _set(laptop, _rows(laptop, small_plan)["1.1.1"], status="At risk", comments="On the train")
    finally:
        laptop.close()
    _set(ctx, _rows(ctx, small_plan)["1.1.1"], status="Complete")

    window.actions["sync_offline_copy"].trigger()
    dialog = window.findChild(MergeDialog)
    assert dialog is not None and len(dialog.preview.conflicts) == 1
    dialog.choose(0, "theirs")  # the copy's value
    dialog.accept()
    rows = _rows(ctx, small_plan)
    assert (rows["1.1.1"].status, rows["1.1.1"].comments) == ("At risk", "On the train")
    assert window.statusBar().currentMessage() == "Offline copy synced, with your choices."
