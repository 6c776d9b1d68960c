"""List numbers on the lines of an activity cell read as several actions.

An activity cell of N lines beside N leads or dates is N actions (``row_shapes.split_row``). When
the cell was a numbered list, each line opens with its number: "1. Receive the Early Help
Strategy…", "2. Receive an update…". The number is the list's marker, not the action's words (an
action found by its opening words was missed). A converter that writes each item as a list of its
own numbers every line "1." (the numbering restarts), so the numbers need not count up; they are
taken off only when every line has one, so a cell of which one line starts with a figure ("3
officers trained") keeps its words.
"""

from __future__ import annotations

import re

# "1. Receive", "2) Produce", "(3) Agree": a list number and the capital after it
_LINE_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[A-Z\"'‘“(])")


def without_line_numbers(lines: list[str]) -> list[str]:
    """The lines without their list numbers, when every line opens with one; else as they are."""
    if len(lines) < 2 or not all(_LINE_NUMBER.match(line) for line in lines):
        return lines
    return [_LINE_NUMBER.sub("", line, count=1) for line in lines]
