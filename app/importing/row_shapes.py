"""Reading a row's shape from its content: rows pasted cells to the left, several actions in one row.

- **Shifted rows** (``app/importing/shifted_rows.py``): cells pasted to the left of their columns.
- **Inline refs.** "2.4.1 Map the services… 2.4.2 Agree…" in an activity cell is two actions with
  their own refs; a lead or timescale cell written the same way ("2.4.1 June 20212.4.2 Ongoing", a
  year glued to the next ref) is cut at those refs and matched by ref.
- **Paragraph-aligned cells.** An activity cell of N paragraphs beside a lead or timescale cell of N
  paragraphs is N actions, paired line by line; an activity whose line breaks were lost on the way
  (``app/importing/run_together.py``) is cut back into as many lines where it shows the signs.
- **Listed actions.** Three or more paragraphs of one shape beside one lead and one date are that many
  actions sharing them (``app/importing/listed_cell.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.importing.line_numbers import without_line_numbers
from app.importing.listed_cell import is_listed_actions
from app.importing.run_together import glued_breaks, recut
from app.importing.shifted_rows import NAME_WORDS
from app.importing.text import starts_as_continuation

if TYPE_CHECKING:
    from app.plans.draft import ActionDraft

_ENDS = (".", "!", "?", ")", ";", ":")
_INLINE_REF = re.compile(r"(?:(?<=\s)|^)(\d{1,2}\.\d{1,2}\.\d{1,3})[.:)]?\s+(?=[A-Z(\"'‘“])")


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
            for number, text in enumerate(without_line_numbers(activities))
        ]
        if how:
            return pieces, f"the activity cell runs {count} actions together, cut {how}, beside {count} lines", ""
        return pieces, f"{count} paragraphs in the activity, lead and timescale cells read as {count} actions", ""
    if not aligned and is_listed_actions(activities):
        pieces = [Piece("", text, None, None) for text in activities]
        note = f"the activity cell lists {len(activities)} actions, a paragraph each, beside one lead and timescale"
        return pieces, note, ""
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
