"""Shared helpers for the progress report tests: reading a PDF back as text."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

REF_LINE = re.compile(r"^\d+(?:\.\d+)+$")


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pdf_reader(data).pages]


def section_text(pages: list[str], start: str, end: str | None) -> str:
    """Text from the body heading ``start`` to the heading ``end`` (skipping the contents page)."""
    text = "\n".join(pages[2:])
    begin = text.index(start)
    finish = text.index(end, begin) if end else len(text)
    return text[begin:finish]


def refs_in_order(text: str) -> list[str]:
    """Action refs standing alone on a line, in the order the page prints them."""
    return [line.strip() for line in text.splitlines() if REF_LINE.match(line.strip())]


def refs_in_table(text: str) -> set[str]:
    """Action refs standing alone on a line, as the Ref column prints them."""
    return {line.strip() for line in text.splitlines() if REF_LINE.match(line.strip())}
