"""Opening a workbook someone sent us without trusting it.

Before openpyxl sees a file we check, cheaply and in this order: its size on disk, that it is
a zip (an encrypted, password-protected workbook is an OLE compound file instead), that the
zip's members would not expand beyond sane limits (zip bombs), and that no XML part declares
a DOCTYPE (entity-expansion bombs; openpyxl also parses through defusedxml when it is installed,
which it is, but a refusal with a clear message beats a stack trace).
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream name an encrypted OOXML file carries inside its OLE container, in UTF-16-LE.
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
ZIP_MAGIC = b"PK\x03\x04"


class WorkbookFileError(ValueError):
    """The file cannot be read as a workbook; the message names the file and says why."""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_workbook_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> None:
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        with Path(path).open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise WorkbookFileError(f"{name}: cannot be opened ({exc.strerror or exc}).") from exc
    if size > max_bytes:
        raise WorkbookFileError(
            f"{name}: the file is {_megabytes(size)}; files over {_megabytes(max_bytes)} are refused."
        )
    if size == 0:
        raise WorkbookFileError(f"{name}: the file is empty.")
    if head == OLE_MAGIC:
        # Excel saves an encrypted .xlsx as an OLE compound file holding an EncryptionInfo stream;
        # an old binary .xls is an OLE file without one.
        if ENCRYPTION_STREAM in Path(path).read_bytes():
            raise WorkbookFileError(
                f"{name}: the workbook is password-protected. Open it in Excel, remove the password "
                "(File > Info > Protect Workbook) and save it again."
            )
        raise WorkbookFileError(
            f"{name}: the workbook is in the old .xls format. Open it in Excel and save it as an .xlsx workbook."
        )
    if not head.startswith(ZIP_MAGIC):
        raise WorkbookFileError(f"{name}: this is not an Excel .xlsx workbook.")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_expansion(name, members)
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")):
                    _check_no_doctype(name, archive, member)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as exc:
        # A damaged zip fails in many ways: bad headers (OSError on seek), cut streams, odd methods.
        raise WorkbookFileError(f"{name}: the workbook is damaged or incomplete ({exc}).") from exc


def _check_expansion(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise WorkbookFileError(f"{name}: the workbook holds {len(members)} parts; this is not a normal workbook.")
    total = sum(m.file_size for m in members)
    if total > MAX_EXPANDED_BYTES:
        raise WorkbookFileError(f"{name}: the workbook would expand to {_megabytes(total)} (a 'zip bomb'?); refused.")
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise WorkbookFileError(
                f"{name}: part {member.filename} is compressed {member.file_size // max(member.compress_size, 1)}"
                " times over (a 'zip bomb'?); refused."
            )


def _check_no_doctype(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    # A DOCTYPE must come before the root element, so the start of the part is enough.
    with archive.open(member) as handle:
        start = handle.read(4096)
    if b"<!DOCTYPE" in start.upper() or b"<!ENTITY" in start.upper():
        raise WorkbookFileError(
            f"{name}: part {member.filename} declares XML entities (an 'XML bomb'?); workbooks never need them."
        )


def open_workbook(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Workbook:
    """Check the file, then load it with cached values instead of formulas."""
    check_workbook_file(path, max_bytes)
    try:
        return openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many types for malformed parts
        raise WorkbookFileError(
            f"{Path(path).name}: the workbook could not be read ({type(exc).__name__}: {exc})."
        ) from exc
