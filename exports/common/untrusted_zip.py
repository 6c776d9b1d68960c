"""The one check every zip we did not write passes before a parser sees it (.docx, .xlsx, .dplan).

A zip's directory declares each member's size, but nothing makes the compressed data agree:
a member declaring 1 KB can inflate to 1 GiB, and ``zipfile``'s ``read()`` inflates all of it
into memory before cutting it to the declared size. So this module inflates every member
itself, 64 KiB at a time, counting the bytes that actually come out, and refuses the file as
soon as a member inflates past what it declares or past the limits. Once a file has passed,
any parser's full read of a member inflates exactly the declared size, which the limits bound.

In the same pass every member that starts like XML, whatever its name, is run through
defusedxml's parser up to its root element: any DOCTYPE or entity declaration is refused
(Office files and plan files never carry one), however long the comments before it.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.handler import ContentHandler

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.expatreader import create_parser

MB = 1024 * 1024
CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Member names Office uses for XML parts; a part with one of these names must parse as XML.
XML_NAMES = (".xml", ".rels", ".vml")
# What the zip module raises for a damaged archive ("zip file version 23.3", "negative seek value"...).
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, struct.error)


class UntrustedZipError(ValueError):
    """The zip is refused; the message (without the file's name: callers add it) says why."""


@dataclass(frozen=True)
class ZipLimits:
    max_members: int
    max_member_bytes: int  # inflated, one member
    max_total_bytes: int  # inflated, all members
    max_ratio: int = 200  # inflated/compressed, for members over 1 MB
    max_xml_bytes: int | None = None  # inflated, one member that is XML (a parser holds it whole)


def check_zip(source: Path | bytes, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """Inflate and check every member of ``source``; return its members, or raise UntrustedZipError."""
    raw = source if isinstance(source, bytes) else None
    try:
        with (
            zipfile.ZipFile(io.BytesIO(raw) if raw is not None else source) as archive,
            io.BytesIO(raw) if raw is not None else Path(source).open("rb") as stream,
        ):
            members = archive.infolist()
            _check_directory(members, limits)
            total = 0
            for info in members:
                try:
                    total += _inflate_checked(stream, info, limits, limits.max_total_bytes - total)
                except UntrustedZipError:
                    raise
                except (zlib.error, EOFError, OSError, ValueError, struct.error) as exc:
                    raise UntrustedZipError(
                        f"part {info.filename} is damaged or incomplete (it cannot be unpacked: {exc})."
                    ) from None
            return members
    except UntrustedZipError:
        raise
    except DAMAGED as exc:
        raise UntrustedZipError(f"the file is damaged or incomplete ({exc}).") from None


def _check_directory(members: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    """The cheap refusals, from the directory alone, before anything is inflated."""
    if len(members) > limits.max_members:
        raise UntrustedZipError(f"the package holds {len(members):,} parts; this is not a normal file of its kind.")
    declared = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise UntrustedZipError(f"part {info.filename} is encrypted; remove the password and save again.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UntrustedZipError(f"part {info.filename} uses a compression Office files never use.")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits.max_ratio:
            raise UntrustedZipError(f"part {info.filename} would inflate {ratio:.0f} times (a zip bomb); refused.")
        _check_size(info.filename, info.file_size, limits.max_member_bytes)
        declared += info.file_size
    if declared > limits.max_total_bytes:
        raise UntrustedZipError(_too_big("the file", declared, limits.max_total_bytes))


def _too_big(what: str, size: int, limit: int) -> str:
    return f"{what} would unpack to {size / MB:,.0f} MB, more than the {limit / MB:,.0f} MB allowed; refused."


def _check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise UntrustedZipError(_too_big(f"part {name}", size, limit))


def _inflate_checked(stream, info: zipfile.ZipInfo, limits: ZipLimits, total_left: int) -> int:
    """Inflate one member from its raw bytes, never holding more than a chunk; return its real size."""
    stream.seek(info.header_offset)
    header = stream.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
        raise UntrustedZipError(f"part {info.filename} is damaged (its header is missing).")
    fields = _LOCAL_HEADER.unpack(header)
    stream.seek(info.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1])
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    prolog = _PrologCheck(info.filename)
    left = info.compress_size
    size = 0
    crc = 0
    pending = b""
    while left > 0 or pending:
        if not pending:
            pending = stream.read(min(CHUNK, left))
            if not pending:
                raise UntrustedZipError(f"part {info.filename} is cut short.")
            left -= len(pending)
        if inflater is None:
            piece, pending = pending, b""
        else:
            piece = inflater.decompress(pending, CHUNK)
            pending = inflater.unconsumed_tail
        size += len(piece)
        if size > info.file_size:
            raise UntrustedZipError(
                f"part {info.filename} declares {info.file_size:,} bytes but inflates to more (a zip bomb); refused."
            )
        if size > total_left:
            raise UntrustedZipError(_too_big("the file", size, total_left))
        crc = zlib.crc32(piece, crc)
        prolog.feed(piece)
        if prolog.is_xml and limits.max_xml_bytes is not None and size > limits.max_xml_bytes:
            raise UntrustedZipError(
                f"part {info.filename} holds more than {limits.max_xml_bytes / MB:,.0f} MB of XML, far more than a "
                "real file of this kind; refused."
            )
        if inflater is not None and inflater.eof:
            break
    if size != info.file_size or crc != info.CRC:
        raise UntrustedZipError(f"part {info.filename} is damaged (it does not unpack to what it declares).")
    return size


class _RootReached(Exception):
    """Raised at the first element: past the prolog no DTD can appear."""


class _StopAtRoot(ContentHandler):
    def startElement(self, name, attrs):  # noqa: N802 - SAX's name
        raise _RootReached

    def startElementNS(self, name, qname, attrs):  # noqa: N802 - SAX's name
        raise _RootReached


class _PrologCheck:
    """Feeds a member's first bytes to defusedxml until its root element, if it looks like XML."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.must_be_xml = name.casefold().endswith(XML_NAMES)
        self.parser: Callable | None = None
        self.done = False
        self.started = False
        self.is_xml = False

    def feed(self, piece: bytes) -> None:
        if self.done or not piece:
            return
        if not self.started:
            self.started = True
            head = piece.lstrip(b"\xef\xbb\xbf \t\r\n")
            if not self.must_be_xml and not head.startswith(b"<") and not head.startswith(b"\xff\xfe<\x00"):
                self.done = True  # an image or other binary part: not XML, nothing to check
                return
            self.is_xml = True
            self.parser = create_parser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
            self.parser.setContentHandler(_StopAtRoot())
        try:
            self.parser.feed(piece)
        except _RootReached:
            self.done = True
        except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
            raise UntrustedZipError(
                f"part {self.name} declares a DTD or entities (possibly an XML bomb); refused."
            ) from None
        except Exception as exc:  # noqa: BLE001 - any parse failure means a broken part
            self._not_xml(exc)

    def _not_xml(self, why) -> None:
        self.done = True
        if self.must_be_xml:
            raise UntrustedZipError(f"part {self.name} is not valid XML ({why}).")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member of a zip that passed ``check_zip``, read in chunks so the read is bounded by its size."""
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise UntrustedZipError(f"part {info.filename} is not the size the archive declares.")
    return data


__all__ = ["UntrustedZipError", "ZipLimits", "check_zip", "read_member"]
