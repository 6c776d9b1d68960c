"""Headings and titles whose opening words say what they are, not what they are called.

- **A label before the title.** "Aim: To divert people away from violence.", "Overall Outcome:
  Quality and performance monitoring…": a word plans head their groups with (perhaps after a word or
  two, "Overall", "Key") and a colon say the line is an aim or an outcome; the title is the words
  after the colon, as written.
- **A qualified heading number.** "Priority Work Stream 1 – Embedding principles…", "Priority Area 2:
  Housing": the number comes after the heading word and the name of the kind of group it numbers
  (work stream, area, theme…); the heading is numbered and titled as "Priority 1 – …" is.
"""

from __future__ import annotations

import re

from exports.importing.heading_words import HEADING_WORDS, alternation

MIN_TITLE_WORDS = 3  # "Aim: Prevention" names a theme, not an aim written out
_LABEL = re.compile(rf"^(?:[A-Za-z]+\s+){{0,2}}?(?:{alternation(HEADING_WORDS)})s?\s*:\s+(?=\S)", re.IGNORECASE)
_KINDS = ("work\\s+stream", "workstream", "area", "theme", "strand", "programme", "group")
_QUALIFIED = re.compile(
    rf"^\s*(?:strategic\s+|key\s+)?(?:{alternation(HEADING_WORDS)})\s+(?:{alternation(_KINDS)})\s+"
    r"(\d{1,2})\s*[.:)]?\s*[-–—:]\s*([A-Za-z][^\n]{1,150})$",
    re.IGNORECASE,
)


def without_label(text: str) -> str:
    """``text`` without a heading word's label opening it ("Aim: …"), else ``text`` unchanged."""
    match = _LABEL.match(text)
    if match is None or len(text[match.end() :].split()) < MIN_TITLE_WORDS:
        return text
    return text[match.end() :].strip()


def qualified_heading(line: str) -> tuple[str, str] | None:
    """("1", "Embedding principles…") from "Priority Work Stream 1 – Embedding principles…"."""
    match = _QUALIFIED.match(line)
    return (match.group(1), match.group(2).strip(" .:-–—")) if match else None
