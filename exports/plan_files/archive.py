"""The .dplan container: a zip holding ``manifest.json`` and JSON members, written and read as plain data.

Reading never extracts to disk and never trusts the archive: names, sizes and counts are checked
from the directory, then every member is inflated once by ``exports.common.untrusted_zip``
counting its real size; member names must be plain relative paths, and every member listed in
the manifest must match its SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.common.untrusted_zip import UntrustedZipError, ZipLimits, check_zip, read_member

FORMAT_NAME = "delivery-desk-plan"
# 1.1 added the report template and narratives, and the meeting's agenda item.
FORMAT_VERSION = "1.1"
READS_MAJOR = 1
MANIFEST = "manifest.json"

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 64
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 160 * 1024 * 1024
# JSON compresses well but not 1000 times: the ratio bounds a bomb before it is inflated.
LIMITS = ZipLimits(MAX_MEMBERS, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, max_ratio=200)
# Zip's own epoch: fixed member dates keep two exports of the same records byte-identical.
_MEMBER_DATE = (1980, 1, 1, 0, 0, 0)
_VERSION = re.compile(r"^(\d+)\.(\d+)$")
# What the zip module raises for a damaged archive ("zip file version 23.3", "negative seek value"...).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, struct.error)


class PlanFileError(ValueError):
    """A plan file cannot be read; the message names the file and the member or record at fault."""


@dataclass(frozen=True)
class PlanArchive:
    manifest: dict[str, Any]
    members: dict[str, Any]


def encode_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def build_archive(manifest: dict[str, Any], members: dict[str, Any]) -> bytes:
    """The bytes of a plan file: ``members`` (name -> JSON value) and a manifest listing their checksums."""
    encoded = {name: encode_json(value) for name, value in members.items()}
    listing = {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)} for name, data in encoded.items()}
    full_manifest = {**manifest, "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "members": listing}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(MANIFEST, encode_json(full_manifest)), *encoded.items()]:
            info = zipfile.ZipInfo(name, date_time=_MEMBER_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a failed write never leaves half a plan file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _safe_member_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return False
    return all(part not in ("", ".", "..") for part in name.rstrip("/").split("/"))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str) -> bytes:
    try:
        return read_member(archive, info)
    except UntrustedZipError:
        raise PlanFileError(f"{file_name}: member '{info.filename}' is not the size the archive declares.") from None
    except _DAMAGED as exc:
        raise PlanFileError(f"{file_name}: member '{info.filename}' is damaged ({exc}).") from exc


def _parse_json(data: bytes, member: str, file_name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PlanFileError(f"{file_name}: member '{member}' is not valid JSON ({exc}).") from exc


def _check_version(manifest: dict[str, Any], file_name: str) -> None:
    if manifest.get("format") != FORMAT_NAME:
        raise PlanFileError(
            f"{file_name} is not a Delivery Desk plan file (its manifest names format {manifest.get('format')!r})."
        )
    match = _VERSION.match(str(manifest.get("format_version", "")))
    if match is None:
        raise PlanFileError(f"{file_name}: manifest.json has no readable format_version.")
    if int(match.group(1)) > READS_MAJOR:
        raise PlanFileError(
            f"{file_name} was written by a newer Delivery Desk (plan file format {match.group(0)}; this version "
            f"reads {READS_MAJOR}.x). Install the newer version to import it; nothing was changed."
        )


def _check_listing(archive: zipfile.ZipFile, file_name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PlanFileError(f"{file_name} holds {len(infos)} members; a plan file holds at most {MAX_MEMBERS}.")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if not _safe_member_name(info.filename):
            raise PlanFileError(f"{file_name}: member name '{info.filename}' is not allowed in a plan file.")
        if info.filename in by_name:
            raise PlanFileError(f"{file_name}: member '{info.filename}' appears twice.")
        if info.flag_bits & 0x1:
            raise PlanFileError(f"{file_name}: member '{info.filename}' is password-protected.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise PlanFileError(
                f"{file_name}: member '{info.filename}' would unpack to {info.file_size:,} bytes "
                f"(limit {MAX_MEMBER_BYTES:,}); refusing it."
            )
        total += info.file_size
        by_name[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise PlanFileError(f"{file_name} would unpack to {total:,} bytes (limit {MAX_TOTAL_BYTES:,}); refusing it.")
    return by_name


def read_archive(data: bytes, file_name: str) -> PlanArchive:
    """Check and read a plan file's bytes; raise PlanFileError naming ``file_name`` and the member."""
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError(f"{file_name} is {len(data):,} bytes; a plan file is at most {MAX_FILE_BYTES:,}.")
    if not data.startswith(b"PK"):
        raise PlanFileError(f"{file_name} is not a Delivery Desk plan file (it is not a zip archive).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED as exc:
        raise PlanFileError(f"{file_name} is damaged or incomplete (it may have been cut short): {exc}.") from exc
    with archive:
        infos = _check_listing(archive, file_name)
        try:
            check_zip(data, LIMITS)
        except UntrustedZipError as exc:
            raise PlanFileError(f"{file_name}: {exc}") from None
        if MANIFEST not in infos:
            raise PlanFileError(f"{file_name} has no manifest.json, so it is not a complete plan file.")
        manifest = _parse_json(_read_member(archive, infos[MANIFEST], file_name), MANIFEST, file_name)
        if not isinstance(manifest, dict):
            raise PlanFileError(f"{file_name}: manifest.json is not a JSON object.")
        _check_version(manifest, file_name)
        listing = manifest.get("members")
        if not isinstance(listing, dict):
            raise PlanFileError(f"{file_name}: manifest.json does not list the file's members.")
        members: dict[str, Any] = {}
        for name, entry in listing.items():
            if name not in infos:
                raise PlanFileError(f"{file_name}: member '{name}' listed in manifest.json is missing.")
            if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
                raise PlanFileError(f"{file_name}: manifest.json gives no checksum for member '{name}'.")
            raw = _read_member(archive, infos[name], file_name)
            if hashlib.sha256(raw).hexdigest() != entry["sha256"].lower():
                raise PlanFileError(
                    f"{file_name}: member '{name}' does not match its checksum; the file was changed or "
                    "damaged after it was exported."
                )
            members[name] = _parse_json(raw, name, file_name)
    return PlanArchive(manifest, members)
