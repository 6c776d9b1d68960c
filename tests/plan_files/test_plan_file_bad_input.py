"""Hostile and broken .dplan files: a clear message naming the file and member, the database untouched."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile

import pytest
from dplan_helpers import edit_manifest, fingerprint, raw_zip, rewrite

from app.plan_files.service import PlanFileError, export_plan_file, preview_plan_file
from exports.plan_files import archive as dplan_archive


@pytest.fixture
def good_file(ctx, small_plan, tmp_path):
    path = tmp_path / "good.dplan"
    export_plan_file(ctx.db, small_plan, path, "A")
    return path


@pytest.fixture
def refused(ctx):
    """Preview ``path`` expecting a refusal matching ``pattern``; check the database did not change."""

    def check(path, pattern):
        before = fingerprint(ctx)
        with pytest.raises(PlanFileError, match=pattern) as info:
            preview_plan_file(ctx.db, path)
        assert path.name in str(info.value)
        assert fingerprint(ctx) == before
        return str(info.value)

    return check


def _set_action_field(name, value):
    def change(manifest, members):
        members["records/action.json"][0][name] = value

    return change


def test_a_file_that_is_not_a_zip(tmp_path, refused):
    path = tmp_path / "minutes.dplan"
    path.write_text("Minutes of the board meeting")
    refused(path, "not a zip archive")


def test_a_truncated_file(good_file, tmp_path, refused):
    path = tmp_path / "cut.dplan"
    path.write_bytes(good_file.read_bytes()[: good_file.stat().st_size // 2])
    refused(path, "damaged or incomplete")


def test_a_member_changed_after_export_fails_its_checksum(good_file, tmp_path, refused):
    with zipfile.ZipFile(good_file) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["records/action.json"] = members["records/action.json"].replace(b"On track", b"Complete")
    message = refused(raw_zip(tmp_path / "tampered.dplan", members), "does not match its checksum")
    assert "records/action.json" in message


def test_a_missing_manifest(good_file, tmp_path, refused):
    with zipfile.ZipFile(good_file) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != "manifest.json"}
    refused(raw_zip(tmp_path / "no-manifest.dplan", members), "no manifest.json")


def test_a_member_listed_but_missing(good_file, tmp_path, refused):
    with zipfile.ZipFile(good_file) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != "records/glossary.json"}
    refused(raw_zip(tmp_path / "gap.dplan", members), "'records/glossary.json' listed in manifest.json is missing")


def test_the_wrong_format_name(good_file, tmp_path, refused):
    path = edit_manifest(good_file, tmp_path / "other.dplan", lambda m: m.update(format="some-other-app"))
    refused(path, "not a Delivery Desk plan file")


def test_a_newer_major_version_is_refused_and_a_newer_minor_is_read(ctx, good_file, tmp_path, refused):
    newer = edit_manifest(good_file, tmp_path / "v2.dplan", lambda m: m.update(format_version="2.0"))
    refused(newer, "newer Delivery Desk .*format 2.0")
    minor = edit_manifest(good_file, tmp_path / "v1-9.dplan", lambda m: m.update(format_version="1.9"))
    assert not preview_plan_file(ctx.db, minor).has_changes


def test_unknown_extra_fields_and_members_are_tolerated(ctx, good_file, tmp_path):
    def change(manifest, members):
        manifest["colour_scheme"] = "teal"
        members["records/action.json"][0]["future_field"] = {"any": "thing"}
        members["extras/notes.json"] = ["kept by a newer version"]

    path = rewrite(good_file, tmp_path / "extra.dplan", change)
    assert not preview_plan_file(ctx.db, path).has_changes


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, refused, monkeypatch):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("records/action.json", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(dplan_archive.MAX_MEMBER_BYTES // len(chunk) + 1):
                member.write(chunk)
        archive.writestr("manifest.json", "{}")
    path = tmp_path / "bomb.dplan"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1024 * 1024
    unpacked = []
    monkeypatch.setattr(dplan_archive, "_read_member", lambda *a: unpacked.append(a) or b"")
    refused(path, "records/action.json' would unpack to 68,157,440 bytes")
    assert unpacked == []


def test_a_member_lying_about_its_size_is_caught(good_file, tmp_path, refused):
    data = bytearray(good_file.read_bytes())
    with zipfile.ZipFile(good_file) as archive:
        info = archive.getinfo("records/action.json")
    # Halve the declared size: reading must stop there rather than trust the compressed stream.
    data = data.replace(info.file_size.to_bytes(4, "little"), (info.file_size // 2).to_bytes(4, "little"))
    path = tmp_path / "liar.dplan"
    path.write_bytes(bytes(data))
    refused(path, "records/action.json('| declares [0-9,]+ bytes but inflates to more)")


def test_too_many_members(tmp_path, refused):
    members = {f"records/part{n}.json": b"[]" for n in range(dplan_archive.MAX_MEMBERS + 1)}
    refused(raw_zip(tmp_path / "many.dplan", members), "at most 64")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "records/../../evil.json", "C:/evil.json"])
def test_path_traversal_member_names_are_refused(good_file, tmp_path, refused, name):
    with zipfile.ZipFile(good_file) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members[name] = b"[]"
    refused(raw_zip(tmp_path / "traversal.dplan", members), "is not allowed in a plan file")
    assert not (tmp_path / "evil.json").exists()


@pytest.mark.parametrize(
    ("field", "value", "pattern"),
    [
        ("due_date", "1066-10-14", "field 'due_date': 1066-10-14 is not a plausible date"),
        ("due_date", "2023-02-30", "field 'due_date'"),
        ("percent_complete", -5, "field 'percent_complete': Percent complete must be a whole number from 0 to 100"),
        ("status", "Purple", "field 'status'"),
        ("budget_pence", -100, "field 'budget_pence'"),
        ("objective_uuids", ["00000000-0000-0000-0000-000000000000"], "objective 00000000-.* is not in the file"),
        ("revision", 0, "'revision' must be a whole number"),
        ("modified_at", "yesterday", "'modified_at' is not a date and time"),
        # Beyond SQLite's 64 bits: an OverflowError from the database before these were checked.
        ("budget_pence", 2**64, "field 'budget_pence'"),
        ("position", 2**63, "field 'position'"),
        ("position", -(2**70), "field 'position'"),
        ("revision", 2**63, "'revision' must be a whole number"),
        pytest.param(
            "activity",
            "".join(random.Random(1).choices("abcdefghij klmnopqrstuvwxyz", k=10_000_000)),  # too varied for a bomb
            "field 'activity': Activity is longer than 32,767 characters",
            id="10MB-text",
        ),
    ],
)
def test_absurd_values_name_the_member_and_the_record(good_file, tmp_path, refused, field, value, pattern):
    path = rewrite(good_file, tmp_path / "absurd.dplan", _set_action_field(field, value))
    message = refused(path, pattern)
    assert "records/action.json" in message


def test_a_missing_field_is_named(good_file, tmp_path, refused):
    def change(manifest, members):
        del members["records/progress.json"][:1]
        del members["records/action.json"][0]["activity"]

    refused(rewrite(good_file, tmp_path / "short.dplan", change), "field 'activity' is missing")


def test_a_member_that_is_not_json(good_file, tmp_path, refused):
    with zipfile.ZipFile(good_file) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    members["records/meeting.json"] = b"[{" * 100

    manifest["members"]["records/meeting.json"]["sha256"] = hashlib.sha256(members["records/meeting.json"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    refused(raw_zip(tmp_path / "garbled.dplan", members), "'records/meeting.json' is not valid JSON")


def test_a_plan_file_larger_than_the_limit_is_not_read(tmp_path, refused, monkeypatch):
    path = tmp_path / "huge.dplan"
    path.write_bytes(b"PK" + b"\0" * 2048)
    monkeypatch.setattr("app.plan_files.validation.MAX_FILE_BYTES", 1024)
    refused(path, "a plan file is at most 1,024")


def test_a_file_reusing_ids_of_another_plan_is_refused(ctx, small_plan, good_file, tmp_path, refused):
    def change(manifest, members):
        new_plan = "11111111-2222-4333-8444-555555555555"
        manifest["plan_uuid"] = new_plan
        members["records/plan.json"][0]["uuid"] = new_plan
        for entity in ("priority", "lead", "action"):
            for record in members[f"records/{entity}.json"]:
                record["plan_uuid"] = new_plan

    refused(rewrite(good_file, tmp_path / "copycat.dplan", change), "already belongs to another plan")


def test_randomly_damaged_files_only_ever_give_a_clear_error(good_file, tmp_path):
    from app.plan_files.validation import read_plan_file

    good = good_file.read_bytes()
    rng = random.Random(20261123)
    outcomes = {"refused": 0, "read": 0}
    for _ in range(300):
        data = bytearray(good)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        try:
            read_plan_file(tmp_path / "fuzzed.dplan", bytes(data))
            outcomes["read"] += 1
        except PlanFileError as exc:
            assert "fuzzed.dplan" in str(exc)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 250


def test_unstorable_characters_are_dropped_so_the_excel_export_never_meets_them(good_file, tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    from app.context import AppContext
    from app.plan_files.service import apply_merge
    from app.plans.listing import list_plans
    from app.queries.actions import action_rows
    from exports.exporting.xlsx_export import write_actions_xlsx

    def change(manifest, members):
        members["records/action.json"][0]["activity"] = "Safe\x00 routes\x07 to\x1b school\ufffe"
        members["records/action.json"][0]["comments"] = "tab\tand\nlines stay"

    second = AppContext.open(tmp_path / "other-copy")
    out = tmp_path / "out.xlsx"
    try:
        apply_merge(second, preview_plan_file(second.db, rewrite(good_file, tmp_path / "ctl.dplan", change)))
        plan = list_plans(second.db)[0]
        rows = action_rows(second.db, plan.uuid, date.today())
        write_actions_xlsx(out, plan, rows, exported_by="t")
    finally:
        second.close()
    activities = [row.activity for row in rows]
    assert "Safe routes to school" in activities
    assert any(row.comments == "tab\tand\nlines stay" for row in rows)
    cells = [cell.value for row in load_workbook(out).active.iter_rows() for cell in row]
    assert "Safe routes to school" in cells
