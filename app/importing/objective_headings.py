"""A heading in words over a numbered objective heading: the theme is the priority, the objective its
objective.

County and partnership delivery plans set a theme heading ("Leadership and Engagement"), perhaps its
empty labels ("Key Partners:", "Other Stakeholders:"), then each strategic objective as a numbered
line or a title row across its table ("Strategic Objective 1 – Developing effective leadership…").
Read alone, "Objective 1 – …" heads a plan's top level (a plan of objectives and actions); with a
theme in words right above it the objective sits under the theme, so the table's rows are read
under both, the objective titled without its label and number. Only the label word "objective"
says so: "Priority 1 – …" or "Outcome 1: …" under a heading keep their own rules.
"""

from __future__ import annotations

import re

from app.importing.heading_rows import title_shaped
from app.importing.text import is_label_line, parse_priority_heading
from exports.importing.title_lines import is_paper_label, names_the_plan

_OBJECTIVE_HEADING = re.compile(
    r"^\s*(?:strategic\s+|key\s+)?objective\s+\d{1,2}\s*[.:)]?\s*[-–—:]\s*(\S.*)$", re.IGNORECASE
)


def objective_under_theme(lines: list[str]) -> tuple[str, str] | None:
    """(theme, objective title) when ``lines`` (the text above the table's header, last nearest) end
    with a numbered objective heading under a theme in words, only empty labels between."""
    found = _OBJECTIVE_HEADING.match(lines[-1].strip()) if lines else None
    if found is None:
        return None
    for text in reversed(lines[:-1]):
        text = " ".join(text.split())
        if text.endswith(":"):
            continue  # a label with no value of its own ("Key Partners:")
        return (text, " ".join(found.group(1).split())) if _theme(text) else None
    return None


def _theme(text: str) -> bool:
    """A heading in words: short, no number, no label, not the plan's own title or a paper's label."""
    return (
        bool(text)
        and title_shaped(text)
        and parse_priority_heading(text) is None
        and not is_label_line(text)
        and not names_the_plan(text)
        and not is_paper_label(text)
    )
