"""The rest of a row a PDF's page break cut, joined to its first part when the page says so on both sides.

A Word table row allowed to break across pages is printed in two parts: the first at the foot of a
page with no line under it (``pdf_open_rows.open_row``), the rest at the top of the next page with no
line over it, in a box of its own or over the table's first ruled line when the header row is not
repeated (``open_box``, ``open_top_row``). When both are there, the two are one row by the printing
alone, whatever their words say: each cell goes on where the page cut it, as a line that wrapped
(joined with a space, the join a wrap the table's other cells may still decide, ``whole_names``).
Left to the plan builder, a rest whose words read as a row of their own ("Studies | information for
annual review", a capitalised word and a milestone in a column the builder maps to no field) was
read as a new row or as a row moved left.
"""

from __future__ import annotations

from exports.importing.pdf_cells import cell_text
from exports.importing.whole_names import Wraps


def joined_rest(
    first: tuple[str, ...], first_wraps: tuple[Wraps, ...], rest: tuple[str, ...], rest_wraps: tuple[Wraps, ...]
) -> tuple[tuple[str, ...], tuple[Wraps, ...]]:
    """The row whole: each cell's first part, then its rest; and where lines were joined as wraps."""
    cells: list[str] = []
    wraps: list[Wraps] = []
    for column in range(max(len(first), len(rest))):
        top, bottom = _at(first, column), _at(rest, column)
        top_wraps, bottom_wraps = _at(first_wraps, column) or (), _at(rest_wraps, column) or ()
        if not bottom:
            cells.append(top)
            wraps.append(tuple(top_wraps))
        elif not top:
            cells.append(bottom)
            wraps.append(tuple(bottom_wraps))
        elif _new_line(top, bottom):
            cells.append(f"{top}\n{bottom}")
            wraps.append((*top_wraps, *(len(top) + 1 + offset for offset in bottom_wraps)))
        else:
            cells.append(f"{top} {bottom}")
            wraps.append((*top_wraps, len(top), *(len(top) + 1 + offset for offset in bottom_wraps)))
    return tuple(cells), tuple(wraps)


def _new_line(top: str, bottom: str) -> bool:
    """The rest opens a line of its own by its words, as ``pdf_cells`` reads a cell's lines (a bullet, a
    ref, a capital after a sentence's end, a second name), or with "+" (one more body: "+ lead for
    each agency" under the lead's name, ``added_leads``)."""
    last, first = top.rsplit("\n", 1)[-1], bottom.split("\n", 1)[0]
    return first.startswith("+") or "\n" in cell_text(f"{last}\n{first}")


def _at(values, column: int):
    return values[column] if column < len(values) else ""
