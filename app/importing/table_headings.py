"""The headings a table is read under: above it in the document, or in a sheet's rows above its headers.

- A numbered heading ("Priority 2 – …", "3. Provision") names the table's priority; failing that, a
  bold or Heading-style paragraph right above the table does.
- **Headings with no number** right above the table, named by what they head ("The Cross-Government
  Action Plan Objective: Increase confidence…", then "Our Strategic Goal - Increase reporting…:"):
  the first names the table's priority and a second one under it, with another word, its objective,
  so the rows are read under both. Label lines between them and the table ("Measure of Success –
  …", "Lead officer: …") are passed over.
- A title block right above the table (the plan's name, its date: a copy retitled for a meeting) is
  no priority; the paragraphs before it are read as if it were not there.
- A heading in words over a table whose refs all start with one number ("PATHWAY: Life Skills" over
  8.1, 8.2) is that number's priority, not a new one beside an untitled "Priority 8".
- In a sheet's rows above its headers, a label line with no title of its own ("Aim 1", "Priority
  three") over its words names the table's priority however long the words are, as in Word; a
  detail's value under its label ("Key outcome:" over the outcome) is no heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.importing.label_lines import read_levels
from app.importing.labelled_titles import without_label
from app.importing.listed_objectives import objectives_listed
from app.importing.objective_headings import objective_under_theme
from app.importing.priority_actions import priority_action
from app.importing.term_bands import without_bands
from app.importing.text import (
    is_label_line,
    parse_named_heading,
    parse_outline_objective,
    parse_priority_heading,
    parse_ref_cell,
)
from exports.importing.title_lines import is_paper_label, names_the_plan, title_line

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

MAX_HEADING = 80  # a line above the headers longer than this is prose, not a heading
_NUMBERED_REF = re.compile(r"^\d{1,2}(?:\.\d{1,3})*$")


def titled_priority(reader: ActionTable, title: str) -> str:
    """The priority a heading in words over the table names (``Builder.priority_titled``), the number
    every ref of the table starts with offered as its number."""
    return reader.b.priority_titled(title, _refs_number(reader))


def cell_priority(reader: ActionTable, text: str) -> str:
    """The priority a Priority column's cell names: numbered ("Theme 2: Safer nights"), or in words
    titled as the same words heading the table would be ("PATHWAY: Life Skills…" without its label,
    at priority 8 when all the table's refs start with 8)."""
    heading = parse_priority_heading(text)
    if heading:
        return reader.b.priority(*heading).code
    named = parse_named_heading(text)
    return titled_priority(reader, named[1] if named else text)


def _refs_number(reader: ActionTable) -> str | None:
    """The one first number of every ref in the table's Ref column, or None."""
    column = reader.mapping.column_of("ref")
    if column is None or reader.mapping.header_row is None:
        return None
    numbers: set[str] = set()
    for row in reader.table.rows[reader.mapping.header_row + 1 :]:
        cell = parse_ref_cell(row[column]) if column < len(row) else None
        if cell is None:
            continue
        refs = (*cell.objective_refs, *cell.priority_codes, cell.action_ref)
        numbers.update(ref.split(".")[0] for ref in refs if _NUMBERED_REF.match(ref))
    return numbers.pop() if len(numbers) == 1 else None


def _before_title(texts: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """The paragraphs before a title block that ends them (the plan's name, then its date or a paper's
    label: "Community Safety Partnership – Delivery Plan", "December 2026", bold above a copy's
    table), and whether there was one: a title is no priority, whatever is set bold."""
    end = len(texts)
    while end and is_paper_label(texts[end - 1]):
        end -= 1
    last = texts[end - 1] if end else ""
    if names_the_plan(last) and not parse_priority_heading(last):
        return texts[: end - 1], True
    return texts, False


def heading_priority(reader: ActionTable) -> str | None:
    """The priority the document's paragraphs before the table name, if any."""
    table, builder = reader.table, reader.b
    preceding, titled = _before_title(without_bands(table.preceding))  # a band of targets heads no priority
    if (levels := read_levels(reader, preceding)) is not None:  # "… Section 4" / words, "… Outcome 1:" / words
        return levels
    for position in range(len(preceding) - 1, -1, -1):
        heading = parse_priority_heading(preceding[position])
        if heading:
            code = builder.priority(*heading).code
            _labelled_objective(reader, code, preceding[position + 1 :])
            return code
    if (code := _priority_action(reader, preceding)) is not None:
        return code
    named = named_headings(reader, preceding)
    if named:
        return named
    return titled_priority(reader, table.heading) if table.heading and not titled else None


def _priority_action(reader: ActionTable, texts: tuple[str, ...] | list[str]) -> str | None:
    """The priority a "PRIORITY ACTION 1: …" heading before the table serves (the line above it), the
    heading the objective of the rows; with no priority above, the heading is the priority."""
    found = priority_action(texts)
    if found is None:
        return None
    if not found.priority:
        return reader.b.priority(found.number, found.title).code
    code = titled_priority(reader, found.priority)
    start_labelled_objective(reader, code, found.title)
    return code


def labelled_objective_title(text: str) -> str | None:
    """The objective a line labelled with a heading word other than priority names ("Overall Outcome:
    Safeguarding adults principles…", "Aim: To divert…"), titled as written after its label."""
    named = parse_named_heading(text)
    if named is None or named[0] == "priority" or is_label_line(text):
        return None
    return without_label(" ".join(text.split()))


def start_labelled_objective(reader: ActionTable, code: str, title: str) -> None:
    """The rows that follow are read under objective ``title`` of priority ``code``."""
    builder = reader.b
    objectives = builder.priorities[code].objectives
    ref = next((o.ref for o in objectives if o.text == title), None) or builder.new_objective(code, title)
    reader.group_refs, reader.group_text = (ref,), title


def _labelled_objective(reader: ActionTable, code: str, texts: tuple[str, ...] | list[str]) -> bool:
    """Under a numbered priority heading, a line labelled as the rows' objective or outcome ("Overall
    Outcome: Safeguarding adults principles…") names the objective the table's rows are read under."""
    for text in reversed(texts):
        title = labelled_objective_title(text)
        if title:
            start_labelled_objective(reader, code, title)
            return True
    return False


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
    code = titled_priority(reader, run[0][1])
    if len(run) == 2:
        title = run[1][1]
        objectives = builder.priorities[code].objectives
        ref = next((o.ref for o in objectives if o.text == title), None) or builder.new_objective(code, title)
        reader.group_refs, reader.group_text = (ref,), title
    return code


def read_above(reader: ActionTable, start: int) -> None:
    """Rows above the header (a sheet pasted whole): the first is the title; the rest are read as
    a document's paragraphs are, and the last heading among them names the table's priority, unless
    it names the plan itself (a second title line). A first line that is a numbered heading is read
    as a heading as well."""
    builder = reader.b
    above = reader.table.rows[: max(start - len(reader.headers), 0)]
    lines = [" ".join(c.strip() for c in row if c.strip()) for row in above]
    lines = [line for line in lines if line]
    title = title_line(lines)  # passing over a committee paper's labels ("Item No: 10", "Appendix 8")
    if title and not builder.title_hint:
        builder.title_hint = title
    # a numbered heading ("2. A Safe City", "Priority 3 – …") heads the table even when it is the first
    # line, the sheet's only title too (as a heading paragraph over a Word table is)
    texts = [line for line in without_bands(lines) if line != title or parse_priority_heading(line)]
    if objectives_listed(reader, texts):  # "PRIORITY 1a …" over "OBJECTIVES:" and its list
        return
    # the objective's line under a theme is no heading of its own (``objective_headings``)
    written = set(builder.document.paragraphs)  # a table's own lines over it, not a sheet's or file's name
    themed = objective_under_theme([*(text for text in reader.table.preceding if text in written), *texts])
    builder.read_texts(texts[:-1] if themed else texts, glossary=False)
    if themed:  # the rows are read under the objective of the priority the theme names
        reader.priority_code = titled_priority(reader, themed[0])
        return start_labelled_objective(reader, reader.priority_code, themed[1])
    if (levels := read_levels(reader, texts)) is not None:
        reader.priority_code = levels
        return
    if _numbered_over_objective(reader, texts):
        return
    if (code := _priority_action(reader, texts)) is not None:
        reader.priority_code = code
        return
    named = named_headings(reader, texts)
    if named:
        reader.priority_code = named
        return
    for position in range(len(texts) - 1, -1, -1):
        text, above = texts[position], texts[position - 1] if position else ""
        untitled = parse_priority_heading(above)
        if untitled and not untitled[1]:
            # "Aim 1" over its words, a sentence however long: the label heads the table, titled by
            # the line under it (``read_texts``), as the same lines over a Word table do
            reader.priority_code = builder.priority(untitled[0]).code
            break
        if parse_outline_objective(text) or text.endswith(":") or is_label_line(text) or is_paper_label(text):
            continue  # objectives listed under the heading, a label ("Our delivery plan:", "March 2009")
        if _labelled_value(texts, position):
            continue
        heading = parse_priority_heading(text)
        if not heading and names_the_plan(text):
            break  # a second title line ("… Partnership Action Plan"): the lines above are titles too
        if heading:
            reader.priority_code = builder.priority(*heading).code
        elif len(text) <= MAX_HEADING:
            reader.priority_code = titled_priority(reader, text)
        break


def _labelled_value(texts: list[str], position: int) -> bool:
    """Whether the line at ``position`` is the value of a label on the line above it ("Key outcome:"
    then "Fewer people develop problem alcohol and drug use."): what the label names, not a heading
    of the rows. A numbered heading under a label ("Our priorities:" then "Priority 1 – …") heads them."""
    return position > 0 and texts[position - 1].endswith(":") and not parse_priority_heading(texts[position])


def _numbered_over_objective(reader: ActionTable, texts: list[str]) -> bool:
    """A sheet's rows above the header ending with a numbered priority heading and the line labelled
    as its objective ("Priority Work Stream 1 – …", "Overall Outcome: …"): the table is read under both."""
    for position in range(len(texts) - 1, -1, -1):
        heading = parse_priority_heading(texts[position])
        if heading:
            later = texts[position + 1 :]
            if not any(labelled_objective_title(text) for text in later):
                return False
            reader.priority_code = reader.b.priority(*heading).code
            return _labelled_objective(reader, reader.priority_code, later)
    return False
