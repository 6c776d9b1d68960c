"""CSV files: the encoding and the separator are worked out, never asked; the rows are streamed.

The file is never held whole in memory: the encoding is found by decoding it in chunks, then
the csv module reads it from the open file (so only real line ends end a row: a vertical tab
or form feed pasted into a cell stays in the cell), each row counted by the read budget.
"""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

from exports.importing.budget import ReadBudget
from exports.importing.source import PlanFileError, RawDocument, RawTable, SourceLocation

# Tried in order when there is no byte-order mark: UTF-8 is strict, so a Windows file fails it
# and falls to cp1252; latin-1 accepts any byte, so it is last.
FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SEPARATORS = ",;\t"
_CHUNK = 1024 * 1024
_SAMPLE = 64 * 1024
_SNIFF_LINE = 500


def detect_encoding(path: Path) -> str:
    """The encoding to read ``path`` with, found without holding more than a chunk of it."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        raise PlanFileError("the file holds binary data; it is not a CSV file.", SourceLocation(path.name))
    for encoding in FALLBACK_ENCODINGS[:-1]:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return FALLBACK_ENCODINGS[-1]


def sniff_separator(text: str) -> str:
    # csv.Sniffer's regular expressions take time quadratic in a line's length (two minutes for one
    # line of 100,000 commas); the start of each of the first lines says as much about the separator.
    sample = "\n".join(line[:_SNIFF_LINE] for line in text.splitlines()[:20])
    try:
        separator = csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        counts = {sep: sample.count(sep) for sep in SEPARATORS}
        separator = max(counts, key=counts.get) if any(counts.values()) else ","
    return separator if _in_most_lines(sample, separator) else ","


def _in_most_lines(sample: str, separator: str) -> bool:
    """A file's separator is written on most of its lines: one semicolon in a sentence of a file of
    one column (a page pasted a line a row, its commas quoted) separates nothing."""
    lines = [line for line in sample.splitlines() if line.strip()]
    return 2 * sum(separator in line for line in lines) >= len(lines)


def read_csv(path: Path, budget: ReadBudget | None = None) -> RawDocument:
    budget = budget or ReadBudget()
    encoding = detect_encoding(path)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    with path.open(encoding=encoding, newline="") as stream:
        separator = sniff_separator(stream.read(_SAMPLE))
        stream.seek(0)
        # strict: a file cut inside a quoted cell is an error, not a last cell swallowing the rest
        reader = csv.reader(stream, delimiter=separator, strict=True)
        while True:
            started = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise PlanFileError(_describe(exc), SourceLocation(path.name, "", started)) from None
            cells = tuple(value.strip() for value in values)
            if any(cells):
                rows.append(budget.take(cells, SourceLocation(path.name, "", reader.line_num)))
                numbers.append(reader.line_num)
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


def _describe(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return (
            "the file ends inside a quoted cell that starts on this row: it was cut short, or a closing "
            'quote (") is missing. Save the CSV again from its program.'
        )
    return f"the CSV cannot be read ({exc})."
