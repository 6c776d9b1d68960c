"""Connecting to a team database on the throwaway PostgreSQL server: URL, keyring, migrations, refusals."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from app.context import AppContext
from app.plans.builder import CreatePlan
from app.plans.listing import list_plans
from app.storage.backups import backup_before_change
from app.storage.credentials import SERVICE
from app.storage.database import DatabaseError, DatabaseTooNewError
from main import main
from models import migrate
from tests.conftest import small_draft
from tests.pg_fixtures import OFFICER, OFFICER_PASSWORD, officer_url


@pytest.fixture
def blank_db(pg_server):
    """A new, empty database (no tables) owned by the test officer."""
    name = pg_server.create_database(owner=OFFICER)
    yield name
    pg_server.drop_database(name)


def _open(tmp_path, url, **kwargs) -> AppContext:
    return AppContext.open(tmp_path / "data", database_url=url, **kwargs)


def _revision(pg_server, name: str) -> str | None:
    with pg_server.superuser_connect(name) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _at_first_revision_with_a_plan(pg_server, name: str) -> None:
    """The database as an older Delivery Desk left it: schema 0001 holding one plan."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(officer_url(pg_server, name))
    with engine.begin() as conn:
        command.upgrade(migrate._config(conn), "0001_initial")
        conn.execute(
            text(
                "INSERT INTO plan (uuid, title, partnership, version_label, approval, marking, description,"
                " created_at, modified_at, revision, deleted) VALUES ('00000000-0000-4000-8000-000000000001',"
                " 'Old plan', 'P', '', 'draft', 'OFFICIAL', '', now(), now(), 1, false)"
            )
        )
    engine.dispose()


def test_a_password_in_the_url_goes_to_the_keyring_and_is_not_kept_in_the_url(
    tmp_path, pg_server, blank_db, memory_keyring
):
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    try:
        assert ctx.db.is_server
        assert OFFICER_PASSWORD not in ctx.db.location
        assert ctx.db.url.password is None
        assert list(memory_keyring.passwords.values()) == [OFFICER_PASSWORD]
        assert {service for service, _ in memory_keyring.passwords} == {SERVICE}
        assert ctx.user == OFFICER  # the audit trail names the database login
    finally:
        ctx.close()
    # Next time the URL alone is enough: the password comes back from the keyring.
    again = _open(tmp_path, officer_url(pg_server, blank_db, password=None))
    again.close()


def test_without_a_stored_password_the_refusal_says_what_to_check(tmp_path, pg_server, blank_db):
    with pytest.raises(DatabaseError, match="cannot connect to the team database") as info:
        _open(tmp_path, officer_url(pg_server, blank_db, password="wrong"))
    assert "wrong" not in str(info.value)


def test_a_url_for_another_engine_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="must be PostgreSQL"):
        _open(tmp_path, "mysql://someone@server/plans")


def test_a_new_database_is_migrated_to_head_and_names_each_client(tmp_path, pg_server, blank_db):
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    try:
        assert _revision(pg_server, blank_db) == migrate.head_revision()
        with ctx.db.engine.connect() as conn:
            tag = conn.execute(text("SELECT current_setting('application_name')")).scalar_one()
        assert tag == f"delivery-desk/{migrate.head_revision()}"
    finally:
        ctx.close()


def test_an_older_schema_is_backed_up_with_pg_dump_then_upgraded(tmp_path, pg_server, blank_db):
    _at_first_revision_with_a_plan(pg_server, blank_db)
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    try:
        assert [plan.title for plan in list_plans(ctx.db)] == ["Old plan"]
        dumps = list(ctx.paths.backups.glob("*-team-before-migration.pgdump"))
        assert len(dumps) == 1 and dumps[0].read_bytes().startswith(b"PGDMP")
    finally:
        ctx.close()
    assert _revision(pg_server, blank_db) == migrate.head_revision()


def test_without_pg_dump_the_backup_before_a_migration_is_every_table_of_the_old_schema(
    tmp_path, pg_server, blank_db, monkeypatch
):
    import json

    from app.storage import team_database

    monkeypatch.setattr(team_database, "find_pg_dump", lambda: None)
    _at_first_revision_with_a_plan(pg_server, blank_db)
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    try:
        files = list(ctx.paths.backups.glob("*-team-before-migration.json"))
        assert len(files) == 1
        tables = json.loads(files[0].read_text(encoding="utf-8"))["tables"]
        assert [plan["title"] for plan in tables["plan"]] == ["Old plan"]
        assert "archived" not in tables["plan"][0]  # the schema as it was, before the upgrade
    finally:
        ctx.close()


def test_without_pg_dump_the_backup_before_an_import_is_a_plan_file_per_plan(
    tmp_path, pg_server, blank_db, monkeypatch
):
    from app.plan_files.service import preview_plan_file
    from app.storage import team_database
    from app.storage.backups import backup_before_change

    _at_first_revision_with_a_plan(pg_server, blank_db)
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    monkeypatch.setattr(team_database, "find_pg_dump", lambda: None)
    try:
        taken = backup_before_change(ctx, "before-import")
        assert taken is not None and taken.suffix == ".dplan"
        assert preview_plan_file(ctx.db, taken).plan_title == "Old plan"
    finally:
        ctx.close()


def test_an_upgrade_is_refused_while_an_older_client_is_connected(tmp_path, pg_server, blank_db):
    _at_first_revision_with_a_plan(pg_server, blank_db)
    older = psycopg.connect(
        host="127.0.0.1", port=pg_server.port, user=OFFICER, password=OFFICER_PASSWORD, dbname=blank_db,
        application_name="delivery-desk/0001_initial",
    )  # fmt: skip
    try:
        with pytest.raises(DatabaseError, match=r"older version: test-officer \(0001_initial\)"):
            _open(tmp_path, officer_url(pg_server, blank_db))
    finally:
        older.close()
    assert _revision(pg_server, blank_db) == "0001_initial"  # nothing half done
    assert not list((tmp_path / "data" / "backups").glob("*"))


def test_a_schema_newer_than_the_app_is_refused_untouched(tmp_path, pg_server, blank_db):
    _open(tmp_path, officer_url(pg_server, blank_db)).close()
    with pg_server.superuser_connect(blank_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        _open(tmp_path, officer_url(pg_server, blank_db))
    assert _revision(pg_server, blank_db) == "9999_future"


def test_the_command_line_and_the_environment_name_the_team_database(
    tmp_path, pg_server, blank_db, capsys, monkeypatch
):
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    ctx.commands.execute(CreatePlan(small_draft()))
    ctx.close()
    data = str(tmp_path / "cli-data")
    assert main(["--data-dir", data, "--database-url", officer_url(pg_server, blank_db), "plans"]) == 0
    assert "Small plan" in capsys.readouterr().out
    monkeypatch.setenv("DELIVERY_DESK_DATABASE_URL", officer_url(pg_server, blank_db, password=None))
    assert main(["--data-dir", data, "plans"]) == 0
    assert "Small plan" in capsys.readouterr().out
    # The data folder's own SQLite file was never created: the plans are on the server.
    assert not (tmp_path / "cli-data" / "delivery-desk.sqlite3").exists()


def test_without_a_keyring_the_typed_password_still_connects_for_this_session(tmp_path, pg_server, blank_db):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    ctx = _open(tmp_path, officer_url(pg_server, blank_db))
    try:
        assert ctx.db.url.password is None
        # The backup before a change still reaches the server with the session's password.
        ctx.commands.execute(CreatePlan(small_draft()))
        assert backup_before_change(ctx, "before-import").suffix == ".pgdump"
    finally:
        ctx.close()


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_risky_command_on_the_team_database_is_preceded_by_a_pg_dump(ctx, small_plan):
    from app.editing.commands import BackedUp, SetFields
    from app.queries.actions import action_rows

    row = action_rows(ctx.db, small_plan)[0]
    ctx.commands.execute(BackedUp(SetFields("action", row.uuid, {"status": "Off track"}), "before-import"))
    [dump] = ctx.paths.backups.glob("*-team-before-import.pgdump")
    assert dump.read_bytes().startswith(b"PGDMP")
