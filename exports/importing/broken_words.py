"""A word the layout engine broke across a PDF cell's lines, found so that it is read whole again.

Word and reportlab break a word mid-word, with no hyphen, only when it does not fit on a line by
itself: in a narrow column "accommodation" prints as "accommodatio" / "n" (reportlab even starts
it in what is left of a line: "Find the ac" / "commodati" / "on for the"). The layout alone cannot
tell such a break from a whole word that happens to end at the right edge ("settled" above
"suitable" ends nearer the edge than "accommodatio" does), so both must agree:

- the layout allows it: each piece after the first starts with a lower-case letter, every piece
  between the first and the last is a line of its own, and the pieces set as one word are wider
  than the cell's whole text width, so the engine could not have moved the word whole to the next
  line;
- the words say so: the joined word is a commoner English word than its rarest piece ("accommodatio" / "n":
  no word; "commit" / "tee": "committee" is six times as common as "tee"; but "settled" /
  "suitable" is no word joined, and "every" / "day" stays two words, each far commoner than
  "everyday"). The counts are pyspellchecker's English dictionary (offline, in the package); it
  spells the American way, so a British word is also looked up in its American spelling
  ("behaviour", "centre", "programme", "offence", "organise", "counselling"). The page's own words
  are no help: pdfplumber sets two words printed close together as one ("Roadand"), which would
  join "Road" / "and" at a line's end. A last piece that is an English suffix and a word of its own
  ("ship", "hood", "less", "wide"…) is commoner than the word it ends ("partner" / "ship":
  "partnership" 6,424, "ship" 148,942), so there the joined word need only be a word: a noun and
  "ship" or "hood" written side by side are not English, the suffixed word is. A joined word the
  counts lack is read as a closed compound of two words they have ("We" / "llbeing": "wellbeing",
  which they spell "well-being"), counted as its rarer half, when a piece is no word (the engine
  broke a word there) and split anywhere but at a line's end (split there it is the pieces
  themselves: "conf" / "irmed" / "beyond" is "confirmed beyond"; "Meetings" / "and" stays two,
  not "meeting" + "sand").

An email or web address has no spaces to break at, so in a narrow column the engine breaks it
anywhere ("russell.portues" / "@teesside.pro" / "bation.gsi.gov." / "uk"); its pieces are joined
with no space when, set as one, they are one address and wider than the cell's text width (the pieces
between the first and the last again lines of their own). Two whole addresses on two lines stay two, and
an address whole at a line's end, ending in a letter, is not run into an English word starting the
next line ("…com/prevent" / "on a regular basis").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spellchecker import SpellChecker

MAX_PIECES = 3  # a word broken over more lines than this is in a column too narrow to read
MIN_HALF = 3  # a compound's halves are words ("well" / "being"), not a letter or two the counts list
MIN_WORD_AFTER = 2  # a letter alone ("gov.u" / "k") is the address's last piece, not a word after it
MAX_ADDRESS_PIECES = 6  # an address is longer than a word: "russell.portues@teesside.probation.gsi.gov.uk"
_MARK = re.compile(r"[@./:]")
_ADDRESS = re.compile(r"^(?:[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[\w.~%/:?#=&+-]+?)[.,;)]?$")
# Suffixes that are words too, so that the counts alone would keep "Partner" / "ship" apart.
_SUFFIX_WORDS = frozenset({"ship", "ships", "hood", "hoods", "less", "wide", "ward", "wards", "able", "ably"})
_PIECE = re.compile(r"^[^\W\d_]+$")
_LEADING = re.compile(r"^[(\"'‘“\[]+")
_TRAILING = re.compile(r"[)\"'’”\].,:;!?]+$")
# British spellings and the American ones the dictionary lists, by their regular endings.
_AMERICAN = (
    (re.compile(r"(?<=[a-z]{2})our"), "or"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"mme(s?)$"), r"m\1"),
    (re.compile(r"ence(s?)$"), r"ense\1"),
    (re.compile(r"([iy])s(e|es|ed|ing|ation|ations)$"), r"\1z\2"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
)


@dataclass(frozen=True)
class Piece:
    """A word at a line's end or start, as printed, and how wide it is."""

    text: str
    width: float


@cache
def _english() -> SpellChecker:
    return SpellChecker(language="en", distance=1)


def frequency(text: str) -> int:
    """How often the word (case aside, British spellings included) occurs in the dictionary's corpus;
    0 for no English word."""
    word = text.lower()
    counts = _english().word_frequency
    if counts[word]:
        return counts[word]
    for british, american in _AMERICAN:
        word = british.sub(american, word)
    return counts[word]


def fused_breaks(lines: list[tuple[Piece, Piece, bool]], text_width: float, margin: float) -> list[bool]:
    """For each line but the last: does a word broken by the engine run on from it to the next line?

    ``lines`` gives each printed line's first and last word and whether it is that word alone;
    ``text_width`` is how wide a line of the cell can be, less ``margin`` for measuring short.
    """
    fused = [False] * (len(lines) - 1)
    for start in range(len(lines) - 1):
        pieces = [lines[start][1]]
        for end in range(start + 1, min(len(lines), start + MAX_PIECES)):
            piece = lines[end][0]
            if not piece.text[:1].islower():
                break
            pieces.append(piece)
            if _broken(pieces, text_width - margin):
                # the longest reading wins: "I" / "mprove" / "ment" is "Improvement", not "Improve ment"
                fused[start:end] = [True] * (end - start)
            if not lines[end][2]:
                break  # only a line that is the word alone can be a middle piece
    for start, end in _broken_addresses(lines, text_width - margin):
        fused[start:end] = [True] * (end - start)
    return fused


def _broken_addresses(lines: list[tuple[Piece, Piece, bool]], text_width: float) -> list[tuple[int, int]]:
    """(first line, last line) of each email or web address the engine broke over lines."""
    found = []
    start = 0
    while start < len(lines) - 1:
        longest = _address_end(lines, start, text_width)
        found += [(start, longest)] if longest else []
        start = longest or start + 1
    return found


def _address_end(lines: list[tuple[Piece, Piece, bool]], start: int, text_width: float) -> int | None:
    """The last line of an address broken from the end of line ``start``; None if none is."""
    pieces, longest = [lines[start][1]], None
    # The break is inside the address: a mark of one before it or right after it, so a line ending
    # in a word ("…IT team" / "russell.portues@…") is not taken into the address.
    if not (_MARK.search(pieces[0].text) or _MARK.match(lines[start + 1][0].text)):
        return None
    for end in range(start + 1, min(len(lines), start + MAX_ADDRESS_PIECES)):
        if longest and _word_after_address(pieces[-1].text, lines[end][0].text):
            break
        pieces.append(lines[end][0])
        whole = all(_ADDRESS.match(piece.text) for piece in (pieces[0], pieces[-1]))
        wide = sum(piece.width for piece in pieces) > text_width
        if wide and not whole and _ADDRESS.match("".join(piece.text for piece in pieces)):
            longest = end
        if not lines[end][2]:
            break  # only a line that is the address alone can be a middle piece
    return longest


def _word_after_address(before: str, after: str) -> bool:
    """A line starting with an English word, after an address whole so far that ends in a letter
    ("…com/prevent" / "on a regular basis"): the sentence goes on, the address ended at the line's
    end. A piece after a mark ("gov." / "uk"), a letter alone ("gov.u" / "k") or a piece that is
    no word ("teesside.pro" / "bation") is still the address."""
    return (
        before[-1:].isalpha()
        and len(after) >= MIN_WORD_AFTER
        and after.isalpha()
        and after.islower()
        and frequency(after) > 0
    )


def _broken(pieces: list[Piece], text_width: float) -> bool:
    first = _LEADING.sub("", pieces[0].text)
    last = _TRAILING.sub("", pieces[-1].text)
    texts = [first, *(piece.text for piece in pieces[1:-1]), last]
    if not all(_PIECE.match(text) for text in texts):
        return False
    if sum(piece.width for piece in pieces) <= text_width:
        return False
    if len(texts) == 2 and last.casefold() in _SUFFIX_WORDS and frequency(first) and frequency(first + last):
        return True
    rarest = min(frequency(text) for text in texts)
    # A compound only where a piece is no word: two words ("Meetings" / "and") are not read as one
    # ("meeting" + "sand")
    return (frequency("".join(texts)) or (not rarest and _compound(texts))) > rarest


def _compound(texts: list[str]) -> int:
    """The joined word's count as a closed compound of two words (each of ``MIN_HALF`` letters or
    more, split inside a piece: a split at a line's end is the two words the pieces already are): its
    rarer half's, the commonest way to split it."""
    word = "".join(texts)
    ends = {sum(len(text) for text in texts[:number]) for number in range(1, len(texts))}
    halves = [cut for cut in range(MIN_HALF, len(word) - MIN_HALF + 1) if cut not in ends]
    return max((min(frequency(word[:cut]), frequency(word[cut:])) for cut in halves), default=0)
