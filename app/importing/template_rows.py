"""Rows a plan template prints around its actions: the header again, whole or in part, and a list in a
cell going on after a page break.

- **Headers printed again.** After a page break Word prints the header row again; a template with two
  header lines may print only the second ("| | Targets | Milestones | Status"). A row whose two or
  more filled cells each repeat word for word the header of their own column, the rest empty, is
  the header again, never an objective or an action.
- **A list going on.** An objective cell that ends in a list ("…under the headings of: • Smoking
  • Diet") and a row after the page break holding only more bullet points in that column: the list
  goes on, and the objective's title with it.
"""

from __future__ import annotations

from app.importing.text import is_bullet


def list_goes_on(above: str, text: str) -> bool:
    """``text`` opens with a bullet point and the cell above ended in a list (its last line a bullet
    point, or a colon introducing one): the list goes on."""
    lines = [line for line in above.split("\n") if line.strip()]
    return is_bullet(text.lstrip()) and bool(lines) and (is_bullet(lines[-1]) or lines[-1].rstrip().endswith(":"))


def repeats_header_cells(row: tuple[str, ...], header: tuple[str, ...]) -> bool:
    """The header row again, whole, or in part: two or more cells, each repeating word for word the
    header of its own column and the rest empty ("| | Targets | Milestones | Status" under the header)."""
    cells = [" ".join(c.split()).casefold() for c in row]
    named = [" ".join(c.split()).casefold() for c in header]
    if cells == named:
        return True
    filled = [(column, cell) for column, cell in enumerate(cells) if cell]
    return len(filled) >= 2 and all(column < len(named) and named[column] == cell for column, cell in filled)
