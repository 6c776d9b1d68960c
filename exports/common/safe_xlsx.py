"""Opening a workbook someone sent us without trusting it.

Before openpyxl sees a file we check, in this order: its size on disk, that it is a zip (an
encrypted, password-protected workbook is an OLE compound file instead), then every member
through ``exports.common.untrusted_zip`` (its real inflated size, and no DTD in any XML part;
openpyxl also parses through defusedxml, but a refusal with a clear message beats a stack
trace). The workbook is then read in openpyxl's streaming read-only mode.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from exports.common.capped_read import FileTooLarge, capped_size
from exports.common.untrusted_zip import UntrustedZipError, ZipLimits, check_zip

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2000
# A sheet is streamed, but its shared strings are held whole: 16 MB of XML bounds them.
WORKBOOK_LIMITS = ZipLimits(
    MAX_MEMBERS, MAX_EXPANDED_BYTES, MAX_EXPANDED_BYTES, MAX_RATIO, max_xml_bytes=16 * 1024 * 1024
)
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
        size = capped_size(path, max_bytes)
        with Path(path).open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise WorkbookFileError(f"{name}: cannot be opened ({exc.strerror or exc}).") from exc
    except FileTooLarge as exc:
        raise WorkbookFileError(
            f"{name}: the file is {_megabytes(exc.size)}; files over {_megabytes(max_bytes)} are refused."
        ) from None
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
        check_zip(Path(path), WORKBOOK_LIMITS)
    except UntrustedZipError as exc:
        raise WorkbookFileError(f"{name}: {exc}") from None


def open_workbook(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Workbook:
    """Check the file, then open it streaming (read-only), with cached values instead of formulas."""
    check_workbook_file(path, max_bytes)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for malformed parts
        raise WorkbookFileError(
            f"{Path(path).name}: the workbook could not be read ({type(exc).__name__}: {exc})."
        ) from exc
