"""Recognising what each column holds from the header wording plans actually use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    "objective": (
        "objective",
        "objectives",
        "priority area",
        "area of work",
        "priority",
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
    "activity": ("action", "actions", "activity", "activities", "success measures", "what we will do", "task"),
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
    ),
    "partners": ("partners", "supporting partners", "partner agencies", "key partners"),
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
    "evidence": ("evidence", "measure", "measures", "evidence measure", "evidence of success", "how we will measure"),
    "resources": ("resources", "resources needed", "resource", "budget", "funding", "cost"),
    "comments": ("comment", "comments", "progress", "update", "progress update", "notes", "latest update"),
    "status": ("status", "rag", "rag status", "rating"),
}
_LOOKUP = {phrase: field for field, phrases in _SYNONYMS.items() for phrase in phrases}
_GLOSSARY_TERMS = ("acronym term", "acronym", "term", "abbreviation", "acronyms")
_GLOSSARY_MEANINGS = ("meaning", "definition", "description", "explanation", "stands for")
_NON_WORD = re.compile(r"[^a-z0-9]+")
HEADER_SEARCH_ROWS = 25  # a sheet pasted whole carries its title, priorities and objectives above the headers
_PRIORITY_WORDS = ("priority", "priorities", "theme", "themes", "strategic", "strand", "workstream", "aim", "aims")
_TIME_WORDS = ("date", "dates", "deadline", "timeframe", "timescale", "when", "completion", "year")
# With no Action header, the column of longest text beside a Lead or Timescale column holds the
# actions ("No. | Aims | Lead | Target Date"); shorter than this on average it is not prose.
MIN_ACTIVITY_LENGTH = 15


def normalise_header(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


@lru_cache(maxsize=8192)  # asked of every cell of every row when looking for repeated headers
def field_for_header(text: str) -> str:
    """The field a header names, or IGNORE; "Timescale (plan)" and "Lead agency/officer" count too."""
    key = normalise_header(text)
    if not key:
        return IGNORE
    if key in _LOOKUP:
        return _LOOKUP[key]
    words = key.split()
    for length in range(len(words) - 1, 0, -1):
        if " ".join(words[:length]) in _LOOKUP:
            return _LOOKUP[" ".join(words[:length])]
    # "Target completion date", "Nominated lead officer": the last words name what the column holds
    for length in range(len(words) - 1, 0, -1):
        if " ".join(words[-length:]) in _LOOKUP:
            return _LOOKUP[" ".join(words[-length:])]
    if words[-1] in _TIME_WORDS:
        return "timescale"
    return IGNORE


@dataclass(frozen=True)
class ColumnMapping:
    """Which row holds the headers and which field each column fills (IGNORE for none)."""

    header_row: int | None
    fields: tuple[str, ...]

    def column_of(self, field: str) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    def with_field(self, column: int, field: str) -> ColumnMapping:
        """The mapping with ``column`` set to ``field``; a column that held the field before is cleared."""
        fields = [IGNORE if (f == field and field != IGNORE) else f for f in self.fields]
        fields[column] = field
        return ColumnMapping(self.header_row, tuple(fields))


@dataclass(frozen=True)
class TableGuess:
    """What a table seems to be: "actions", "glossary" or "other" (left out), and its mapping."""

    kind: str
    mapping: ColumnMapping
    reason: str = ""


def guess_mapping(row: tuple[str, ...]) -> tuple[str, ...]:
    named = [field_for_header(cell) for cell in row]
    if named.count("objective") > 1:  # "Theme | Objective | Action": the priority column comes first
        first = named.index("objective")
        if normalise_header(row[first]).split()[0] in _PRIORITY_WORDS:
            named[first] = "priority"
    fields: list[str] = []
    for field in named:
        fields.append(IGNORE if field in fields else field)
    return tuple(fields)


def repeats_header(row: tuple[str, ...], mapping: ColumnMapping) -> bool:
    """The header again in other words or case ("AREA | ACTION | BY WHEN"): two or more cells name
    the field their column already holds, and none names another."""
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


def _under_glossary_heading(table: RawTable) -> bool:
    return bool(table.preceding) and "glossary" in table.preceding[-1].casefold()


def guess_table(table: RawTable) -> TableGuess:
    """Find the header row among the first rows and map its columns."""
    width = table.width
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if is_glossary_header(row):
            return TableGuess("glossary", ColumnMapping(index, ("term", "meaning") * (width // 2)), "glossary headers")
    best_index, best_fields, best_score = None, (IGNORE,) * width, 0
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        fields = guess_mapping(row)
        score = sum(1 for field in fields if field)
        if score > best_score:
            best_index, best_fields, best_score = index, fields, score
    if width == 2 and _under_glossary_heading(table):
        return TableGuess("glossary", ColumnMapping(None, ("term", "meaning")), "two columns under a Glossary heading")
    if best_index is not None and "ref" not in best_fields:
        best_fields = _unnamed_ref_column(table, best_index, best_fields)
    if best_score >= 2 and "activity" not in best_fields and {"lead", "timescale"} & set(best_fields):
        column = _longest_text_column(table, best_index, best_fields)
        if column is not None:
            header = table.rows[best_index][column].strip() or f"column {column + 1}"
            fields = tuple("activity" if i == column else field for i, field in enumerate(best_fields))
            reason = f"no Action header; '{header}' holds the longest text and is read as the actions"
            return TableGuess("actions", ColumnMapping(best_index, fields), reason)
    if best_score >= 2 and "activity" in best_fields:
        return TableGuess("actions", ColumnMapping(best_index, best_fields), f"{best_score} column headers recognised")
    if best_score >= 2:
        return TableGuess("other", ColumnMapping(best_index, best_fields), "no Action or Activity column")
    return TableGuess("other", ColumnMapping(None, (IGNORE,) * width), "no plan column headers recognised")


def _longest_text_column(table: RawTable, header_row: int, fields: tuple[str, ...]) -> int | None:
    """The unrecognised (or objective) column whose cells under the header are longest on average."""
    rows = table.rows[header_row + 1 :]
    best, best_length = None, float(MIN_ACTIVITY_LENGTH)
    for column, field in enumerate(fields):
        if field not in (IGNORE, "objective"):
            continue
        cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
        length = sum(map(len, cells)) / len(cells) if cells else 0.0
        if length > best_length:
            best, best_length = column, length
    return best


_REF_LIKE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,3})+\.?|[A-Z]{1,5}[ -]?\d{1,3}(?:\.\d{1,3})*)(?:\s+\d{1,2}(?:\.\d{1,3})+)*\s*$"
)
REF_SHARE = 0.6  # of a header-less column's cells that must look like refs for it to be the Ref column


def _unnamed_ref_column(table: RawTable, header_row: int, fields: tuple[str, ...]) -> tuple[str, ...]:
    """A column with no header whose cells are mostly refs ("1.1", "2.3.1") is the Ref column."""
    header = table.rows[header_row]
    for column, field in enumerate(fields):
        if field or (column < len(header) and header[column].strip()):
            continue
        cells = [row[column] for row in table.rows[header_row + 1 :] if column < len(row) and row[column].strip()]
        if cells and sum(bool(_REF_LIKE.match(cell)) for cell in cells) >= REF_SHARE * len(cells):
            return tuple("ref" if i == column else f for i, f in enumerate(fields))
    return fields
