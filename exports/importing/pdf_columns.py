"""Tables drawn without rules in a PDF: columns found from the header row's words.

pdfplumber's "text" strategy guesses columns from how words line up, which on a plan's wrapped
prose cuts words and merges columns. A plan's header row is more reliable: its phrases ("Ref",
"Objective", "Action", "Lead", "By when") start the
columns: each word of the lines below goes to the column it starts in, and lines closer together
than the usual spacing between rows are joined into one row (a wrapped cell).

A group header printed across such a table ("Priority 2 – Tackling offending" in a row spanning
every column, or a bold line among plain rows) is one row of one cell, as a Word or Excel table's
full-width row reads, so the plan builder takes it for a heading rather than cutting it into the
columns its words fall in ("Priority 2 – Tackling" | "offending"). It is told by one phrase running
on over the start of a column (a cell's text stays inside its column), or by a line of bold words
(one or two phrases) standing as a row of its own in a table whose rows are mostly not bold.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from exports.importing.headers import field_for_header

LINE_TOLERANCE = 3  # points: words whose tops differ less are on one line
MIN_HEADERS = 3


@dataclass(frozen=True)
class Columns:
    """Where the columns of an unruled table start, in points from the left of the page."""

    starts: tuple[float, ...]


def find_columns(lines: list[list[dict]]) -> tuple[Columns, int] | None:
    """The header row among a page's lines: the first naming three or more plan columns, and its index."""
    for number, line in enumerate(lines):
        phrases = _phrases(line)
        named = [phrase for phrase in phrases if field_for_header(phrase[2])]
        if len(named) >= MIN_HEADERS and len(named) == len(phrases) and "activity" in _fields(named):
            return Columns(tuple(phrase[0] - 1 for phrase in phrases)), number
    return None


@dataclass(frozen=True)
class FreeLine:
    """A printed line outside any table, with where it sits: whether the next line's first word would
    have fitted on it says whether the paragraph wrapped there or ended."""

    top: float
    bottom: float
    x0: float
    x1: float
    first_word: float  # the width of its first word
    text: str
    bold: bool = False  # every word in a bold font: a heading, as Word's bold paragraph above a table


def free_line(line: list[dict]) -> FreeLine:
    first = line[0]
    x1, first_word = line[-1]["x1"], first["x1"] - first["x0"]
    return FreeLine(first["top"], _bottom(line), first["x0"], x1, first_word, _text(line), _all_bold(line))


@dataclass(frozen=True)
class Unruled:
    """What one page holds: unruled tables (top, rows), the other lines of text, the last table's
    columns, and whether that table runs off the foot of the page (so it may continue)."""

    tables: list[tuple[float, list[tuple[str, ...]]]]
    lines: list[FreeLine]
    columns: Columns | None
    continues: bool


def unruled_tables(words: list[dict], columns: Columns | None, is_page_number) -> Unruled:
    """Tables drawn without rules on a page: from each header row, or from the page's top when the
    columns of a table running off the page before are given.

    A table runs until a page number, a line in larger type (a heading), a gap of three lines,
    the next header row, or the foot of the page.
    """
    lines = _lines(words)
    height = median(w["bottom"] - w["top"] for w in words) if words else 0
    tables: list[tuple[float, list[tuple[str, ...]]]] = []
    others: list[FreeLine] = []
    position, continues, last = 0, False, None
    while position < len(lines):
        found = find_columns(lines[position:])
        start = None
        if found is not None:
            found_columns, offset = found
        if columns is not None:  # carried over: the table goes on from the first line using two columns
            start = next(
                (n for n, line in enumerate(lines[position:], position) if len(_cells_used(line, columns)) >= 2), None
            )
            if found is not None and start is not None and position + offset <= start:
                columns, start = found_columns, position + offset
        elif found is not None:
            columns, start = found_columns, position + offset
        if columns is None or start is None:
            break
        others.extend(free_line(line) for line in lines[position:start])
        end = start + 1
        while end < len(lines) and not _ends_table(lines, end, height, is_page_number):
            end += 1
        printed = _printed(lines[start:end], columns)
        tables.append((lines[start][0]["top"], rows_joined_by_spacing(printed)))
        continues = all(is_page_number(_text(line)) for line in lines[end:])
        position, columns, last = end, None, columns
    others.extend(free_line(line) for line in lines[position:])
    return Unruled(tables, others, last, continues)


def _printed(body: list[list[dict]], columns: Columns) -> list[tuple[tuple[str, ...], float, float, bool]]:
    """The table's printed lines as (cells, top, bottom, is a group header); a group header's text is
    all in the first cell, and so is the line it wraps onto (close under it, starting where it starts)."""
    height = median(_bottom(line) - line[0]["top"] for line in body)
    mostly_plain = sum(1 for line in body if _all_bold(line)) * 2 < len(body)
    printed: list[tuple[tuple[str, ...], float, float, bool]] = []
    for number, line in enumerate(body):
        top, bottom = line[0]["top"], _bottom(line)
        above = printed[-1] if printed else None
        gap_above = top - above[2] if above else height
        gap_below = body[number + 1][0]["top"] - bottom if number + 1 < len(body) else height
        alone = gap_above > height / 2 and gap_below > height / 2
        wraps_on = (
            above is not None
            and above[3]
            and gap_above <= height / 2
            and len(_phrases(line)) == 1
            and abs(line[0]["x0"] - body[number - 1][0]["x0"]) < LINE_TOLERANCE
        )
        if number and (wraps_on or _group_header(line, columns, alone and mostly_plain)):
            printed.append(((_text(line),) + ("",) * (len(columns.starts) - 1), top, bottom, True))
        else:
            printed.append((_cells(line, columns), top, bottom, False))
    return printed


def _group_header(line: list[dict], columns: Columns, bold_counts: bool) -> bool:
    """A line across the table's columns that is not a row of cells: one phrase running on over a
    column's start, or (``bold_counts``: it stands alone among mostly plain rows) bold words in one
    or two phrases. The header row itself is never one."""
    phrases = _phrases(line)
    if len({_column_of(word, columns) for word in line}) < 2 or find_columns([line]) is not None:
        return False  # the header again; or a line in one column, which reads as one cell anyway
    if len(phrases) == 1:
        return True  # a cell's words stay inside its column: this one runs over the next column's start
    return bold_counts and len(phrases) <= 2 and _all_bold(line)


def _all_bold(line: list[dict]) -> bool:
    return all("bold" in word.get("fontname", "").casefold() for word in line)


def _ends_table(lines: list[list[dict]], number: int, height: float, is_page_number) -> bool:
    line = lines[number]
    heading = median(w["bottom"] - w["top"] for w in line) > height * 1.25
    gap = line[0]["top"] - _bottom(lines[number - 1]) > 3 * height
    return heading or gap or bool(is_page_number(_text(line))) or find_columns([line]) is not None


def _bottom(line: list[dict]) -> float:
    return max(word["bottom"] for word in line)


def _column_of(word: dict, columns: Columns) -> int:
    return max(0, sum(1 for start in columns.starts if word["x0"] >= start) - 1)


def _cells_used(line: list[dict], columns: Columns) -> set[int]:
    return {_column_of(word, columns) for word in line}


def _cells(line: list[dict], columns: Columns) -> tuple[str, ...]:
    cells = [""] * len(columns.starts)
    for word in line:
        column = _column_of(word, columns)
        cells[column] = f"{cells[column]} {word['text']}".strip()
    return tuple(cells)


def _text(line: list[dict]) -> str:
    return " ".join(word["text"] for word in line)


def rows_joined_by_spacing(rows: list[tuple[tuple[str, ...], float, float, bool]]) -> list[tuple[str, ...]]:
    """Printed lines (cells, top, bottom, is a group header) into table rows.

    The lines of one wrapped cell sit a fraction of a line apart (the leading); rows are further
    apart (cell padding). A gap of more than half a line's height starts a new row. A table printed
    with no padding at all gives one row per line; the plan builder then joins the lines that
    continue mid-sentence, as it does for rows split by a page break. A group header is a row of
    its own, its wrapped lines joined with a space.
    """
    if not rows:
        return []
    height = median(bottom - top for _cells, top, bottom, _heading in rows)
    joined: list[list[str]] = [list(rows[0][0])]
    for (cells, top, _bottom, heading), (_cells, _top, previous_bottom, after_heading) in zip(
        rows[1:], rows, strict=False
    ):
        if heading and after_heading and top - previous_bottom <= height / 2:
            joined[-1][0] = f"{joined[-1][0]} {cells[0]}"
        elif top - previous_bottom > height / 2 or heading or after_heading:
            joined.append(list(cells))
        else:
            joined[-1] = ["\n".join(part for part in pair if part) for pair in zip(joined[-1], cells, strict=False)]
    return [tuple(row) for row in joined]


def _fields(phrases) -> set[str]:
    return {field_for_header(phrase[2]) for phrase in phrases}


def _lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _phrases(line: list[dict]) -> list[tuple[float, float, str]]:
    """Words close together are one phrase ("By when"); a gap wider than a word space starts the next."""
    phrases: list[list] = []
    for word in line:
        space = (word["bottom"] - word["top"]) * 0.8
        if phrases and word["x0"] - phrases[-1][1] < space:
            phrases[-1][1] = word["x1"]
            phrases[-1][2] += " " + word["text"]
        else:
            phrases.append([word["x0"], word["x1"], word["text"]])
    return [tuple(phrase) for phrase in phrases]
