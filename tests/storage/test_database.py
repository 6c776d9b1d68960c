"""Opening, migrating and refusing databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.context import AppContext
from app.plans.listing import list_plans
from app.storage.database import DatabaseError, DatabaseTooNewError
from models import Base
from models.migrate import HEAD_REVISION, head_revision, needs_upgrade

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_new_database_is_at_head_with_wal_and_foreign_keys(ctx):
    with ctx.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_head_revision_constant_is_alembics_head():
    # Opening an up-to-date database compares against the constant; a new revision must move it.
    assert head_revision() == HEAD_REVISION


def test_up_to_date_database_needs_no_upgrade_and_one_at_the_old_head_does(ctx):
    assert not needs_upgrade(ctx.db.engine)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001_initial'"))
    assert needs_upgrade(ctx.db.engine)


@pytest.mark.both_engines
def test_schema_from_migrations_matches_models(ctx):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with ctx.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_first_revision_fixture_upgrades_to_head_and_keeps_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0001.sqlite3", data / "delivery-desk.sqlite3")
    ctx = AppContext.open(data)
    try:
        plans = list_plans(ctx.db)
        assert [(p.title, p.action_count) for p in plans] == [("Small plan", 3)]
    finally:
        ctx.close()


def test_second_revision_fixture_upgrades_and_takes_a_report_narrative(tmp_path):
    from datetime import date

    from app.queries.structure import priority_tree
    from app.reporting.paper_store import load_paper, save_paper_command
    from models.snapshots.paper import Narrative, PaperTemplate

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0002.sqlite3", data / "delivery-desk.sqlite3")
    ctx = AppContext.open(data)
    try:
        plan = list_plans(ctx.db)[0]
        first = priority_tree(ctx.db, plan.uuid)[0]
        narrative = Narrative("Summary.", ((first.uuid, "Words."),))
        meeting = date(2026, 3, 12)  # the fixture's recorded meeting
        ctx.commands.execute(
            save_paper_command(ctx.db, plan.uuid, PaperTemplate(committee="Board"), narrative, meeting)
        )
        stored = load_paper(ctx.db, plan.uuid, meeting)
        assert (stored.template.committee, stored.narrative) == ("Board", narrative)
    finally:
        ctx.close()


def test_fourth_revision_fixture_upgrades_with_paper_ids_derived_and_undone_duplicates_gone(tmp_path):
    """schema_0004: a template, a meeting undone and recorded again, and priority 2's narrative
    written, undone and written again (two rows for one meeting and priority)."""
    from datetime import date

    from sqlalchemy import select

    from app.queries.structure import priority_tree
    from app.reporting.paper_store import load_paper
    from models import AuditEntry, Meeting, ReportNarrative, ReportTemplate
    from models.paper import narrative_uuid, template_uuid

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURES / "schema_0004.sqlite3", data / "delivery-desk.sqlite3")
    ctx = AppContext.open(data)
    try:
        plan = list_plans(ctx.db)[0]
        first, second = (p.uuid for p in priority_tree(ctx.db, plan.uuid))
        stored = load_paper(ctx.db, plan.uuid, date(2026, 3, 12))
        assert stored.narrative.priorities == ((first, "Third words."), (second, "Kept two."))
        with ctx.db.read() as session:
            template = session.scalar(select(ReportTemplate))
            assert template.uuid == template_uuid(plan.uuid)
            rows = session.execute(
                select(ReportNarrative, Meeting.uuid).join(Meeting, Meeting.id == ReportNarrative.meeting_id)
            ).all()
            assert len(rows) == 5  # the undone duplicate of priority 2's words is gone
            priority_uuids = {None: None, 1: first, 2: second}
            for row, meeting_uuid in rows:
                assert row.uuid == narrative_uuid(meeting_uuid, priority_uuids[row.priority_id])
            history = session.scalars(select(AuditEntry.entity_uuid).where(AuditEntry.entity == "report_template"))
            assert set(history) == {template.uuid}
            assert {m.agenda_item for m in session.scalars(select(Meeting))} == {""}
    finally:
        ctx.close()


def test_database_newer_than_app_is_refused_untouched(tmp_path):
    data = tmp_path / "data"
    ctx = AppContext.open(data)
    ctx.close()
    db_file = data / "delivery-desk.sqlite3"
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_file.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        AppContext.open(data)
    assert db_file.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_with_its_name(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "delivery-desk.sqlite3").write_text("this is a word document, honest")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        AppContext.open(data)


def test_data_dir_comes_from_environment_when_not_given(tmp_path, monkeypatch):
    from app.storage.paths import resolve_paths

    monkeypatch.setenv("DELIVERY_DESK_DATA_DIR", str(tmp_path / "env-data"))
    assert resolve_paths().data_dir == (tmp_path / "env-data").resolve()
    assert resolve_paths(tmp_path / "cli").data_dir == (tmp_path / "cli").resolve()


def test_pending_migration_backs_up_the_database_first(tmp_path, monkeypatch):
    from models import migrate

    data = tmp_path / "data"
    AppContext.open(data).close()
    order = []
    monkeypatch.setattr(migrate, "needs_upgrade", lambda engine: True)
    real_upgrade = migrate.upgrade_to_head
    monkeypatch.setattr(
        migrate,
        "upgrade_to_head",
        lambda engine: (order.append(sorted(p.name for p in (data / "backups").iterdir())), real_upgrade(engine)),
    )
    AppContext.open(data).close()
    assert len(order) == 1 and len(order[0]) == 1 and order[0][0].endswith("before-migration.sqlite3")
