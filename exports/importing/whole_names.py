"""Names a narrow PDF column wrapped, told from names one a line by the table's other cells.

In a narrow Lead column "Stockton Renaissance" / "Children Trust Board" prints the same whether the
writer pressed Enter between the two bodies or the column wrapped one long name: the next line's
first word would not have fitted either way, so ``pdf_cells`` joins the lines as a wrap, and
``item_starts`` sees no shape in the words. The plan itself often says which: a body it writes
whole in another cell of the same column ("Stockton Renaissance" alone as the lead of the rows
above and below) is a name of its own. So, table-wide (a row a page break cut may sit a column
off, so any cell of the table counts, never the cell itself):

- when the lines joined make a name the table holds whole in another cell, they are one name;
- otherwise a wrap after a part the table holds whole elsewhere, or before a rest it holds whole
  ("Licensing" / "CDRP" beside another cell's "CDRP"), is a break between two bodies, when both
  parts are as short as a name (``MAX_NAME_WORDS``: a sentence may name a body mid-way), the line
  after opens with a capital and the line above does not end on a joining word ("…reports from" /
  "Probation").

The header row names no body and is not counted.
"""

from __future__ import annotations

from collections import defaultdict

from exports.importing.item_starts import MAX_NAME_WORDS, joins

Wraps = tuple[int, ...]  # offsets in a cell's text of the spaces that joined a wrapped line


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def names_seen_whole(rows: list[tuple[str, ...]], wraps: list[tuple[Wraps, ...]]) -> list[tuple[str, ...]]:
    """``rows`` with each wrap that joins two names the table writes whole elsewhere made a line break."""
    seen: dict[str, set[tuple[int, int]]] = defaultdict(set)  # name -> the cells holding it whole
    for number, row in enumerate(rows[1:], start=1):
        for column, cell in enumerate(row):
            for item in cell.split("\n"):
                if item.strip():
                    seen[_key(item)].add((number, column))

    def elsewhere(column: int, text: str, number: int) -> bool:
        return bool(seen.get(_key(text), set()) - {(number, column)})

    result = []
    for number, (row, cell_wraps) in enumerate(zip(rows, wraps, strict=True)):
        if number == 0 or not any(cell_wraps):
            result.append(row)
            continue
        result.append(
            tuple(
                _split(cell, offsets, lambda text, c=column, n=number: elsewhere(c, text, n)) if offsets else cell
                for column, (cell, offsets) in enumerate(zip(row, cell_wraps, strict=True))
            )
        )
    return result


def _split(cell: str, offsets: Wraps, known) -> str:
    """The cell with a line break at each wrap that falls between two names (see the module's docstring)."""
    text = list(cell)
    start = 0
    for item in cell.split("\n"):
        end = start + len(item)
        inside = [offset for offset in offsets if start < offset < end]
        if inside and not known(item):
            piece = start  # where the name being read began
            for at, offset in enumerate(inside):
                before = cell[piece:offset]
                after = cell[offset + 1 : end]
                line = cell[offset + 1 : inside[at + 1] if at + 1 < len(inside) else end]
                if _breaks(before, after, line, known):
                    text[offset] = "\n"
                    piece = offset + 1
        start = end + 1
    return "".join(text)


def _breaks(before: str, after: str, line: str, known) -> bool:
    words, rest = before.split(), after.split()
    if not words or not rest or joins(words[-1]) or not line[:1].isupper():
        return False
    if len(words) > MAX_NAME_WORDS or len(rest) > MAX_NAME_WORDS:
        return False
    return known(before) or known(after)
