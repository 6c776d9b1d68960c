"""A Status or RAG cell as councils write it: "In Progress (amber)", "Complete (green)", "A/G", "On track".

Read in this order:
- a word Delivery Desk knows as it stands ("Red", "Complete", "On track") is that status;
- words naming a closed state ("Complete", "Deferred", "On hold", "Cancelled") win over any colour
  beside them: "Complete (green)" is Complete;
- otherwise the colours decide, the worst of them when there are two ("A/G", "Amber/Green": At risk),
  since a RAG rating is what a board reads: "In Progress (amber)" is At risk;
- otherwise words of progress ("In progress", "On target", "Slipping", "Overdue").

Whenever the cell is reinterpreted so, its words are kept in the action's comments ("RAG as written:
…") and the preview notes say what it became; a cell none of these reads is Not started, and noted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from exports.importing.source import SourceLocation
from models import Status

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable

_CLOSED = (
    (
        re.compile(r"(?<!not )(?<!not yet )\b(?:complete[d]?|done|achieved|closed|finished|delivered)\b"),
        Status.COMPLETE,
    ),
    (re.compile(r"\b(?:deferred|postponed|on hold|paused)\b"), Status.DEFERRED),
    (re.compile(r"\b(?:cancell?ed|withdrawn|stopped|no longer required)\b"), Status.CANCELLED),
)
_COLOURS = {"red": Status.OFF_TRACK, "r": Status.OFF_TRACK, "amber": Status.AT_RISK, "a": Status.AT_RISK}
_COLOURS |= {"green": Status.ON_TRACK, "g": Status.ON_TRACK}
_WORST_FIRST = (Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK)
_PROGRESS = (
    (re.compile(r"\b(?:not (?:yet )?started|not begun)\b"), Status.NOT_STARTED),
    (re.compile(r"\b(?:off track|off target|delayed|overdue|behind(?: schedule)?|late)\b"), Status.OFF_TRACK),
    (re.compile(r"\b(?:at risk|slipping|some delay|risk of delay)\b"), Status.AT_RISK),
    (
        re.compile(r"\b(?:on track|on target|on schedule|in progress|ongoing|underway|under way|started)\b"),
        Status.ON_TRACK,
    ),
)
_TOKENS = re.compile(r"[a-z]+")


def read_status(text: str) -> tuple[Status | None, bool]:
    """The status a cell means, and whether that is a reading of its words rather than the words
    themselves (None when nothing in it names a status)."""
    exact = Status.parse(text)
    if exact is not None or not text.strip():
        return exact, False
    words = " ".join(text.casefold().replace("-", " ").replace("_", " ").split())
    for pattern, status in _CLOSED:
        if pattern.search(words):
            return status, True
    tokens = _TOKENS.findall(words)
    # single letters count only in a cell of RAG letters alone ("A/G", "R / A"), never in "n/a" or a sentence
    letters_only = all(token in ("r", "a", "g") for token in tokens)
    colours = {_COLOURS[t] for t in tokens if t in _COLOURS and (len(t) > 1 or letters_only)}
    for status in _WORST_FIRST:
        if status in colours:
            return status, True
    for pattern, status in _PROGRESS:
        if pattern.search(words):
            return status, True
    return None, False


def status_cell(reader: ActionTable, where: SourceLocation, text: str, comments: str) -> tuple[Status, str]:
    """The action's status from its Status / RAG cell, and its comments (with the words when reinterpreted)."""
    if not text:
        return Status.NOT_STARTED, comments
    status, reinterpreted = read_status(text)
    cell = SourceLocation(where.file, where.part, where.row, reader.mapping.column_of("status"))
    if status is None:
        reader.notes.append(
            f"{cell}: status '{text}' is not one Delivery Desk knows; the action is imported as Not started."
        )
        return Status.NOT_STARTED, comments
    if reinterpreted:
        reader.notes.append(f"{cell}: status '{text}' read as {status.value}; the words are kept in the comments.")
        comments = f"{comments}\nRAG as written: {text}".strip()
    return status, comments
