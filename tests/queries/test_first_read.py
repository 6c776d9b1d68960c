"""Start-up's first read over plain sqlite3 gives exactly the snapshots the ORM queries give (field by
field, types included), and gives way to the ordinary open whenever that one must decide."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path

import pytest

from app.plans.builder import CreatePlan
from app.plans.draft import ActionDraft, LeadDraft, ObjectiveDraft, PlanDraft, PriorityDraft, ProgressDraft
from app.plans.listing import list_plans
from app.queries.first_read import first_plan, read_first_plan
from app.queries.workspace import read_plan_view
from app.storage.paths import DATABASE_URL_ENV, AppPaths
from models.migrate import HEAD_REVISION

TODAY = date(2023, 6, 1)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _differences(fast, orm, where: str = "") -> list[str]:
    """Every field where the two reads differ, in value or in type (True is not 1, a date is not text)."""
    if type(fast) is not type(orm):
        return [f"{where}: {type(fast).__name__} {fast!r} != {type(orm).__name__} {orm!r}"]
    if is_dataclass(fast):
        found = []
        for field in fields(fast):
            found += _differences(getattr(fast, field.name), getattr(orm, field.name), f"{where}.{field.name}")
        return found
    if isinstance(fast, list | tuple):
        if len(fast) != len(orm):
            return [f"{where}: {len(fast)} items != {len(orm)}"]
        return [d for i, (a, b) in enumerate(zip(fast, orm, strict=True)) for d in _differences(a, b, f"{where}[{i}]")]
    return [] if fast == orm else [f"{where}: {fast!r} != {orm!r}"]


def _assert_same_as_the_orm(ctx, recent: list[str]):
    fast = read_first_plan(ctx.paths, "", recent, TODAY)
    assert fast is not None
    plans = list_plans(ctx.db)
    chosen = first_plan(plans, recent)
    orm = read_plan_view(ctx.db, chosen.uuid, TODAY) if chosen else None
    assert _differences(fast.plans, plans, "plans") == []
    assert _differences(fast.view, orm, "view") == []
    return fast


def _sql(ctx, statement: str, *params) -> None:
    with closing(sqlite3.connect(ctx.paths.database)) as conn, conn:
        conn.execute(statement, params)


def _uuid(ctx, table: str, where: str, *params) -> str:
    with closing(sqlite3.connect(ctx.paths.database)) as conn:
        return conn.execute(f"SELECT uuid FROM {table} WHERE {where}", params).fetchone()[0]


def _edge_plan(ctx) -> str:
    """Actions under several objectives (across priorities, in a chosen order), none, or only deleted
    ones; leads with aliases (one deleted), a deleted lead, a lead with no actions; progress updates;
    deleted actions, objectives and priorities; a status the app does not know."""
    draft = PlanDraft(
        title="Edge cases",
        partnership="",
        period_start=None,
        period_end=date(2025, 3, 31),
        description="Every shape a plan can take",
        priorities=[
            PriorityDraft("1", "Prevention", "Stop it early", [ObjectiveDraft("1.1", "Fewer"), ObjectiveDraft("1.2")]),
            PriorityDraft("2", "Provision", objectives=[ObjectiveDraft("2.1", "Better"), ObjectiveDraft("2.2")]),
            PriorityDraft("3", "Gone", objectives=[ObjectiveDraft("3.1", "Under a deleted priority")]),
        ],
        leads=[
            LeadDraft("Community Safety Team", aliases=["CST", "Community Safety team", "C.S.T."]),
            LeadDraft("Housing", kind="post", email="housing@example.org"),
            LeadDraft("Nobody's lead"),
        ],
        actions=[
            ActionDraft("1.1.1", "One objective", ["1.1"], lead="CST", timescale="April 2023", status="On track"),
            ActionDraft(
                "1.1.2",
                "Three objectives, two priorities",
                ["2.1", "1.1", "1.2"],
                lead="Housing",
                timescale="Q3 2022/23",
                confidential=True,
                progress=[
                    ProgressDraft(date(2023, 1, 5), "Ann", "At risk", "First", 20),
                    ProgressDraft(date(2023, 3, 9), "Bob", None, "Latest"),
                ],
            ),
            ActionDraft("1.2.1", "No lead, overdue", ["1.2"], timescale="January 2023", status="Not started"),
            ActionDraft("-", "No objective at all", [], lead="Community Safety Team", timescale="ongoing"),
            ActionDraft("2.2.1", "Lead to be deleted", ["2.2"], lead="Housing", status="Complete"),
            ActionDraft("2.2.2", "To be deleted", ["2.2", "1.1"], lead="CST"),
            ActionDraft("2.2.3", "Only under a deleted objective", ["2.2"], timescale="March 2024"),
            ActionDraft("3.1.1", "Only under a deleted priority", ["3.1"], status="Deferred"),
            ActionDraft("1.1.3", "Unknown status", ["1.1", "2.1"], lead="CST", timescale="Sept 2021"),
        ],
    )
    plan_uuid = ctx.commands.execute(CreatePlan(draft)).inverse.uuid
    _sql(ctx, "UPDATE action SET deleted = 1 WHERE ref = '2.2.2'")
    _sql(ctx, "UPDATE action SET status = 'Paused by the board' WHERE ref = '1.1.3'")
    _sql(ctx, "UPDATE action SET budget_pence = 125050 WHERE ref = '1.1.1'")
    _sql(ctx, "UPDATE objective SET deleted = 1 WHERE ref = '2.2'")
    _sql(ctx, "UPDATE priority SET deleted = 1 WHERE code = '3'")
    _sql(ctx, "UPDATE lead SET deleted = 1 WHERE name = 'Housing'")
    _sql(ctx, "UPDATE lead_alias SET deleted = 1 WHERE alias = 'C.S.T.'")
    return plan_uuid


def test_the_demo_plan_reads_the_same_without_the_orm(ctx, demo_plan):
    fast = _assert_same_as_the_orm(ctx, [])
    assert fast.view.plan.uuid == demo_plan.uuid
    assert len(fast.view.rows) > 50 and any(lead.aliases for lead in fast.view.leads)


def test_a_plan_of_every_edge_case_reads_the_same_without_the_orm(ctx):
    plan_uuid = _edge_plan(ctx)
    fast = _assert_same_as_the_orm(ctx, [plan_uuid])
    rows = {row.ref: row for row in fast.view.rows}
    assert "2.2.2" not in rows  # the deleted action
    assert rows["1.1.2"].objective_refs == ("2.1", "1.1", "1.2") and rows["1.1.2"].latest_update_note == "Latest"
    assert rows["2.2.1"].lead_uuid is None  # its lead was deleted
    assert [lead.aliases for lead in fast.view.leads if lead.name == "Community Safety Team"] == [
        ("CST", "Community Safety team")
    ]
    tree = {node.code: node for node in fast.view.priorities}
    assert set(tree) == {"1", "2"}
    assert ("Paused by the board", 1) in tree["1"].status_counts


def test_the_plan_chosen_is_the_last_one_open_else_the_newest_never_an_archived_one(ctx, demo_plan, small_plan):
    empty = ctx.commands.execute(CreatePlan(PlanDraft(title="No actions yet"))).inverse.uuid
    archived = ctx.commands.execute(CreatePlan(PlanDraft(title="Finished", partnership="Old"))).inverse.uuid
    _sql(ctx, "UPDATE plan SET archived = 1 WHERE uuid = ?", archived)

    fast = _assert_same_as_the_orm(ctx, [archived, empty, small_plan])
    assert fast.view.plan.uuid == empty and fast.view.rows == [] and fast.view.priorities == []
    assert archived not in {plan.uuid for plan in fast.plans}
    assert _assert_same_as_the_orm(ctx, [small_plan]).view.plan.uuid == small_plan
    assert (
        _assert_same_as_the_orm(ctx, ["not-a-plan"]).view.plan.uuid
        == max(list_plans(ctx.db), key=lambda plan: plan.modified_at).uuid
    )


def test_a_database_with_no_plans_reads_as_the_getting_started_page(ctx):
    fast = read_first_plan(ctx.paths, "", [], TODAY)
    assert fast is not None and fast.plans == [] and fast.view is None


def _data_folder(tmp_path: Path, source: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(source, paths.database)
    return paths


def test_a_database_needing_a_migration_is_left_to_the_ordinary_open(tmp_path):
    paths = _data_folder(tmp_path, FIXTURES / "schema_0005.sqlite3")
    assert read_first_plan(paths, "", [], TODAY) is None


def test_a_database_of_a_newer_schema_or_missing_a_table_is_left_to_the_ordinary_open(ctx, small_plan):
    assert read_first_plan(ctx.paths, "", [], TODAY) is not None
    _sql(ctx, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert read_first_plan(ctx.paths, "", [], TODAY) is None
    _sql(ctx, "UPDATE alembic_version SET version_num = ?", HEAD_REVISION)
    _sql(ctx, "DROP TABLE lead_alias")
    assert read_first_plan(ctx.paths, "", [], TODAY) is None


@pytest.mark.parametrize("damage", ["not sqlite", "pages overwritten", "empty"])
def test_a_damaged_file_is_left_to_the_ordinary_open(tmp_path, _template_databases, damage):
    paths = _data_folder(tmp_path, _template_databases["demo"])
    data = bytearray(paths.database.read_bytes())
    if damage == "not sqlite":
        data[:16] = b"PK\x03\x04 not a db!"
    elif damage == "pages overwritten":
        data[4096 * 2 :] = b"\xa5" * (len(data) - 4096 * 2)
    else:
        data = bytearray()
    paths.database.write_bytes(bytes(data))
    assert read_first_plan(paths, "", [], TODAY) is None


def test_a_team_database_or_a_missing_file_is_left_to_the_ordinary_open(tmp_path, _template_databases, monkeypatch):
    paths = _data_folder(tmp_path, _template_databases["demo"])
    assert read_first_plan(paths, None, [], TODAY) is not None
    assert read_first_plan(paths, "postgresql://officer@server/plans", [], TODAY) is None
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://officer@server/plans")
    assert read_first_plan(paths, None, [], TODAY) is None
    assert read_first_plan(paths, "", [], TODAY) is not None  # "": the folder's own file, whatever the environment says
    assert read_first_plan(AppPaths(tmp_path / "nowhere"), "", [], TODAY) is None


def test_the_first_read_writes_nothing(tmp_path, _template_databases):
    paths = _data_folder(tmp_path, _template_databases["demo"])
    before = paths.database.read_bytes()
    assert read_first_plan(paths, "", [], TODAY) is not None
    assert paths.database.read_bytes() == before
