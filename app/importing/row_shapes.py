"""Reading a row's shape from its content: rows pasted cells to the left, several actions in one row.

- **Shifted rows.** Text pasted from a PDF often lands one or two cells to the left of its column:
  a date sits in the Lead column, an organisation in the Activity column, a sentence in the Ref
  column. A row whose last cells are empty and whose cells fit their headers clearly better one or
  two cells to the right is moved there; never the rest of a row a page cut (no timescale anywhere,
  and a cell going on mid-sentence), whose few words fit no header.
- **Inline refs.** "2.4.1 Map the services… 2.4.2 Agree…" in an activity cell is two actions with
  their own refs; a lead or timescale cell written the same way ("2.4.1 June 20212.4.2 Ongoing", a
  year glued to the next ref) is cut at those refs and matched by ref.
- **Paragraph-aligned cells.** An activity cell of N paragraphs beside a lead or timescale cell of N
  paragraphs is N actions, paired line by line; an activity whose line breaks were lost on the way
  (``app/importing/run_together.py``) is cut back into as many lines where it shows the signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from app.importing.run_together import glued_breaks, recut
from app.importing.text import starts_as_continuation
from app.timescale import TimescaleKind, parse_timescale

if TYPE_CHECKING:
    from app.plans.draft import ActionDraft

MAX_SHIFT = 2
MAX_REF_TEXT = 24  # a Ref cell longer than this holds a sentence: the row has moved left
_ENDS = (".", "!", "?", ")", ";", ":")
NAME_WORDS = 3  # "Youth Justice Service": as few words as this in the Activity column read as a name
MIN_GAIN = 2  # a shifted reading must fit two cells better than the row as it is
MAX_TIMESCALE = 40  # a cell longer than this is a sentence, not a date
_REF_ONLY = re.compile(r"^\s*\d{1,2}(?:\s*\.\s*\d{1,3})+\.?(?:[\s,;]+\d{1,2}(?:\s*\.\s*\d{1,3})+\.?)*\s*$")
_INLINE_REF = re.compile(r"(?:(?<=\s)|^)(\d{1,2}\.\d{1,2}\.\d{1,3})[.:)]?\s+(?=[A-Z(\"'‘“])")


@lru_cache(maxsize=4096)  # plans repeat the same few timescales ("Ongoing", "March 2025") down every row
def reads_as_timescale(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= MAX_TIMESCALE and parse_timescale(text).kind is not TimescaleKind.UNKNOWN


@lru_cache(maxsize=4096)
def reads_as_date(text: str) -> bool:
    """A timescale that is a time ("May 2021", "Ongoing"), not a "TBC" a lead cell may hold too."""
    return reads_as_timescale(text) and parse_timescale(text.strip()).kind is not TimescaleKind.TBC


def _fit(row: tuple[str, ...], columns: dict[str, int]) -> int:
    """How well a row's cells fit their headers: a ref column holds no sentence, a lead no date,
    a timescale column a timescale, an activity column a sentence rather than a date or a name."""

    def cell(name: str) -> str:
        column = columns.get(name)
        return row[column].strip() if column is not None and column < len(row) else ""

    ref, activity, lead, timescale = cell("ref"), cell("activity"), cell("lead"), cell("timescale")
    score = 0
    if "ref" in columns:
        score += 1 if len(ref) <= MAX_REF_TEXT else -1
    if activity:  # an activity is a sentence; a date or a name of a few words has moved in from the right
        score += -1 if reads_as_date(activity) or len(activity.split()) <= NAME_WORDS else 1
    if lead:
        score += -1 if reads_as_date(lead) else 1
    if timescale:
        score += 1 if reads_as_timescale(timescale) else -1
    return score


def realign(row: tuple[str, ...], columns: dict[str, int]) -> tuple[tuple[str, ...], int]:
    """The row moved right to its columns, and by how many cells (0 when it already fits).

    ``columns`` maps "ref", "activity", "lead" and "timescale" to their columns (those the table has).
    A move needs the row's last cells empty (the text ran short, not over) and a clearly better fit.
    """
    if ("timescale" not in columns and "lead" not in columns) or sum(1 for cell in row if cell.strip()) < 2:
        return row, 0  # one cell (a heading, a line run on from above) says nothing of its columns
    ref_column = columns.get("ref")
    if ref_column is not None and ref_column < len(row) and _REF_ONLY.match(row[ref_column]):
        return row, 0  # a ref where the Ref header is: the row is where it belongs
    if row and row[-1].strip():
        return row, 0  # the row reaches its last column: it cannot have moved left
    filled = [cell for cell in row if cell.strip()]
    if not any(reads_as_timescale(cell) for cell in filled) and any(starts_as_continuation(c) for c in filled):
        return row, 0  # the rest of a row a page cut ("Misuse | … | establish baseline"): its cells go on above
    best, best_fit = 0, _fit(row, columns) + MIN_GAIN - 1
    for shift in range(1, MAX_SHIFT + 1):
        if any(cell.strip() for cell in row[len(row) - shift :]):
            break
        moved = ("",) * shift + row[: len(row) - shift]
        fit = _fit(moved, columns)
        if fit > best_fit:
            best, best_fit = shift, fit
    return (("",) * best + row[: len(row) - best], best) if best else (row, 0)


def cut_tail(action: ActionDraft, values: dict[str, str], in_progress: bool = False) -> bool:
    """The rest of a row a page cut, its first word capitalised ("…from The Hub on Substance" then
    "Misuse | … | establish baseline"): the action above stops mid-phrase, this activity is a few words
    with no sentence end, it names no lead (a new action's row does), and another of its cells goes on
    mid-sentence. Or (``in_progress``: the action's cell above ended with an "Update – …" paragraph,
    read into its comments) the paragraph stops mid-sentence ("…to publicise Hate Crime") and the row
    has only this activity ("Awareness Week in October. …"). (No timescale, status or ref: the caller has checked.)"""
    activity, above = values.get("activity", ""), action.activity
    if _rest_of_row(above, values) or (in_progress and _rest_of_progress(action.comments, values)):
        return True
    others = [text for name, text in values.items() if name not in ("activity", "ref") and text]
    return (
        bool(activity and above)
        and not values.get("lead")
        and not above.rstrip().endswith((".", "!", "?", ")"))
        and len(activity.split()) <= NAME_WORDS
        and not activity.rstrip().endswith((".", "!", "?"))
        and any(starts_as_continuation(text) for text in others)
    )


def _rest_of_progress(progress: str, values: dict[str, str]) -> bool:
    """An update paragraph is prose: one the page cut stops without a sentence's end."""
    others = [text for name, text in values.items() if name != "activity" and text]
    return bool(progress and values.get("activity")) and not others and not progress.rstrip().endswith(_ENDS)


def _rest_of_row(above: str, values: dict[str, str]) -> bool:
    """The rest of a row a page cut in every column ("Reduce anti-social | Use Criminal Justice" then
    "behaviour | System and Action Planning | Delivery Group (B)"): the objective cell goes on
    mid-sentence, no ref, and both the action above and this activity stop without a sentence end."""
    activity, objective = values.get("activity", ""), values.get("objective", "")
    return (
        bool(activity and above and objective)
        and not values.get("ref")
        and starts_as_continuation(objective)
        and not above.rstrip().endswith((".", "!", "?", ")", ";"))
        and not activity.rstrip().endswith((".", "!", "?"))
    )


@dataclass(frozen=True)
class Piece:
    """One action of a row that holds several: its own ref ("" when none) and its cells' text."""

    ref: str
    activity: str
    lead: str | None  # None: the row's lead cell as it is
    timescale: str | None


def inline_refs(activity: str) -> tuple[str, list[tuple[str, str]]]:
    """("", [("2.4.1", "Map the services…"), …]) for an activity cell led by inline refs; ("", []) when none.

    Text before the first ref that starts mid-sentence ("violence. 2.4.3 Establish…") is the tail
    of the action above, cut by a page break, and comes back first; any other text before it means
    the ref is part of a sentence.
    """
    matches = list(_INLINE_REF.finditer(activity))
    tail = activity[: matches[0].start()].strip() if matches else ""
    if not matches or (tail and not starts_as_continuation(tail)):
        return "", []
    pieces = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(activity)
        pieces.append((match.group(1), " ".join(activity[match.end() : end].split())))
    return tail, pieces


def cut_at_refs(text: str, refs: list[str]) -> dict[str, str] | None:
    """{"2.4.1": "June 2021", "2.4.2": "Ongoing"} from "2.4.1 June 20212.4.2 Ongoing"; None if not so written."""
    positions = []
    start = 0
    for ref in refs:
        found = text.find(ref, start)
        if found < 0:
            continue
        positions.append((found, ref))
        start = found + len(ref)
    if not positions or text[: positions[0][0]].strip():
        return None
    cut = {}
    for number, (found, ref) in enumerate(positions):
        end = positions[number + 1][0] if number + 1 < len(positions) else len(text)
        cut[ref] = " ".join(text[found + len(ref) : end].split()).strip(" .:-–")
    return cut


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def split_row(activity: str, lead: str, timescale: str) -> tuple[list[Piece], str, str]:
    """The actions one row holds ([] for one), a note when the row was split (or could not be), and
    the tail of the action above that the activity cell starts with."""
    tail, refs = inline_refs(activity)
    if refs:
        wanted = [ref for ref, _ in refs]
        leads, times = cut_at_refs(lead, wanted), cut_at_refs(timescale, wanted)
        pieces = [
            Piece(ref, text, leads.get(ref, "") if leads else None, times.get(ref, "") if times else None)
            for ref, text in refs
        ]
        note = f"activity cell holds {len(refs)} inline refs ({', '.join(wanted)})" if len(refs) > 1 else ""
        return pieces, note, tail
    activities = _lines(activity)
    leads, times = _lines(lead), _lines(timescale)
    aligned = [column for column in (leads, times) if len(column) > 1]
    count = len(aligned[0]) if aligned and all(len(column) == len(aligned[0]) for column in aligned) else 0
    how = ""
    if count and len(activities) != count:  # lines a PDF or a paste ran together, perhaps
        found = recut(activities, count, len(leads) == count and len(times) == count)
        if found:
            activities, how = found
    if len(activities) < 2:
        return [], _unsure(activity, leads, times), ""
    if count == len(activities):
        pieces = [
            Piece(
                "",
                text,
                leads[number] if len(leads) == count else None,
                times[number] if len(times) == count else None,
            )
            for number, text in enumerate(activities)
        ]
        if how:
            return pieces, f"the activity cell runs {count} actions together, cut {how}, beside {count} lines", ""
        return pieces, f"{count} paragraphs in the activity, lead and timescale cells read as {count} actions", ""
    if aligned:
        return (
            [],
            (
                f"the activity cell has {len(activities)} paragraphs but the lead or timescale cell has "
                f"{', '.join(str(len(column)) for column in aligned)}: kept as one action"
            ),
            "",
        )
    return [], "", ""


def _unsure(activity: str, leads: list[str], times: list[str]) -> str:
    """A note for a one-line activity that may hold two actions, kept as one ("" when nothing suggests it)."""
    if len(leads) == len(times) > 1:
        return (
            f"the lead and timescale cells have {len(leads)} lines but the activity one: kept as one action "
            "(split it in the review if it holds several)"
        )
    glued = glued_breaks(activity)
    if glued:
        at = activity[max(glued[0] - 12, 0) : glued[0] + 12].strip()
        return f"“…{at}…” may be two lines run together; kept as one action (split it in the review if so)"
    return ""
