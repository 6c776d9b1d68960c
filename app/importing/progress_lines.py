"""Progress written inside the action's own cell: "Update – the strategy was launched…".

Plans kept as quarterly returns often add the quarter's progress under each action, in the same cell,
as a paragraph opening with a label ("Update –", "Update:", "Progress update:", "Q2 update –"). That
paragraph says what has been done, not what the action is: it belongs with the action's comments (as
a Progress or Update column's text does), and it is no second action beside a lead cell of one line.
The label needs its dash or colon: "Update the leaflet" is an action. When the cell ends with the
progress paragraph and a page break cut the row, the rest printed in the next row goes on in the
comments too (``ends_with_progress``). A row of its own under the action, its one cell across the
table opening with such a label ("Progress: …", or "Progress" and then a sentence, the label set in
bold or on its own line in the plan), is that action's progress too (``is_progress_row``).
"""

from __future__ import annotations

import re

_PROGRESS_LABEL = re.compile(
    r"^\s*(?:(?:latest|progress|q[1-4]|quarter\s+[1-4]|quarterly)\s+)?(?:update|progress)\s*"
    r"(?:\([^)]{0,30}\)\s*)?[-–—:]\s*",
    re.IGNORECASE,
)


def progress_paragraphs(activity: str) -> tuple[str, str]:
    """The activity without its labelled progress paragraphs, and those paragraphs (label kept, as
    the plan writes them); ("…", "") when it has none."""
    lines = activity.split("\n")
    progress = [line.strip() for line in lines if _PROGRESS_LABEL.match(line)]
    if not progress or len(progress) == len([line for line in lines if line.strip()]):
        return activity, ""  # nothing but an update: the cell is still the only wording the action has
    kept = "\n".join(line for line in lines if not _PROGRESS_LABEL.match(line)).strip()
    return kept, "\n".join(progress)


def ends_with_progress(activity: str) -> bool:
    """The cell's last paragraph is labelled progress (so a row cut after it goes on in the comments)."""
    lines = [line for line in activity.split("\n") if line.strip()]
    return bool(lines) and bool(_PROGRESS_LABEL.match(lines[-1])) and progress_paragraphs(activity)[1] != ""


# A row's one cell opening with the word alone, then a sentence: "Progress Locations for the cameras…"
_PROGRESS_WORD = re.compile(r"^\s*(?:(?:latest|progress)\s+)?(?:update|progress)\s+(?=[A-Z])", re.IGNORECASE)
MIN_PROGRESS_WORDS = 6  # "Progress Report" is a heading; progress is told in a sentence


def is_progress_row(text: str) -> bool:
    """The one cell of a row across the table is the action's progress: a progress label, then a
    sentence (a label on its own, or a few words, are a heading)."""
    rest = _PROGRESS_LABEL.sub("", text, count=1) if _PROGRESS_LABEL.match(text) else _PROGRESS_WORD.sub("", text)
    return rest != text and len(rest.split()) >= MIN_PROGRESS_WORDS


# What a progress report's item is written as: what has been done ("Training has been provided",
# "Board members have attended", "The hub was opened", "Data set now presented"), not what is to be
# done ("Data set to be agreed", "Board members to drive…", "Members will be involved").
_DONE = re.compile(r"\b(?:has|have|had|was|were|now|already)\b", re.IGNORECASE)
_TO_DO = re.compile(
    r"\b(?:to\s+be|will|shall|should|must|would)\b|^(?:\S+\s+){0,4}to\s+(?!the\b|all\b|a\b|an\b)[a-z]+\b",
    re.IGNORECASE,
)
# a past form after the item's subject ("YOT manager started on…", "…agreed and delivered"); the first
# word is left alone, since an action names its subject that way ("Targeted support for…")
_PAST_FORM = re.compile(r"(?<=\s)[a-z]{2,}(?<!e)ed\b")


def reads_as_done(item: str) -> bool:
    """The item reports what was done: a perfect or past tense, "now" or "already", or a past form
    after its subject, and nothing written as still to do (unless "now"/"has been" says it is done)."""
    if _DONE.search(item):
        return True
    return not _TO_DO.search(item) and bool(_PAST_FORM.search(item))


def is_progress_list(items: list[str]) -> bool:
    """A list reports the progress made, not more actions: most of its items read as done and none
    is written as still to do."""
    done = sum(reads_as_done(item) for item in items)
    to_do = sum(bool(_TO_DO.search(item)) and not _DONE.search(item) for item in items)
    return done * 2 > len(items) and not to_do
