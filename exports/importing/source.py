"""Plain data every reader produces: raw tables with where each row came from, and the one error type."""

from __future__ import annotations

from dataclasses import dataclass, field


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB": spreadsheet users find a cell by its letter."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class SourceLocation:
    """A place in an imported file, worded for the person who has to open the file and look."""

    file: str
    part: str = ""  # "sheet 'Plan'", "table 2", or "" for a CSV
    row: int | None = None  # 1-based, as the file's own program numbers it
    column: int | None = None  # 0-based

    def __str__(self) -> str:
        pieces = [self.file]
        if self.part:
            pieces.append(self.part)
        if self.row is not None:
            pieces.append(f"row {self.row}")
        if self.column is not None:
            pieces.append(f"column {column_letter(self.column)}")
        return ", ".join(pieces)


class PlanFileError(Exception):
    """A file cannot be imported; the message names the file and, when known, sheet, row and column."""

    def __init__(self, message: str, location: SourceLocation | None = None) -> None:
        super().__init__(f"{location}: {message}" if location else message)
        self.reason = message
        self.location = location


@dataclass(frozen=True)
class RawTable:
    """One table as found: cell texts, with the file row number of each row for messages.

    ``preceding`` holds the text between the previous table and this one (headings such as
    "1. Prevention"), or the sheet name for a workbook. ``merged_above`` maps a cell (row index,
    column) that continues a vertically merged cell to the merged cell's text: the cell itself
    reads as empty, and the plan builder decides per column whether "merged" means "same again".
    """

    file: str
    part: str
    index: int
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    preceding: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    merged_above: dict[tuple[int, int], str] = field(default_factory=dict, hash=False)
    # The paragraph right above the table when it is set as a heading (bold, or a Heading style):
    # a priority named in words ("Prioritise prevention") rather than numbered.
    heading: str = ""
    # Each row one item of a written list (a plan of headings and bullets read as a table): no row
    # is the rest of the one above, whatever case it opens in ("• train door staff…").
    list_items: bool = False

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def location(self, row_index: int | None = None, column: int | None = None) -> SourceLocation:
        row = self.row_numbers[row_index] if row_index is not None else None
        return SourceLocation(self.file, self.part, row, column)


@dataclass(frozen=True)
class RawDocument:
    """Everything a reader found in one file."""

    file: str
    kind: str  # "docx", "xlsx", "pdf" or "csv"
    title: str = ""
    tables: tuple[RawTable, ...] = ()
    # Free paragraphs in reading order (Word and PDF): objective lists and glossaries written as text.
    paragraphs: tuple[str, ...] = field(default_factory=tuple)
