"""Two headings above a table, each its label and number on a line of its own and its words on
the next: the first the table's priority, the second the objective of its rows.

Scottish community justice plans head each action table with the national strategy's section and
the local outcome it serves: "National Community Justice Strategy Section 4" over "Improved public
understanding and participation in community justice", then "West Dunbartonshire Community Justice
Outcome 1:" over "Improve public understanding…". Read line by line, the label lines are headings
with no title and the words lines unnumbered sentences, so the outcome's words became the priority
and the section was lost. A line ending in a heading word and its number ("… Section 4", "… Outcome
1:", the words before it naming whose), followed by a line of words, is one heading. When the last
two headings before the table are both so written, with different heading words, the outer is the
priority and the inner the objective every row of the table serves (as two named headings are:
``table_headings.named_headings``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from exports.importing.heading_words import NUMBERED_HEADING_WORDS, alternation

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_LABEL_LINE = re.compile(
    rf"^(?:[A-Za-z][\w'’&-]*\s+){{0,8}}?({alternation(NUMBERED_HEADING_WORDS)})\s+(\d{{1,2}})\s*:?$", re.IGNORECASE
)
MAX_TITLE = 150


def _label(text: str) -> tuple[str, str] | None:
    match = _LABEL_LINE.match(" ".join(text.split()))
    return (match.group(1).casefold(), match.group(2)) if match else None


def is_numbered_label(text: str) -> bool:
    """ "West Dunbartonshire Community Justice Outcome 1", "… Section 4:": a heading's label and number."""
    return _label(text) is not None


def _words(text: str) -> bool:
    """A heading's words: a line of words, not another label, a number or a sentence run on."""
    text = " ".join(text.split())
    return bool(text) and len(text) <= MAX_TITLE and text[0].isalpha() and _label(text) is None


def labelled_levels(texts: tuple[str, ...] | list[str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((number, title) of the priority, (number, title) of the objective) when ``texts`` end with two
    headings each written as its label line over its words, with different heading words; else None."""
    if len(texts) < 4:
        return None
    outer, inner = _label(texts[-4]), _label(texts[-2])
    if outer is None or inner is None or outer[0] == inner[0] or not (_words(texts[-3]) and _words(texts[-1])):
        return None
    return (outer[1], " ".join(texts[-3].split())), (inner[1], " ".join(texts[-1].split()))


def read_levels(reader: ActionTable, texts: tuple[str, ...] | list[str]) -> str | None:
    """The table's priority code when ``texts`` (the lines before it) end with two labelled headings,
    the rows grouped under the inner one as their objective; None otherwise."""
    levels = labelled_levels(texts)
    if levels is None:
        return None
    (number, title), (_, objective) = levels
    builder = reader.b
    code = builder.priority(number, title).code
    objectives = builder.priorities[code].objectives
    ref = next((o.ref for o in objectives if o.text == objective), None) or builder.new_objective(code, objective)
    reader.group_refs, reader.group_text = (ref,), objective
    return code
