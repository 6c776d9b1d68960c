"""CSV files: the encoding and the separator are worked out, never asked."""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

from exports.importing.source import PlanFileError, RawDocument, RawTable, SourceLocation

# Tried in order when there is no byte-order mark: UTF-8 is strict, so a Windows file fails it
# and falls to cp1252; latin-1 accepts any byte, so it is last.
FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SEPARATORS = ",;\t"


def decode(data: bytes, file: str) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:4096]:
        raise PlanFileError("the file holds binary data; it is not a CSV file.", SourceLocation(file))
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def sniff_separator(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        counts = {sep: sample.count(sep) for sep in SEPARATORS}
        return max(counts, key=counts.get) if any(counts.values()) else ","


def read_csv(path: Path) -> RawDocument:
    text, encoding = decode(path.read_bytes(), path.name)
    separator = sniff_separator(text)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    reader = csv.reader(text.splitlines(keepends=True), delimiter=separator)
    try:
        for values in reader:
            cells = tuple(value.strip() for value in values)
            if any(cells):
                rows.append(cells)
                numbers.append(reader.line_num)
    except csv.Error as exc:
        raise PlanFileError(
            f"the CSV cannot be read ({exc}).", SourceLocation(path.name, "", reader.line_num)
        ) from None
    if not rows:
        return RawDocument(path.name, "csv")
    width = max(len(row) for row in rows)
    name = {",": "comma", ";": "semicolon", "\t": "tab"}[separator]
    table = RawTable(
        file=path.name,
        part="",
        index=0,
        rows=tuple(row + ("",) * (width - len(row)) for row in rows),
        row_numbers=tuple(numbers),
        preceding=(path.stem,),
        notes=(f"read as {encoding}, {name}-separated",),
    )
    return RawDocument(path.name, "csv", "", (table,))
