"""A PDF table cell's text from its printed lines: wrapped lines joined, the writer's own line breaks kept.

pdfplumber gives one line per printed line; whether the writer pressed Enter there or the line merely
wrapped is not in the text. It is in the layout: Word (like any layout engine) wraps a line only when
the next word does not fit in what is left of it. So a line that the next line's first word would have
fitted after ends where the writer broke it ("PYO" above "BYPC" in a Lead cell: two organisations), and
a line the next word would not fit on is a wrap, joined with a space. The right edge text can reach is
the cell's right side less its padding, taken to be the left padding (the space before the cell's
leftmost line), since Word and reportlab pad a cell's two sides alike. The space between words is
measured from the cell's own lines.

A short line is not the only sign: a line starting with a bullet or a ref ("2.4.2 …") starts a
paragraph, and so does a capital after a line that ends a sentence. That last rule holds even for a
full line, because in a narrow column a paragraph's last line often has no room for the next one's
first word, and joining two paragraphs would fuse the actions a paragraph-aligned cell lists. A line
opening a second name where neither fits the other's line ("…Officer" / "Health Improvement Worker",
"PYO" / "BYPC") starts one too (``item_starts``). When
the next word would not have fitted and nothing in the words says otherwise, the line is a wrap
(which is also what a cell without its box, such as a table drawn without lines, is read as). A word
too long for the cell, which the engine broke with no hyphen, is joined with no space
(``broken_words``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from pdfplumber.utils import cluster_objects, extract_words

from exports.importing.broken_words import Piece, fused_breaks
from exports.importing.heading_words import is_amount
from exports.importing.item_starts import starts_item

_BULLET = re.compile(r"^[•\-*▪●◦]")
_BULLET_ALONE = re.compile(r"^[•\-*▪●◦]$")
_REF = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\s(.*)$")
_SENTENCE_END = re.compile(r"[.:;!?]$")
# A glyph the font does not map to a character; at the start of a line it is nearly always a bullet.
_UNMAPPED = re.compile(r"\(cid:\d+\)")
LINE_TOLERANCE = 3  # points, as pdfplumber's own text extraction groups words into lines
FIT_MARGIN = 1.0  # points the next word must fit with to spare, so a wrap measured a little short is still a wrap
SPACE_EM = 0.25  # a word space as a share of the type size, when the cell has no two words on a line to measure


@dataclass(frozen=True)
class PrintedLine:
    """One printed line of a cell: its text, where it starts and ends, and how wide its first and last
    words are."""

    text: str
    x0: float
    x1: float
    first_word: float
    last_word: float

    def ends(self) -> tuple[Piece, Piece, bool]:
        """Its first and last word, and whether that is one word alone (for ``fused_breaks``)."""
        words = self.text.split()
        return Piece(words[0], self.first_word), Piece(words[-1], self.last_word), len(words) == 1


def line_text(text: str) -> str:
    """One printed line, spaces tidied, and unmapped glyphs read as bullets at its start (dropped elsewhere)."""
    text = " ".join(text.split())
    if text.startswith("(cid:"):
        text = "• " + _UNMAPPED.sub("", text, count=1).lstrip()
    return " ".join(_UNMAPPED.sub("", text).split())


def cell_text(text: str | None) -> str:
    """A cell known only by its text (no box): lines joined unless the words show a new paragraph."""
    lines = [line for line in (line_text(line) for line in (text or "").splitlines()) if line]
    return _joined(lines, [False] * len(lines), [False] * len(lines))[0]


def cell_text_from_chars(chars: list[dict], box: tuple[float, float, float, float]) -> str:
    """The text of the characters printed in a cell's ``box`` (x0, top, x1, bottom), each line joined
    to the next unless the writer broke it there (see the module's docstring)."""
    return cell_lines_from_chars(chars, box)[0]


def cell_lines_from_chars(chars: list[dict], box: tuple[float, float, float, float]) -> tuple[str, tuple[int, ...]]:
    """``cell_text_from_chars``, and where in that text a printed line was joined to the next as a
    wrap (the space's offsets): the joins the layout could not tell from the writer's own breaks,
    which the table's other cells may still decide (``whole_names``)."""
    words = extract_words(chars) if chars else []
    clusters = [line for line in cluster_objects(words, itemgetter("top"), LINE_TOLERANCE) if line]
    lines = [
        PrintedLine(
            line_text(" ".join(word["text"] for word in line)),
            min(word["x0"] for word in line),
            max(word["x1"] for word in line),
            line[0]["x1"] - line[0]["x0"],
            line[-1]["x1"] - line[-1]["x0"],
        )
        for line in clusters
    ]
    kept = [line for line in lines if line.text]
    if not kept:
        return "", ()
    text_width = box[2] - _padding(kept, box) - min(line.x0 for line in kept)
    fused = fused_breaks([line.ends() for line in kept], text_width, FIT_MARGIN)
    return _joined([line.text for line in kept], kept_breaks(kept, box, _space(clusters, chars)), fused)


def _padding(lines: list[PrintedLine], box: tuple[float, float, float, float]) -> float:
    return max(0.0, min(line.x0 for line in lines) - box[0])


def kept_breaks(lines: list[PrintedLine], box: tuple[float, float, float, float], space: float) -> list[bool]:
    """For each line but the last: would the next line's first word have fitted on it?"""
    right = box[2] - _padding(lines, box)
    return [
        line.x1 + space + following.first_word <= right - FIT_MARGIN
        for line, following in zip(lines, lines[1:], strict=False)
    ]


def _space(clusters: list[list[dict]], chars: list[dict]) -> float:
    """The narrowest gap between two words on a line of the cell (justified lines stretch theirs), else
    a quarter of the type size."""
    gaps = [b["x0"] - a["x1"] for line in clusters for a, b in zip(line, line[1:], strict=False) if b["x0"] > a["x1"]]
    if gaps:
        return min(gaps)
    return SPACE_EM * max((char.get("size", 0) for char in chars), default=0)


def _starts_paragraph(line: str) -> bool:
    """A bullet, or a ref that is not an amount ("2.4.2 Map…", not "2.5 million people…")."""
    ref = _REF.match(line)
    return bool(_BULLET.match(line) or (ref and not is_amount(ref.group(1), ref.group(2))))


def _joined(lines: list[str], breaks: list[bool], fused: list[bool]) -> tuple[str, tuple[int, ...]]:
    """The lines joined: with no space inside a ``fused`` (broken) word, else by a line break where one
    was kept or a paragraph starts, else by a space; and the offsets of those spaces (the wraps)."""
    if not lines:
        return "", ()
    joined = lines[0]
    wraps: list[int] = []
    for previous, line, kept, in_word in zip(lines, lines[1:], breaks, fused, strict=False):
        if in_word:
            joined += line
            continue
        if _BULLET_ALONE.match(previous):  # the mark printed alone, its item's words on the next line
            joined += " " + line
            continue
        new_paragraph = (
            kept
            or _starts_paragraph(line)
            or (_SENTENCE_END.search(previous) and line[0].isupper())
            or starts_item(joined.rsplit("\n", 1)[-1], line, any(breaks))
        )
        if not new_paragraph:
            wraps.append(len(joined))
        joined += ("\n" if new_paragraph else " ") + line
    return joined, tuple(wraps)
