"""Lines paired across a row's cells, told from the cells beside them.

A plan often lists a row's actions one a line, with their officer and their date one a line beside
them ("Steve Rose" / "September 2014" / "October 2015"). In a narrow column two short lines the writer
broke with Enter print the same as one long line the column wrapped: the next line's first word would
not have fitted either way, so ``pdf_cells`` joins them as a wrap. The row itself often says which:
when at least two other cells of the row hold the same number of lines N (two or more), and this cell,
already written one a line (two lines or more as read: a single "Ian Treasure" the column wrapped is
no list), holds fewer, but N once each of its wraps is made a line break, with each line so made
opening as a line opens (a capital, a figure or a bullet, never "…linking with" / "the framework"),
its lines are paired with theirs one by one and every wrap in it was the writer's line break. The
header row is left alone: a header's wrapped title pairs with nothing.
"""

from __future__ import annotations

from collections import Counter

from exports.importing.whole_names import Wraps


def _lines(cell: str) -> int:
    return sum(1 for line in cell.split("\n") if line.strip())


def _opens_a_line(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or (bool(first) and not first.isalnum() and first not in "([,;:.")


def paired_lines(
    rows: list[tuple[str, ...]], wraps: list[tuple[Wraps, ...]]
) -> tuple[list[tuple[str, ...]], list[tuple[Wraps, ...]]]:
    """``rows`` and their ``wraps`` with each cell whose wraps pair its lines with the row's others broken there."""
    result_rows, result_wraps = [], []
    for number, (row, cell_wraps) in enumerate(zip(rows, wraps, strict=True)):
        if number == 0 or not any(cell_wraps):
            result_rows.append(row)
            result_wraps.append(cell_wraps)
            continue
        counts = [_lines(cell) for cell in row]
        cells, offsets_kept = list(row), list(cell_wraps)
        for column, (cell, offsets) in enumerate(zip(row, cell_wraps, strict=True)):
            if not offsets or counts[column] < 2:
                continue
            others = Counter(count for at, count in enumerate(counts) if at != column and count >= 2)
            undone = counts[column] + len(offsets)
            if others.get(undone, 0) < 2 or not all(_opens_a_line(cell[offset + 1 :]) for offset in offsets):
                continue
            text = list(cell)
            for offset in offsets:
                text[offset] = "\n"
            cells[column], offsets_kept[column] = "".join(text), ()
        result_rows.append(tuple(cells))
        result_wraps.append(tuple(offsets_kept))
    return result_rows, result_wraps
