"""Inputs the fuzzers found that once escaped as tracebacks, kept as plain tests."""

from __future__ import annotations

import struct

import pytest

from exports.common.safe_xlsx import WorkbookFileError, check_workbook_file
from exports.plan_files.archive import PlanFileError as DplanError
from exports.plan_files.archive import read_archive
from tests.fuzz.corpus import rezip


def _shift_central_directory(blob: bytes, by: int = 500) -> bytes:
    """Claim the central directory starts later than it does: member offsets then land before byte 0."""
    end = blob.rindex(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", blob, end + 16)
    return blob[: end + 16] + struct.pack("<I", offset + by) + blob[end + 20 :]


@pytest.fixture
def shifted_zip():
    return _shift_central_directory(rezip([("[Content_Types].xml", b"<Types/>"), ("manifest.json", b"{}")]))


def test_workbook_with_member_offsets_before_the_file_start_is_refused(tmp_path, shifted_zip):
    path = tmp_path / "return.xlsx"
    path.write_bytes(shifted_zip)  # once: OSError "Invalid argument" from a negative seek
    with pytest.raises(WorkbookFileError, match="damaged or incomplete"):
        check_workbook_file(path)


def test_plan_file_with_member_offsets_before_the_file_start_is_refused(shifted_zip):
    with pytest.raises(DplanError, match="damaged"):  # once: ValueError "negative seek value"
        read_archive(shifted_zip, "shifted.dplan")
