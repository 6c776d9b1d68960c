"""A line of a PDF cell the writer started (a new name in a Lead cell) where the layout cannot tell.

``pdf_cells`` keeps a line break the writer made when the next line's first word would have fitted
on the line above. In a narrow column it often would not have fitted either way: "Health" /
"Improvement" / "Officer" / "Health" / "Improvement" / "Worker" prints the same whether the writer
pressed Enter after "Officer" or not, and "PYO" / "BYPC" the same whether it is one body or two. The
words then decide, in two shapes a single name does not have:

- the line opens with the capitalised word the item it would go on opened with, and that item is
  still as short as a name (``MAX_NAME_WORDS``): a name does not repeat its own first word ("Health
  Improvement Officer" / "Health Improvement Worker", "Head of Housing" / "Head of Community Safety",
  "Salford City Council" / "Salford PCT"); a longer item is a sentence, which may well name a thing
  twice;
- the line above ends with an acronym and the line opens with another ("PYO" / "BYPC"): two sets of
  initials side by side with nothing between them are two bodies. An acronym here is a word of two
  to six capitals that is no English word, so a header printed in capitals ("WHO ELSE" / "NEEDS TO
  BE") is read as words, and wraps;
- in a cell the writer broke into lines elsewhere (a line the next word would have fitted on), an
  item as short as a name written in sentence case ("Local service commissioners") and a line
  opening the same way ("Service providers"): a capital in the middle of a phrase otherwise in
  lower case opens the next one. Without such a break in the cell it is no sign: a sentence may
  name a body mid-way ("Work with schools" / "Police officers will…").

Neither applies after a little word or a joining mark ("…reports from" / "Probation", "R.Portues /"
/ "Service IT team"), where the line above cannot have ended an item.
"""

from __future__ import annotations

import re

from exports.importing.broken_words import frequency

MAX_NAME_WORDS = 6  # a name is seldom longer: the keys' longest is five ("Local Partnership Delivery Group (B)")
_ACRONYM = re.compile(r"^[A-Z][A-Z&+]{1,5}$")
_CAPITALISED = re.compile(r"^[A-Z][A-Za-z]+$")
_WORD = re.compile(r"^[A-Z][a-z]+$")
# Words and marks a name or an item cannot end with: the line after them goes on the same item.
_JOINING = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to"})
_JOINING_MARKS = (",", "/", "-", "–", "—", "&", "+")


def starts_item(item: str, line: str, listed: bool = False) -> bool:
    """Does ``line`` start a new item rather than go on ``item`` (the text since the last break kept,
    ending with the line above)? ``listed``: the writer broke the cell into lines elsewhere."""
    words, opening = item.split(), line.split()
    if not words or not opening or joins(words[-1]):
        return False
    first = opening[0]
    if first == words[0] and _CAPITALISED.match(first) and len(words) <= MAX_NAME_WORDS:
        return True
    if listed and len(words) <= MAX_NAME_WORDS and _sentence_case(words) and _sentence_case(opening[:2]):
        return True
    return _is_acronym(words[-1]) and _is_acronym(first)


def _sentence_case(words: list[str]) -> bool:
    """A capitalised word, then one or more in lower case."""
    return len(words) > 1 and bool(_WORD.match(words[0])) and all(word[:1].islower() for word in words[1:])


def joins(word: str) -> bool:
    return word.casefold() in _JOINING or word.endswith(_JOINING_MARKS)


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word)) and frequency(word) == 0
