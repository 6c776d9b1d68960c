"""Checks made before any parser sees a file: size, real type, zip bombs, encryption, DTDs.

Office files are zips of XML. A hostile or broken one can claim gigabytes once inflated, or
carry an entity bomb in a DTD. Everything here looks at sizes and prologs only, so the checks
cost little even for a file at the size limit.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.handler import ContentHandler

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.expatreader import create_parser

from exports.common.safe_xlsx import ENCRYPTION_STREAM, OLE_MAGIC, ZIP_MAGIC
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
    max_part_ratio: int = 200  # inflated/compressed size of one zip member above 1 MB
    max_zip_members: int = 5000
    max_pdf_pages: int = 500
    max_pdf_page_bytes: int = 16 * MB  # one page's content streams, inflated; a dense text page is < 1 MB


def check_size(path: Path, limits: ImportLimits) -> int:
    where = SourceLocation(path.name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise PlanFileError("the file does not exist.", where) from None
    except OSError as exc:
        raise PlanFileError(f"the file cannot be read ({exc.strerror}).", where) from None
    if size == 0:
        raise PlanFileError("the file is empty.", where)
    if size > limits.max_file_bytes:
        raise PlanFileError(
            f"the file is {size / MB:.0f} MB; plans larger than {limits.max_file_bytes / MB:.0f} MB are not read.",
            where,
        )
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
    """Refuse zip bombs, encrypted members and XML with a DTD before python-docx or openpyxl open the file.

    zipfile never inflates a member past its declared size, so checking declared sizes here
    bounds what the parsers can later read.
    """
    where = SourceLocation(path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > limits.max_zip_members:
                raise PlanFileError(f"the package holds {len(members)} parts; this is not a normal Office file.", where)
            total = 0
            for info in members:
                if info.flag_bits & 0x1:
                    raise PlanFileError("parts of the file are encrypted; remove the password and save again.", where)
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MB and ratio > limits.max_part_ratio:
                    raise PlanFileError(
                        f"part {info.filename} would inflate {ratio:.0f} times (a zip bomb); the file is not read.",
                        where,
                    )
            if total > limits.max_unpacked_bytes:
                raise PlanFileError(
                    f"the file would unpack to {total / MB:.0f} MB, more than the "
                    f"{limits.max_unpacked_bytes / MB:.0f} MB allowed; the file is not read.",
                    where,
                )
            for info in members:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _check_prolog(archive, info, where)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise PlanFileError(f"the file is damaged or incomplete ({exc}).", where) from None


class _RootReached(Exception):
    """Raised at the first element: past the prolog no DTD can appear."""


class _StopAtRoot(ContentHandler):
    def startElement(self, name, attrs):  # noqa: N802 - SAX's name
        raise _RootReached

    def startElementNS(self, name, qname, attrs):  # noqa: N802 - SAX's name
        raise _RootReached


def _check_prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: SourceLocation) -> None:
    """Office XML never carries a DTD, so any DOCTYPE or entity declaration is refused.

    defusedxml's expat reader raises on a DTD; the parse stops at the root element, so this
    reads a few bytes of each part rather than the whole part.
    """
    parser = create_parser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setContentHandler(_StopAtRoot())
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(4096):
                parser.feed(chunk)
    except _RootReached:
        return
    except (zlib.error, zipfile.BadZipFile, EOFError):
        raise PlanFileError(f"part {info.filename} is damaged (it cannot be unpacked).", where) from None
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise PlanFileError(
            f"part {info.filename} declares a DTD or entities (possibly an XML bomb); the file is not read.", where
        ) from None
    except Exception as exc:  # noqa: BLE001 - any parse failure means a broken part
        raise PlanFileError(f"part {info.filename} is not valid XML ({exc}).", where) from None
