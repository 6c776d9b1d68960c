"""One structure element per element of the page, however many pages it runs over.

WeasyPrint tags each page on its own: the report's <main>, a section and a long table that run
over three pages become three Part, three Sect and three Table elements, each page's table with
the heading row it repeats there. A screen reader would announce a new table at every page turn
and read the headings again in the middle of the rows. ``stitch_pages`` joins each page's part to
the one before: a section's next part (one that does not open with its own heading) joins its
section, a table's next part gives its rows to the table it continues and their /Headers point
at the first part's heading cells, and the repeated heading row is left out of the tree
(``tagging`` then makes it an artifact, as the running header is).
"""

from __future__ import annotations

from pikepdf import Array, Dictionary, Name, String

from exports.reporting.accessible.tree import kids_of

# Every <section> of the edition opens with its numbered <h2> (html.py): a Sect part that does not
# is the rest of the section before it, even if it opens with a priority's or objective's heading.
SECTION_HEADING = Name.H2


def _part(table: Dictionary, tag: Name) -> Dictionary | None:
    return next((kid for kid in kids_of(table) if isinstance(kid, Dictionary) and kid.get("/S") == tag), None)


def _heading_ids(table: Dictionary) -> list[str] | None:
    head = _part(table, Name.THead)
    rows = kids_of(head) if head is not None else []
    return [str(cell.get("/ID", "")) for cell in kids_of(rows[0])] if len(rows) == 1 else None


def _table_continues(first: Dictionary, then: Dictionary) -> bool:
    """``then`` is the next page's part of ``first``: no caption of its own, the same headings."""
    caption = _part(then, Name.Caption)  # WeasyPrint gives every part one, empty unless the HTML had it
    if (caption is not None and kids_of(caption)) or None in (_part(first, Name.TBody), _part(then, Name.TBody)):
        return False
    ours, theirs = _heading_ids(first), _heading_ids(then)
    return ours is not None and theirs is not None and len(ours) == len(theirs) and "" not in ours + theirs


def _continues(first: object, then: object) -> bool:
    if not (isinstance(first, Dictionary) and isinstance(then, Dictionary)) or first.get("/S") != then.get("/S"):
        return False
    if any(not isinstance(kid, Dictionary) for kid in kids_of(then)):
        return False  # marked content directly in the part belongs to its page: leave it be
    tag = first.get("/S")
    if tag == Name.Part:
        return True  # the report has one <main>
    if tag == Name.Sect:
        opening = next(iter(kids_of(then)), None)
        return not (isinstance(opening, Dictionary) and opening.get("/S") == SECTION_HEADING)
    return tag == Name.Table and _table_continues(first, then)


def _bodies(table: Dictionary) -> list[Dictionary]:
    return [kid for kid in kids_of(table) if isinstance(kid, Dictionary) and kid.get("/S") == Name.TBody]


def _opens_group(body: Dictionary) -> bool:
    """The body starts with a group's title row (html ``grouped_table``), the only cell spanning columns."""
    rows = kids_of(body)
    cells = kids_of(rows[0]) if rows else []
    attributes = cells[0].get("/A") if cells and isinstance(cells[0], Dictionary) else None
    return isinstance(attributes, Dictionary) and int(attributes.get("/ColSpan", 1)) > 1


def _join_table(first: Dictionary, then: Dictionary) -> None:
    """The rows of ``then``'s first body go on in ``first``'s last body, unless a new group opens
    the page; any further bodies (groups) follow as bodies of their own."""
    renamed = dict(zip(_heading_ids(then), _heading_ids(first), strict=True))
    bodies = _bodies(then)
    for body in bodies:
        for row in kids_of(body):
            for cell in kids_of(row):
                attributes = cell.get("/A")
                headers = attributes.get("/Headers") if isinstance(attributes, Dictionary) else None
                if isinstance(headers, Array):
                    attributes.Headers = Array([String(renamed.get(str(h), str(h))) for h in headers])
    if bodies and not _opens_group(bodies[0]):
        last, rows = _bodies(first)[-1], kids_of(bodies.pop(0))
        for row in rows:
            row.P = last
        last.K = Array(kids_of(last) + rows)
    for body in bodies:
        body.P = first
    first.K = Array(kids_of(first) + bodies)


def _join(first: Dictionary, then: Dictionary) -> None:
    """Give ``then``'s children to ``first``, joining the two that meet at the page turn first."""
    if first.get("/S") == Name.Table:
        _join_table(first, then)
        return
    ours, theirs = kids_of(first), kids_of(then)
    if ours and theirs and _continues(ours[-1], theirs[0]):
        _join(ours[-1], theirs[0])
        theirs = theirs[1:]
    for kid in theirs:
        kid.P = first
    first.K = Array(ours + theirs)


def stitch_pages(document: Dictionary) -> None:
    """Join every element's page-by-page parts under ``document`` (the tree's Document element)."""
    kept: list = []
    for kid in kids_of(document):
        if kept and _continues(kept[-1], kid):
            _join(kept[-1], kid)
        else:
            kept.append(kid)
    document.K = Array(kept)
