"""Checks made on a PDF before pdfplumber lays out its pages: password, page count, stream bombs.

pdfminer inflates every compressed stream it meets without a ceiling, so a small hostile PDF
could claim gigabytes. Each Flate stream is inflated here with a running ceiling first; past it
the file is refused before any page is read.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1

from exports.importing.safety import MB, ImportLimits
from exports.importing.source import PlanFileError, SourceLocation

PASSWORD = (
    "the PDF is password-protected. Ask for a copy without a password (or the Word or Excel original) and import that."
)


def check_pdf(path: Path, limits: ImportLimits) -> None:
    where = SourceLocation(path.name)
    with path.open("rb") as stream:
        try:
            document = PDFDocument(PDFParser(stream))
        except PDFPasswordIncorrect:
            raise PlanFileError(PASSWORD, where) from None
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for a broken file
            raise PlanFileError(f"the PDF is damaged or incomplete ({describe(exc)}).", where) from None
        pages = 0
        try:
            for page in PDFPage.create_pages(document):
                pages += 1
                if pages > limits.max_pdf_pages:
                    raise PlanFileError(
                        f"the PDF has more than {limits.max_pdf_pages} pages; longer plans are not read.", where
                    )
                _check_page_size(page, pages, limits, where)
        except PlanFileError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise PlanFileError(f"the PDF's page {pages + 1} is damaged ({describe(exc)}).", where) from None
        if pages == 0:
            raise PlanFileError("the PDF has no pages.", where)
        _check_streams(document, limits, where)


def _check_page_size(page: PDFPage, number: int, limits: ImportLimits, where: SourceLocation) -> None:
    """A page's drawing instructions beyond any real page's size would take pdfplumber minutes to lay out."""
    budget = limits.max_pdf_page_bytes
    for stream in page.contents:
        stream = resolve1(stream)
        if isinstance(stream, PDFStream) and stream.rawdata is not None:
            budget -= _inflated_size(stream, budget)
        if budget < 0:
            break
    if budget < 0:
        raise PlanFileError(
            f"page {number} holds more than {limits.max_pdf_page_bytes / MB:.0f} MB of drawing instructions, "
            "far beyond any plan's page; the file is not read.",
            SourceLocation(where.file, f"page {number}"),
        )


def describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _check_streams(document: PDFDocument, limits: ImportLimits, where: SourceLocation) -> None:
    budget = limits.max_unpacked_bytes
    seen: set[int] = set()
    for xref in document.xrefs:
        for objid in xref.get_objids():
            if objid in seen:
                continue
            seen.add(objid)
            try:
                obj = document.getobj(objid)
            except Exception:  # noqa: BLE001 - a broken object is pdfplumber's to report, with its page
                continue
            if not isinstance(obj, PDFStream) or obj.rawdata is None:
                continue
            budget -= _inflated_size(obj, budget)
            if budget < 0:
                raise PlanFileError(
                    f"the PDF would unpack to more than {limits.max_unpacked_bytes / MB:.0f} MB (a compression bomb); "
                    "the file is not read.",
                    where,
                )


def _inflated_size(stream: PDFStream, ceiling: int) -> int:
    """The stream's size once inflated, counted no further than ``ceiling + 1`` bytes."""
    filters = resolve1(stream.get_any(("F", "Filter"), []))
    first = filters[0] if isinstance(filters, list) and filters else filters
    data = stream.rawdata or b""
    if first not in LITERALS_FLATE_DECODE:
        return len(data)
    if stream.decipher and stream.objid is not None and stream.genno is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    inflater = zlib.decompressobj()
    try:
        size = len(inflater.decompress(data, max(ceiling, 0) + 1))  # max_length 0 would mean "no limit"
    except zlib.error:
        return len(data)  # a broken stream: pdfminer skips it the same way
    return size + (1 if inflater.unconsumed_tail else 0)
