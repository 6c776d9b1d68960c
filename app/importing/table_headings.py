"""The headings a table is read under: above it in the document, or in a sheet's rows above its headers.

- A numbered heading ("Priority 2 – …", "3. Provision") names the table's priority; failing that, a
  bold or Heading-style paragraph right above the table does.
- **Headings with no number** right above the table, named by what they head ("The Cross-Government
  Action Plan Objective: Increase confidence…", then "Our Strategic Goal - Increase reporting…:"):
  the first names the table's priority and a second one under it, with another word, its objective,
  so the rows are read under both. Label lines between them and the table ("Measure of Success –
  …", "Lead officer: …") are passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.text import (
    is_label_line,
    parse_named_heading,
    parse_outline_objective,
    parse_priority_heading,
)

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

MAX_HEADING = 80  # a line above the headers longer than this is prose, not a heading


def heading_priority(reader: ActionTable) -> str | None:
    """The priority the document's paragraphs before the table name, if any."""
    table, builder = reader.table, reader.b
    for text in reversed(table.preceding):
        heading = parse_priority_heading(text)
        if heading:
            return builder.priority(*heading).code
    named = named_headings(reader, table.preceding)
    if named:
        return named
    return builder.priority_titled(table.heading) if table.heading else None


def named_headings(reader: ActionTable, texts: tuple[str, ...] | list[str]) -> str | None:
    """The priority named by headings with no number at the end of ``texts``; an objective named under
    it becomes the reader's group. None when the text before the table ends otherwise."""
    run: list[tuple[str, str]] = []
    for text in reversed(texts):
        if is_label_line(text):
            continue
        named = parse_named_heading(text)
        if named is None:
            break
        run.insert(0, named)
        if len(run) == 2:
            break
    if len(run) == 2 and run[0][0] == run[1][0]:
        run = run[1:]  # the same word twice: the last one heads the table
    if not run:
        return None
    builder = reader.b
    code = builder.priority_titled(run[0][1])
    if len(run) == 2:
        title = run[1][1]
        objectives = builder.priorities[code].objectives
        ref = next((o.ref for o in objectives if o.text == title), None) or builder.new_objective(code, title)
        reader.group_refs, reader.group_text = (ref,), title
    return code


def read_above(reader: ActionTable, start: int) -> None:
    """Rows above the header (a sheet pasted whole): the first is the title; the rest are read as
    a document's paragraphs are, and the last heading among them names the table's priority."""
    builder = reader.b
    above = reader.table.rows[: max(start - len(reader.headers), 0)]
    lines = [" ".join(c.strip() for c in row if c.strip()) for row in above]
    lines = [line for line in lines if line]
    if lines and not builder.title_hint:
        builder.title_hint = lines[0]
    texts = lines[1:]
    builder.read_texts(texts, glossary=False)
    named = named_headings(reader, texts)
    if named:
        reader.priority_code = named
        return
    for text in reversed(texts):
        if parse_outline_objective(text) or text.endswith(":") or is_label_line(text):
            continue  # objectives listed under the heading, a label such as "Our delivery plan:"
        heading = parse_priority_heading(text)
        if heading:
            reader.priority_code = builder.priority(*heading).code
        elif len(text) <= MAX_HEADING:
            reader.priority_code = builder.priority_titled(text)
        break
