"""Exporting a whole plan to a .dplan file and importing it into another database."""

from __future__ import annotations

import json
import zipfile

import pytest
from dplan_helpers import fingerprint, plan_content

from app.context import AppContext
from app.editing.commands import CreateRecord, SetFields
from app.plan_files.service import apply_merge, export_plan_file, preview_plan_file
from app.plans.listing import list_plans
from app.queries.actions import action_rows
from exports.plan_files.archive import FORMAT_NAME, FORMAT_VERSION


def _other(tmp_path, name="other"):
    return AppContext.open(tmp_path / name, user=f"officer-{name}")


def test_manifest_names_format_plan_counts_and_checksums(ctx, demo_plan, tmp_path):
    path = tmp_path / "bcp.dplan"
    export_plan_file(ctx.db, demo_plan.uuid, path, "test-officer")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        actions = json.loads(archive.read("records/action.json"))
    assert manifest["format"] == FORMAT_NAME and manifest["format_version"] == FORMAT_VERSION
    assert manifest["plan_uuid"] == demo_plan.uuid and manifest["exported_by"] == "test-officer"
    assert manifest["counts"]["action"] == 67 == len(actions)
    assert set(manifest["members"]) == {name for name in archive.namelist() if name != "manifest.json"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["members"].values())
    first = actions[0]
    assert {"uuid", "revision", "created_at", "modified_at", "deleted", "objective_uuids", "lead_uuid"} <= set(first)


def test_round_trip_into_an_empty_database_gives_the_same_file_content(ctx, demo_plan, tmp_path):
    first = tmp_path / "first.dplan"
    export_plan_file(ctx.db, demo_plan.uuid, first, "a")
    other = _other(tmp_path)
    try:
        preview = preview_plan_file(other.db, first)
        assert preview.new_plan and not preview.conflicts
        apply_merge(other, preview)
        second = tmp_path / "second.dplan"
        export_plan_file(other.db, demo_plan.uuid, second, "b")
        with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
            assert a.namelist() == b.namelist()
            for name in a.namelist():
                if name != "manifest.json":
                    assert a.read(name) == b.read(name), name
            manifest_a, manifest_b = (json.loads(z.read("manifest.json")) for z in (a, b))
        assert manifest_a["members"] == manifest_b["members"]
        assert manifest_a["counts"] == manifest_b["counts"]
        assert plan_content(other, demo_plan.uuid) == plan_content(ctx, demo_plan.uuid)
        assert [p.uuid for p in list_plans(other.db)] == [demo_plan.uuid]
    finally:
        other.close()


def test_tombstones_and_objective_order_travel_in_the_file(ctx, small_plan, make_action, tmp_path):
    rows = {r.ref: r for r in action_rows(ctx.db, small_plan)}
    ctx.commands.execute(SetFields("action", rows["1.1.3"].uuid, {"deleted": True}))
    objectives = list(rows["1.1.2"].objective_uuids)[::-1]
    filed_second_first = make_action(ref="3.1", objective_uuids=objectives)
    path = tmp_path / "small.dplan"
    export_plan_file(ctx.db, small_plan, path, "a")
    other = _other(tmp_path)
    try:
        apply_merge(other, preview_plan_file(other.db, path))
        received = {r.ref: r for r in action_rows(other.db, small_plan)}
        assert "1.1.3" not in received
        assert list(received["3.1"].objective_uuids) == objectives
        assert received["3.1"].uuid == filed_second_first
        assert plan_content(other, small_plan) == plan_content(ctx, small_plan)
    finally:
        other.close()


def test_importing_the_same_file_twice_changes_nothing_the_second_time(ctx, small_plan, tmp_path):
    path = tmp_path / "small.dplan"
    export_plan_file(ctx.db, small_plan, path, "a")
    other = _other(tmp_path)
    try:
        apply_merge(other, preview_plan_file(other.db, path))
        before = fingerprint(other)
        again = preview_plan_file(other.db, path)
        assert not again.new_plan and not again.has_changes and again.summary() == "No changes"
        assert fingerprint(other) == before
    finally:
        other.close()


def test_import_is_one_command_one_undo_and_can_be_imported_again(ctx, small_plan, tmp_path):
    path = tmp_path / "small.dplan"
    export_plan_file(ctx.db, small_plan, path, "a")
    other = _other(tmp_path)
    try:
        applied = apply_merge(other, preview_plan_file(other.db, path))
        assert len(action_rows(other.db, small_plan)) == 3
        other.commands.execute(applied.inverse)
        assert list_plans(other.db) == []
        again = preview_plan_file(other.db, path)
        assert [c.deleted for c in again.changes if c.entity == "plan"] == [0] and again.has_changes
        apply_merge(other, again)
        assert [p.uuid for p in list_plans(other.db)] == [small_plan]
        assert plan_content(other, small_plan) == plan_content(ctx, small_plan)
    finally:
        other.close()


def test_merge_into_a_database_holding_plans_takes_a_backup_first(ctx, small_plan, tmp_path):
    path = tmp_path / "small.dplan"
    export_plan_file(ctx.db, small_plan, path, "a")
    other = _other(tmp_path)
    try:
        apply_merge(other, preview_plan_file(other.db, path))
        ctx.commands.execute(CreateRecord("glossary", {"plan_uuid": small_plan, "term": "CSP"}))
        export_plan_file(ctx.db, small_plan, path, "a")
        before = set(other.paths.backups.iterdir()) if other.paths.backups.exists() else set()
        apply_merge(other, preview_plan_file(other.db, path))
        taken = [p.name for p in set(other.paths.backups.iterdir()) - before]
        assert len(taken) == 1 and taken[0].endswith("before-plan-file-merge.sqlite3")
    finally:
        other.close()


def test_a_passphrase_protected_plan_file_needs_the_right_passphrase(ctx, small_plan, tmp_path):
    from app.plan_files.service import PassphraseRequiredError, PlanFileError

    path = tmp_path / "protected.dplan"
    export_plan_file(ctx.db, small_plan, path, "a", passphrase="correct horse")
    assert not path.read_bytes().startswith(b"PK")
    other = _other(tmp_path)
    try:
        before = fingerprint(other)
        with pytest.raises(PassphraseRequiredError, match="protected.dplan is protected with a passphrase"):
            preview_plan_file(other.db, path)
        with pytest.raises(PlanFileError, match="protected.dplan: .*passphrase"):
            preview_plan_file(other.db, path, passphrase="wrong")
        assert fingerprint(other) == before
        apply_merge(other, preview_plan_file(other.db, path, passphrase="correct horse"))
        assert plan_content(other, small_plan) == plan_content(ctx, small_plan)
    finally:
        other.close()
