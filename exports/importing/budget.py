"""How much a plan file may hold, counted while it is read: rows, columns, cell and total text.

The size limits bound the bytes of a file, not the work of reading it: 48 MB of CSV is a
million rows. Readers count each row as they produce it and stop at the first one over a
limit, naming it, so the time and memory of an import are bounded by these numbers and not by
the file. Each limit is far beyond any real plan (the largest we know has about 600 actions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exports.importing.source import PlanFileError, SourceLocation, column_letter


@dataclass(frozen=True)
class RowLimits:
    max_rows: int = 5_000  # rows holding something, all tables of the file together
    max_columns: int = 200  # the reader passes at most one more, so a cell past the last is seen
    max_cell_chars: int = 32_767  # what one spreadsheet cell can hold
    max_text_chars: int = 10_000_000


class ReadBudget:
    """Counts what one file's reader has produced; refuses the row that goes over."""

    def __init__(self, limits: RowLimits | None = None) -> None:
        self.limits = limits or RowLimits()
        self.rows = 0
        self.chars = 0

    def take(self, cells: Sequence[str], where: SourceLocation) -> tuple[str, ...]:
        """Count one row holding something (``where`` names its file, part and row); return it, a row
        longer than the columns allowed cut after its last text (100,000 commas are no cells at all)."""
        limits = self.limits
        self.rows += 1
        if self.rows > limits.max_rows:
            raise PlanFileError(
                f"the file has more than {limits.max_rows:,} rows; a delivery plan has far fewer. "
                "Import the plan's own table, not a data extract.",
                where,
            )
        if len(cells) > limits.max_columns:
            last = max((i for i, cell in enumerate(cells) if cell), default=0)
            cells = cells[: last + 1]
            if last >= limits.max_columns:
                raise PlanFileError(
                    f"the row has text in column {column_letter(last)}; a plan's table has at most "
                    f"{limits.max_columns} columns.",
                    where,
                )
        for column, cell in enumerate(cells):
            if len(cell) > limits.max_cell_chars:
                raise PlanFileError(
                    f"the cell holds {len(cell):,} characters; a cell holds at most {limits.max_cell_chars:,}.",
                    SourceLocation(where.file, where.part, where.row, column),
                )
            self.chars += len(cell)
        if self.chars > limits.max_text_chars:
            raise PlanFileError(
                f"the file holds more than {limits.max_text_chars:,} characters of text; a delivery plan holds "
                "far less.",
                where,
            )
        return tuple(cells)


__all__ = ["ReadBudget", "RowLimits"]
