"""Recognising what each column holds from the header wording plans actually use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from exports.importing.header_pairs import choose_action_column, is_project_header
from exports.importing.recommendation_headers import joined_actions_header, recommendation_objectives
from exports.importing.source import RawTable

# Fields a column can fill in an action; IGNORE leaves the column out.
IGNORE = ""
FIELDS: dict[str, str] = {
    IGNORE: "(ignore)",
    "ref": "Ref",
    "priority": "Priority / theme",
    "objective": "Objective / area of work",
    "activity": "Action / activity",
    "outcome": "Outcome",
    "lead": "Lead",
    "partners": "Partners",
    "timescale": "Timescale",
    "evidence": "Evidence / measure",
    "resources": "Resources",
    "comments": "Comment / progress",
    "status": "Status",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ref": ("ref", "reference", "ref no", "no", "number", "id", "action ref", "action no"),
    # A column headed as the plan's priorities names each row's priority, with or without an
    # Objective column beside it; "Theme" / "Priority area" alone may be either (``top_level``).
    # A council's plan by portfolio (a cabinet member's or councillor's remit) groups it the same way.
    "priority": ("priority", "priorities", "strategic priority", "strategic priorities", "portfolio"),
    "objective": (
        "objective",
        "objectives",
        "priority area",
        "area of work",
        "outcome sought",
        "strategic objective",
        "aim",
        "aims",
        "theme",
        "area",
        "areas",
        "focus area",
        "key area",
        "workstream",
        "strand",
        "goal",
        "goals",
    ),
    # question headers, as many plans of the 2000s were laid out: What? Who? Who else? How will we know? When?
    "activity": (
        "action",
        "actions",
        "activity",
        "activities",
        "success measures",
        "what we will do",
        "task",
        "what are we going to do",
        "what we are going to do",
        "what will we do",
        # the steps under a "What will we do" column (``header_pairs.choose_action_column``)
        "how will we do it",
        "how we will do it",
        "how will we do this",
        "how we will do this",
        "how will we achieve this",
        "how we will achieve this",
        "how will we deliver this",
        "how we will deliver this",
    ),
    "outcome": ("outcome", "outcomes", "intended outcome", "expected outcome"),
    "lead": (
        "lead",
        "leads",
        "led by",
        "lead agency",
        "lead officer",
        "responsibility",
        "responsible",
        "by whom",
        "owner",
        "who",
        "action owner",
        "action lead",
        "lead partner",
        "lead organisation",
        # who answers for the action, as a Scottish partnership's template heads it ("Managed By")
        "managed by",
        "owned by",
        "delivered by",
    ),
    "partners": ("partners", "supporting partners", "partner agencies", "key partners", "who else"),
    "timescale": (
        "timescale",
        "timescales",
        "by when",
        "timescale plan",
        "deadline",
        "when",
        "due",
        "due date",
        "target date",
    ),
    "evidence": (
        "evidence",
        "measure",
        "measures",
        "evidence measure",
        "evidence of success",
        "how we will measure",
        "how will we know",
        "how will we measure",
        "how we will know",
    ),
    "resources": ("resources", "resources needed", "resource", "budget", "funding", "cost"),
    "comments": ("comment", "comments", "progress", "update", "progress update", "notes", "latest update"),
    "status": ("status", "rag", "rag status", "rating"),
}
_LOOKUP = {phrase: field for field, phrases in _SYNONYMS.items() for phrase in phrases}
# No longer run of a header's words can be a phrase: trying every length joined a 32 kB cell of
# 16,000 "words" 16,000 times (2 s a cell)
_LONGEST_PHRASE = max(len(phrase.split()) for phrase in _LOOKUP)
_GLOSSARY_TERMS = ("acronym term", "acronym", "term", "abbreviation", "acronyms")
_GLOSSARY_MEANINGS = ("meaning", "definition", "description", "explanation", "stands for")
_NON_WORD = re.compile(r"[^a-z0-9]+")
HEADER_SEARCH_ROWS = 25  # a sheet pasted whole carries its title, priorities and objectives above the headers
_PRIORITY_WORDS = ("priority", "priorities", "theme", "themes", "strategic", "strand", "workstream", "aim", "aims")
_DUE_WORDS = ("date", "dates", "deadline", "timescale", "timescales")
_TIME_WORDS = ("date", "dates", "deadline", "timeframe", "timescale", "when", "completion", "year")
# With no Action header, the column of longest text beside a Lead or Timescale column holds the
# actions ("No. | Aims | Lead | Target Date"); shorter than this on average it is not prose.
MIN_ACTIVITY_LENGTH = 15


# "Output target and date(s)", "Lead officer(s)": a plural written as "(s)" is the word's plural, not
# a word "s" of its own (which left "date(s)" naming nothing)
_BRACKETED_PLURAL = re.compile(r"(?<=[a-z])\(s\)")


def normalise_header(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", _BRACKETED_PLURAL.sub("s", text.casefold())).split())


@lru_cache(maxsize=8192)  # asked of every cell of every row when looking for repeated headers
def field_for_header(text: str) -> str:
    """The field a header names, or IGNORE; "Timescale (plan)" and "Lead agency/officer" count too."""
    key = normalise_header(text)
    if not key:
        return IGNORE
    if is_project_header(key):  # only the whole header: "Project lead" is a lead
        return "activity"
    if key in _LOOKUP:
        return _LOOKUP[key]
    if joined_actions_header([normalise_header(part) for part in text.split("/")]):
        return "activity"
    words = key.split()
    # "Work to date", "Progress to date", "Action taken to date": what has been done so far, not a date
    if words[-2:] == ["to", "date"]:
        return "comments"
    # "Year to action", "Date for action", "When to act": when the action is due, not another action column
    if len(words) > 1 and words[0] in _TIME_WORDS and words[1] in ("to", "for", "of", "by"):
        return "timescale"
    if words[0] == "why":  # "Why is this a priority?": the reason for the action, not its priority or objective
        return IGNORE
    if _dates_the_action(words):
        return "timescale"
    longest = min(len(words) - 1, _LONGEST_PHRASE)
    for length in range(longest, 0, -1):
        if " ".join(words[:length]) in _LOOKUP:
            return _LOOKUP[" ".join(words[:length])]
    # "Target completion date", "Nominated lead officer": the last words name what the column holds
    for length in range(longest, 0, -1):
        if " ".join(words[-length:]) in _LOOKUP:
            return _LOOKUP[" ".join(words[-length:])]
    if words[-1] in _TIME_WORDS:
        return "timescale"
    return IGNORE


def _dates_the_action(words: list[str]) -> bool:
    """ "Action due date", "Activity target date", "Action deadline": the header opens with the action
    but ends in a date, so the column holds when each action is due, not a second action column."""
    return len(words) > 1 and words[0] in ("action", "actions", "activity") and words[-1] in _DUE_WORDS


@dataclass(frozen=True)
class ColumnMapping:
    """Which row holds the headers and which field each column fills (IGNORE for none)."""

    header_row: int | None
    fields: tuple[str, ...]
    header_rows: int = 1  # the rows the headers take, ending at header_row: 2 for a group header over sub-headers

    def column_of(self, field: str) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    def with_field(self, column: int, field: str) -> ColumnMapping:
        """The mapping with ``column`` set to ``field``; a column that held the field before is cleared."""
        fields = [IGNORE if (f == field and field != IGNORE) else f for f in self.fields]
        fields[column] = field
        return ColumnMapping(self.header_row, tuple(fields), self.header_rows)

    @property
    def first_header_row(self) -> int | None:
        return None if self.header_row is None else self.header_row - self.header_rows + 1


def guess_mapping(row: tuple[str, ...], named: list[str] | None = None) -> tuple[str, ...]:
    """The field of each column under the header ``row`` (``named``: each cell's field, when already read)."""
    named = [field_for_header(cell) for cell in row] if named is None else named
    if named.count("objective") > 1:  # "Theme | Objective | Action": the priority column comes first
        first = named.index("objective")
        if normalise_header(row[first]).split()[0] in _PRIORITY_WORDS:
            named[first] = "priority"
    if named.count("activity") > 1:  # "Overarching Action | Sub-Action", "Project | Key Activities"
        choose_action_column([normalise_header(cell) for cell in row], named)
    recommendation_objectives([normalise_header(cell) for cell in row], named)
    fields: list[str] = []
    for field in named:
        fields.append(IGNORE if field in fields else field)
    return tuple(fields)


def repeats_header(row: tuple[str, ...], mapping: ColumnMapping) -> bool:
    """The header again in other words or case ("AREA | ACTION | BY WHEN"): two or more cells name
    the field their column already holds, and none names another. A cell of more words than a header
    takes is data ("Explore how … intervention activities." ends with a header's word), so its row is
    no header."""
    if any(len(text.split()) > MAX_HEADER_WORDS for text in row):
        return False
    named = [(column, field_for_header(text)) for column, text in enumerate(row) if text.strip()]
    fields = mapping.fields
    agree = [column for column, field in named if field and column < len(fields) and fields[column] == field]
    return len(agree) >= 2 and len(agree) == len(named)


def is_glossary_header(row: tuple[str, ...]) -> bool:
    keys = [normalise_header(cell) for cell in row if cell.strip()]
    if len(keys) < 2 or len(keys) % 2:
        return False
    pairs = zip(keys[::2], keys[1::2], strict=True)
    return all(term in _GLOSSARY_TERMS and meaning in _GLOSSARY_MEANINGS for term, meaning in pairs)


MAX_HEADER_WORDS = 6  # a cell longer than this is a title or data, not a column header


def header_texts(rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """One header per column from header rows read top down: a group header carried right over the
    columns it spans (empty cells beside it with sub-headers under them) and put before each sub-header."""
    if len(rows) < 2:
        return tuple(" ".join(cell.split()) for cell in rows[0]) if rows else ()
    group, sub = rows[-2], rows[-1]
    texts, carried = [], ""
    for column in range(max(len(group), len(sub))):
        top = " ".join(group[column].split()) if column < len(group) else ""
        below = " ".join(sub[column].split()) if column < len(sub) else ""
        carried = top or (carried if below else "")
        texts.append(f"{carried} {below}".strip())
    return tuple(texts)


def two_row_header(table: RawTable, best_index: int | None, best_score: int) -> tuple[int, tuple[str, ...], int] | None:
    """(sub-header row, fields, score) when the best header row and the row next to it are one header:
    a group row whose merged cells span sub-headers under them. The sub-headers may sit only under a
    span (a data row fills the columns under whole headers too), and the group's words must name a
    column the sub-headers alone do not, so a title row above the headers is never taken for one."""
    if best_index is None:
        return None
    for first in (best_index - 1, best_index):
        if first < 0 or first + 1 >= len(table.rows):
            continue
        group, sub = table.rows[first], table.rows[first + 1]
        if not _spans_over(group, sub):
            continue
        combined = header_texts((group, sub))
        own = [field_for_header(cell) for cell in sub]
        named = [mine or field_for_header(both) for mine, both in zip(own, combined, strict=False)]
        fields = guess_mapping(combined, named)
        score = sum(1 for field in fields if field)
        from_group = any(field and not mine for field, mine in zip(fields, own, strict=False))
        if from_group and score >= best_score:
            return first + 1, fields, score
    return None


def _spans_over(group: tuple[str, ...], sub: tuple[str, ...]) -> bool:
    cells = [cell for cell in (*group, *sub) if cell.strip()]
    if sum(1 for cell in group if cell.strip()) < 2 or not any(cell.strip() for cell in sub):
        return False
    if any(len(cell.split()) > MAX_HEADER_WORDS for cell in cells):
        return False
    width = min(len(group), len(sub))
    spanned = [False] * width  # a group cell empty, with the group's text to its left carried over it
    for column in range(1, width):
        spanned[column] = not group[column].strip() and (bool(group[column - 1].strip()) or spanned[column - 1])
    for column in range(width):
        if not sub[column].strip():
            continue
        starts_span = column + 1 < width and spanned[column + 1] and bool(sub[column + 1].strip())
        if not (spanned[column] or (group[column].strip() and starts_span)):
            return False  # text under a whole header: a data row
    return any(spanned[column] and sub[column].strip() for column in range(width))
