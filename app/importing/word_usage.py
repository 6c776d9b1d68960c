"""How the document itself writes a word: whether a capital is a name or the start of a sentence.

A capital in the middle of a cell is either part of a name ("within BCP Council offices") or the
first word of a sentence that lost its line break ("…within BCP Specific course related to…").
The plan's own text tells them apart (truecasing by the document's usage): an ordinary word is
written in lower case elsewhere in the plan ("a specific need"), and the words of a name are
written together again ("BCP Council" in a lead cell).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from exports.importing.source import RawDocument

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class WordUsage:
    lower: frozenset[str]  # words the document writes in lower case somewhere
    pairs: Counter[tuple[str, str]]  # two words written one after the other, as written

    def ordinary(self, word: str) -> bool:
        """A word the plan also writes in lower case: capitalised, it starts a sentence."""
        return word.casefold() in self.lower

    def written_together(self, first: str, second: str) -> bool:
        """Whether ``first second`` is written more than once in the document (two words of a name)."""
        return self.pairs[(first, second)] > 1


def _texts(document: RawDocument):
    yield from document.paragraphs
    for table in document.tables:
        yield from table.preceding
        for row in table.rows:
            yield from row


def word_usage(document: RawDocument) -> WordUsage:
    """How ``document`` writes its words, over its paragraphs and every cell."""
    lower: set[str] = set()
    pairs: Counter[tuple[str, str]] = Counter()
    for text in _texts(document):
        words = _WORD.findall(text)
        lower.update(word for word in words if word.islower())
        pairs.update(zip(words, words[1:], strict=False))
    return WordUsage(frozenset(lower), pairs)
