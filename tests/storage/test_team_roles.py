"""Team roles enforced by the server: a lead changes only the progress of the actions it leads, a viewer nothing."""

from __future__ import annotations

import psycopg
import pytest

from app.context import AppContext
from app.editing.action_commands import progress_update_command
from app.editing.commands import CommandError, SetFields
from app.editing.concurrency import seen_in
from app.plans.listing import list_plans
from app.queries.actions import action_rows, audit_trail, progress_history
from main import main
from tests.pg_fixtures import OFFICER_PASSWORD, ensure_login

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)

LOGINS = {"test-lead": "lead-secret", "test-viewer": "viewer-secret"}


@pytest.fixture
def team(ctx, small_plan, make_action, pg_server, tmp_path, capsys):
    """The small plan with one action nobody leads, roles set up by IT through the command line."""
    unled = make_action(ref="2.1.1", activity="Nobody's action")
    for login, password in LOGINS.items():
        ensure_login(pg_server, login, password)
    it = ["--data-dir", str(tmp_path / "it"), "--database-url", _url(ctx, "test-officer", OFFICER_PASSWORD)]
    assert main([*it, "team-setup"]) == 0
    assert main([*it, "team-grant", "test-lead", "lead", "--lead", "Community Safety Team"]) == 0
    assert main([*it, "team-grant", "test-viewer", "viewer"]) == 0
    assert "test-lead is now a lead for Community Safety Team" in capsys.readouterr().out
    contexts = {
        role: AppContext.open(tmp_path / role, database_url=_url(ctx, login, LOGINS[login]))
        for role, login in (("lead", "test-lead"), ("viewer", "test-viewer"))
    }
    yield contexts, unled
    for other in contexts.values():
        other.close()


def _url(ctx, login, password):
    return ctx.db.url.set(username=login, password=password).render_as_string(hide_password=False)


def _row(ctx, plan, ref):
    return next(r for r in action_rows(ctx.db, plan) if r.ref == ref)


def _set(ctx, row, **values):
    return ctx.commands.execute(SetFields("action", row.uuid, values, seen=seen_in(row, values)))


def test_a_lead_updates_the_progress_of_its_own_actions(team, small_plan):
    contexts, _unled = team
    lead = contexts["lead"]
    row = _row(lead, small_plan, "1.1.1")
    _set(lead, row, status="At risk", comments="Venue fell through")
    lead.commands.execute(progress_update_command(row, row.due_date or row.created_at.date(), "CST", "Rebooking", None))
    assert _row(lead, small_plan, "1.1.1").status == "At risk"
    assert [u.note for u in progress_history(lead.db, row.uuid)] == ["Rebooking"]
    assert audit_trail(lead.db, small_plan, row.uuid)[0].user == "test-lead"


def test_a_lead_cannot_change_an_action_it_does_not_lead_nor_more_than_progress(team, small_plan):
    contexts, unled = team
    lead = contexts["lead"]
    other = _row(lead, small_plan, "2.1.1")
    with pytest.raises(CommandError, match="does not let test-lead make this change"):
        _set(lead, other, status="Complete")
    with pytest.raises(CommandError, match="does not let test-lead"):
        _set(lead, _row(lead, small_plan, "1.1.1"), activity="Rewritten by the lead")
    assert _row(lead, small_plan, "2.1.1").status == other.status


def test_by_sql_the_server_refuses_the_lead_and_the_viewer(team, small_plan, pg_server, ctx):
    _contexts, unled = team
    database = ctx.db.url.database

    def connect(login):
        return psycopg.connect(host="127.0.0.1", port=pg_server.port, dbname=database, user=login,
                               password=LOGINS[login], autocommit=True)  # fmt: skip

    with connect("test-lead") as conn:
        hidden = conn.execute("UPDATE action SET status = 'Complete' WHERE uuid = %s", (unled,))
        assert hidden.rowcount == 0  # row-level security: not its action
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE action SET activity = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM action")
    with connect("test-viewer") as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone()[0] == 4
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE action SET status = 'Complete'")
    assert _row(ctx, small_plan, "2.1.1").status != "Complete"


def test_a_viewer_reads_and_prints_but_changes_nothing(team, small_plan):
    contexts, _unled = team
    viewer = contexts["viewer"]
    assert [plan.title for plan in list_plans(viewer.db)] == ["Small plan"]
    with pytest.raises(CommandError, match="a viewer only reads and prints"):
        _set(viewer, _row(viewer, small_plan, "1.1.1"), status="Complete")


def test_in_the_window_a_lead_is_refused_another_leads_action(qtbot, team, small_plan):
    from ui.window.main_window import MainWindow
    from ui.workspace.table.model import COL_STATUS

    contexts, _unled = team
    window = MainWindow(contexts["lead"])
    qtbot.addWidget(window)
    window.open_plan(small_plan)
    row = next(n for n in range(window.model.rowCount()) if window.model.row_at(n).ref == "2.1.1")
    assert not window.model.setData(window.model.index(row, COL_STATUS), "Complete")
    assert "does not let test-lead" in window.statusBar().currentMessage()
    assert window.panels["team_location"].text().endswith("as test-lead (lead)")


def test_a_lead_and_the_chair_keep_an_offline_copy_and_leave_nothing_on_the_server(team, small_plan, ctx, tmp_path):
    from sqlalchemy import func, select

    from app.offline.sync import take_offline_copy
    from models import SyncSnapshot

    contexts, _unled = team
    with ctx.db.read() as session:
        snapshots = session.scalar(select(func.count()).select_from(SyncSnapshot))
    for role, officer in contexts.items():
        laptop = AppContext.open(tmp_path / f"{role}-laptop", user=officer.user, database_url="")
        try:
            take_offline_copy(officer, laptop, small_plan)
            _set(ctx, _row(ctx, small_plan, "1.1.1"), comments=f"After the {role}'s copy")
            take_offline_copy(officer, laptop, small_plan)  # refreshed: the server's values win
            assert _row(laptop, small_plan, "1.1.1").comments == _row(ctx, small_plan, "1.1.1").comments
        finally:
            laptop.close()
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(SyncSnapshot)) == snapshots


def test_a_lead_syncs_its_laptop_copy_and_its_own_progress_reaches_the_server(team, small_plan, ctx, tmp_path):
    """File ▸ Sync the offline copy as a lead: the edits a lead may make (the progress of its own
    actions) are merged into the server; the merge writes nothing else that the lead may not."""
    from app.offline.sync import KEEP_LAPTOP, sync_offline_copy, take_offline_copy

    contexts, _unled = team
    lead = contexts["lead"]
    laptop = AppContext.open(tmp_path / "lead-laptop", user=lead.user, database_url="")
    try:
        take_offline_copy(lead, laptop, small_plan)
        _set(laptop, _row(laptop, small_plan, "1.1.1"), status="At risk", comments="Written on the train")
        waiting = sync_offline_copy(laptop, lead, small_plan)
        # No base kept on the server for a lead's copy: each of its edits is asked about, none applied yet.
        assert sorted((c.field, c.theirs) for c in waiting.conflicts) == [
            ("comments", "Written on the train"),
            ("status", "At risk"),
        ]
        assert _row(ctx, small_plan, "1.1.1").status == "On track"
        outcome = sync_offline_copy(laptop, lead, small_plan, {c.key: KEEP_LAPTOP for c in waiting.conflicts})
        assert outcome.applied
        on_server = _row(ctx, small_plan, "1.1.1")
        assert (on_server.status, on_server.comments) == ("At risk", "Written on the train")
    finally:
        laptop.close()
