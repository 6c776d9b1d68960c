"""A contents list that names each entry's page in words: "1. Cross Cutting Issues Page 3",
"6. Hate Crime p. 21". Such a line points at a section further on; it is not a heading the text
after it falls under, so the rows of the first section's table are not read under the list's last
entry. (A contents line with a dotted or tabbed leader, "1.2 Safer routes ..... 4", is read by
``text.without_page_number``.) A table of numbered entries beside a column of page numbers alone
("1. Introduction | 3") is a contents table, so no list of items (``numbered_items``).
"""

from __future__ import annotations

import re

_PAGE_ONLY = re.compile(r"^\s*(?:(?:page|pg\.?|p\.|pp\.)\s?)?\d{1,3}\s*$", re.IGNORECASE)
_PAGE_AT_END = re.compile(r"\S\s+(?:page|pg\.?|p\.|pp\.)\s?\d{1,3}\s*$", re.IGNORECASE)


def names_its_page(line: str) -> bool:
    """The line ends by naming a page ("… Page 21", "… p. 4"): an entry of a contents list."""
    return bool(_PAGE_AT_END.search(line))


def is_page_number(cell: str) -> bool:
    """A cell holding only a page number ("5", "Page 12", "p. 4"): a contents table's page column."""
    return bool(_PAGE_ONLY.match(cell))
