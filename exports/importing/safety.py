"""Checks made before any parser sees a file: size, real type, zip bombs, encryption, DTDs.

Office files are zips of XML. A hostile or broken one can claim gigabytes once inflated, or
carry an entity bomb in a DTD: ``exports.common.untrusted_zip`` inflates each member once,
counting what really comes out and reading each XML prolog, in bounded memory.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from exports.common.capped_read import FileTooLarge, capped_size
from exports.common.safe_xlsx import ENCRYPTION_STREAM, OLE_MAGIC, ZIP_MAGIC
from exports.common.untrusted_zip import UntrustedZipError, ZipLimits, check_zip
from exports.importing.budget import RowLimits
from exports.importing.source import PlanFileError, SourceLocation

MB = 1024 * 1024
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
KNOWN_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
    b"Rar!": "a RAR archive",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}


@dataclass(frozen=True)
class ImportLimits:
    """Ceilings checked before reading; the defaults fit any real plan with a wide margin."""

    max_file_bytes: int = 50 * MB
    max_unpacked_bytes: int = 200 * MB
    # One XML part, inflated: python-docx holds the whole document tree, about 12 bytes of memory per
    # byte of XML, so this keeps a Word import under 300 MB. A 300-page plan's document.xml is ~5 MB.
    max_xml_part_bytes: int = 16 * MB
    max_part_ratio: int = 200  # inflated/compressed size of one zip member above 1 MB
    max_zip_members: int = 5000
    max_pdf_pages: int = 500
    max_pdf_page_bytes: int = 16 * MB  # one page's content streams, inflated; a dense text page is < 1 MB
    rows: RowLimits = field(default_factory=RowLimits)

    def zip_limits(self) -> ZipLimits:
        return ZipLimits(
            self.max_zip_members,
            self.max_unpacked_bytes,
            self.max_unpacked_bytes,
            self.max_part_ratio,
            max_xml_bytes=self.max_xml_part_bytes,
        )


def check_size(path: Path, limits: ImportLimits) -> int:
    where = SourceLocation(path.name)
    try:
        size = capped_size(path, limits.max_file_bytes)
    except FileNotFoundError:
        raise PlanFileError("the file does not exist.", where) from None
    except OSError as exc:
        raise PlanFileError(f"the file cannot be read ({exc.strerror}).", where) from None
    except FileTooLarge as exc:
        raise PlanFileError(
            f"the file is {exc.size / MB:.0f} MB; plans larger than {exc.limit / MB:.0f} MB are not read.",
            where,
        ) from None
    if size == 0:
        raise PlanFileError("the file is empty.", where)
    return size


def sniff_kind(path: Path) -> str:
    """The real type of a plan file from its first bytes: "docx", "xlsx", "pdf" or "csv"."""
    where = SourceLocation(path.name)
    with path.open("rb") as stream:
        head = stream.read(1024)
    suffix = path.suffix.lower()
    if re.search(rb"%PDF-\d", head):  # PDF readers accept a little junk before the marker, so this does too
        return "pdf"
    if head.startswith(OLE_MAGIC):
        if ENCRYPTION_STREAM in path.read_bytes():
            raise PlanFileError(
                "the file is password-protected. Open it in Word or Excel, remove the password "
                "(File > Info > Protect) and save it again before importing.",
                where,
            )
        raise PlanFileError(
            "this is an old-format Word or Excel file (.doc/.xls). Save it as .docx or .xlsx and import that.", where
        )
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return _office_kind(path, suffix)
    for magic, name in KNOWN_MAGIC.items():
        if head.startswith(magic):
            raise PlanFileError(f"this is {name}, not a Word document, workbook, PDF or CSV file.", where)
    if suffix in (".docx", ".xlsx", ".xlsm", ".pdf"):
        kind = "a PDF" if suffix == ".pdf" else "a zip package"
        raise PlanFileError(f"the file is named {suffix} but is not one (it is not {kind}).", where)
    return "csv"


def _office_kind(path: Path, suffix: str) -> str:
    where = SourceLocation(path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PlanFileError("the file is damaged or incomplete (its zip structure cannot be read).", where) from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if suffix == ".csv":
        raise PlanFileError("the file is named .csv but is a zip archive.", where)
    raise PlanFileError("this zip file is neither a Word document (.docx) nor an Excel workbook (.xlsx).", where)


def check_package(path: Path, limits: ImportLimits) -> None:
    """Refuse zip bombs, encrypted members and XML with a DTD before python-docx or openpyxl open the
    file: every member is inflated once, its real size counted (``exports.common.untrusted_zip``)."""
    try:
        check_zip(path, limits.zip_limits())
    except UntrustedZipError as exc:
        raise PlanFileError(str(exc), SourceLocation(path.name)) from None
