"""Shared helpers for the plan-file tests: plan content to compare, database fingerprints, file surgery."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from sqlalchemy import func, select

from app.plan_files.records import fields_of, gather_plan_records
from exports.plan_files.archive import build_archive, read_archive
from models import AuditEntry, Base, Plan


def plan_content(ctx, plan_uuid: str) -> dict[str, tuple[str, dict]]:
    """Every record's fields (not its stamps): what must agree after two copies merge alike."""
    with ctx.db.read() as session:
        plan_id = session.scalar(select(Plan.id).where(Plan.uuid == plan_uuid))
        records = gather_plan_records(session, plan_id)
    return {r["uuid"]: (entity, fields_of(entity, r)) for entity, items in records.items() for r in items}


def fingerprint(ctx) -> dict[str, int]:
    """Row counts of every table plus the newest audit id: any write shows up here."""
    with ctx.db.read() as session:
        tables = Base.metadata.sorted_tables
        counts = {t.name: session.execute(select(func.count()).select_from(t)).scalar() for t in tables}
        counts["last_audit"] = session.scalar(select(func.max(AuditEntry.id))) or 0
    return counts


def rewrite(path: Path, target: Path, change) -> Path:
    """Copy a plan file to ``target`` after ``change(manifest, members)``, with fresh, matching checksums."""
    archive = read_archive(path.read_bytes(), path.name)
    manifest = {k: v for k, v in archive.manifest.items() if k not in ("members", "format", "format_version")}
    members = dict(archive.members)
    change(manifest, members)
    target.write_bytes(build_archive(manifest, members))
    return target


def raw_zip(target: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def edit_manifest(path: Path, target: Path, change) -> Path:
    """Copy a plan file with only its manifest edited (members and their checksums untouched)."""
    import json

    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return raw_zip(target, members)
