"""An Action cell that lists the actions, one a paragraph, beside one lead and one date for them all.

A plan may write a whole outcome's actions in one cell, a paragraph each ("Establish…",
"Develop…", "Identify…"), with the due date and who manages them written once beside it: the
cells of the other columns are merged down the list, or the row was always one. Read as one action
the cell hides all but the first, and the review cannot tell how many there were. Three or more
paragraphs of the same shape are such a list: each opens with a capital, none is a bullet (bullets
are split only when the officer asks), none introduces what follows (":") or runs on into the next
(","), each is a clause of its own (five words or more: a line of a few words names a project or a
heading, as "Safer Streets Summer" over its key activities), and all end alike, with or without a
full stop. A title over its description ("MARAC review work" then "Set up a MARAC review group…"),
or an action and its progress, has lines of different shapes, and two lines say too little to tell
a list from an action and its note. So has one action described in sentences ("Develop a reporting
app.", "The app will let victims report anonymously.", "It will be launched in May."): a line that
points back to the one above ("It", "This", "These") goes on describing it, and lines saying what
will happen ("The app will…", "Referrals will come…") beside lines saying what to do ("Develop…")
are an action and its description, not a list (a list of "The council will…" lines is one shape).
"""

from __future__ import annotations

import re

from app.importing.text import is_bullet, starts_as_continuation

MIN_LISTED = 3
MIN_WORDS = 5
_SENTENCE_END = (".", "!", "?")
# a line opening with a word pointing back to the line above: it goes on about that line's action
_POINTS_BACK = re.compile(r"^(?:it|its|this|these|those|that|they|their|such|which)\b", re.IGNORECASE)
# a statement of what will happen, its subject one or two words: "The app will…", "Referrals will…"
_STATEMENT = re.compile(r"^(?:\S+\s+){1,2}?(?:will|shall|would)\s", re.IGNORECASE)


def _one_shape(lines: list[str]) -> bool:
    """No line after the first points back to the one above, and the lines are all statements of
    what will happen or none is."""
    if any(_POINTS_BACK.match(line) for line in lines[1:]):
        return False
    return len({bool(_STATEMENT.match(line)) for line in lines}) == 1


def is_listed_actions(lines: list[str]) -> bool:
    """Whether the paragraphs of an Action cell (lead and timescale one line each at most, checked by
    the caller) are a list of actions, each its own."""
    if len(lines) < MIN_LISTED:
        return False
    if any(is_bullet(line) or starts_as_continuation(line) or not line[:1].isupper() for line in lines):
        return False
    if any(line.rstrip().endswith((":", ",", ";", "–", "-")) or len(line.split()) < MIN_WORDS for line in lines):
        return False
    return len({line.rstrip().endswith(_SENTENCE_END) for line in lines}) == 1 and _one_shape(lines)


def listed_length(lines: list[str]) -> int:
    """How many of the opening ``lines`` are a list of actions (0 when fewer than three are): the
    lines after them (a heading under the list) are no part of it."""
    return next((count for count in range(len(lines), MIN_LISTED - 1, -1) if is_listed_actions(lines[:count])), 0)
