"""Two actions a PDF's text or a paste ran into one cell, with no ref and no line break between them.

Nothing in such a cell says for certain where the second action starts, so each rule here asks for
two signs that agree, and says "unsure" otherwise (the row stays one action, the notes say so, and
the review offers the split points):

- **Lost line breaks.** A cell whose lines were run together keeps a sign of it: a word in lower
  case glued to the next line's capital ("…to services.Establish a panel", "servicesEstablish").
  A sentence end (". Deliver…") is a weaker sign, since one action is often two sentences. An
  activity is cut there only into as many pieces as the lead and timescale cells beside it have
  lines: any glued breaks when the lead or the timescale has that many lines, sentence ends only
  when both have.
- **The tail of the action above, then a new action.** A row with its own timescale whose activity
  starts mid-sentence, under an action whose text stops mid-sentence, holds the end of that action
  first ("working in silos MARAC training to become…"). The tail ends at the first capital that
  begins a sentence: after a full stop, or after a word in lower case that is not a little word
  leading into a name. A one-word name after such a word ("as a result of Covid delays. Service
  Map…") is passed over; a capital after a comma, or a name followed by another capital ("within
  Dorset Police Train…": the name going on, or a new sentence?), leaves the row whole, unless the
  plan's own writing tells (``app/importing/word_usage.py``): an acronym after a little word is a
  whole name ("within BCP"), and a word after an acronym that the plan writes in lower case
  elsewhere, going on in lower case ("BCP Specific course…"), starts the new action, unless the
  plan writes the two words together elsewhere (a name: "BCP Council offices"). A plan whose actions
  mostly open in lower case (its rows with a ref or timescale of their own) writes them so: there
  a lower-case opening is no tail, and the row stays whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.importing.text import starts_as_continuation

if TYPE_CHECKING:
    from app.importing.action_table import ActionTable
    from app.importing.word_usage import WordUsage
    from exports.importing.source import SourceLocation

MIN_ACTION_WORDS = 3  # a piece shorter than this is a fragment of a sentence, not an action
MAX_TAIL_WORDS = 30  # a page break cuts an action's last line or two, not a paragraph
# A whole word in lower case (three letters or more) glued to a capitalised word: "servicesEstablish".
# Words that start with a capital ("SafeLives", "PowerPoint") or with one small letter ("eBay") are names.
_GLUED = re.compile(r"(?<![A-Za-z])[a-z]{3,}[.;:!?)]?(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])")
_WORD = re.compile(r"\S+")
# Two letters are enough: with {2,} a search ran the whole of a long word from each of its letters
_ENDS_SENTENCE = re.compile(r"[A-Za-z)]{2}[.!?][\"'’”)]*$")
# Little words after which a capital is the start of a name inside the sentence, not a new sentence.
_LEAD_IN_WORDS = (
    "a an the and or nor but of to in on at by for with within without from into onto across between via per as "
    "including include includes such than that which who whose our their its his her this these those all any each "
    "every both some other new local is are be was were been being led lead run delivered commissioned "
    "funded supported provided hosted e.g. i.e. eg ie etc. incl. inc. like among amongst towards through "
    "throughout under over around about against alongside beyond"
)
LEAD_INS = frozenset(_LEAD_IN_WORDS.split())


def glued_breaks(text: str) -> list[int]:
    """Where a line break was lost: just before a capital glued to a whole word in lower case."""
    return [match.end() for match in _GLUED.finditer(text)]


def sentence_breaks(text: str) -> list[int]:
    """Where a sentence ends and the next, capitalised, begins."""
    return [match.end() for match in _SENTENCE_END.finditer(text)]


def _cut(text: str, points: list[int]) -> list[str]:
    edges = [0, *sorted(set(points)), len(text)]
    return [" ".join(text[start:end].split()) for start, end in zip(edges, edges[1:], strict=False)]


def recut(lines: list[str], count: int, both_aligned: bool) -> tuple[list[str], str] | None:
    """The activity's ``lines`` cut into ``count`` actions where line breaks were lost, and how;
    None when the signs do not give exactly ``count`` pieces of a sentence each.

    ``both_aligned``: the lead and the timescale cells both have ``count`` lines, which lets
    sentence ends count as lost breaks too."""
    ways = [("where a word runs into the next capital", glued_breaks)]
    if both_aligned:
        ways.append(("at its sentence ends", lambda text: [*glued_breaks(text), *sentence_breaks(text)]))
    for how, finder in ways:
        pieces = [piece for line in lines for piece in _cut(line, finder(line))]
        if len(pieces) == count and all(len(piece.split()) >= MIN_ACTION_WORDS for piece in pieces):
            return pieces, how
    return None


def ends_mid_sentence(text: str) -> bool:
    """Text that stops without a full stop (or ?, !): the rest of its sentence is somewhere else."""
    return bool(text.strip()) and not _ENDS_SENTENCE.search(text.strip())


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _by_usage(before: str, word: str, following: str, usage: WordUsage | None) -> str:
    """How the plan's own writing reads a capital after a lead-in word or a name: "name" (look on),
    "sentence" (the new action starts here) or "" (unsure). An acronym after a lead-in is a whole name
    ("within BCP"); an ordinary word (written in lower case elsewhere in the plan) after an acronym,
    going on in lower case, starts a sentence unless the plan writes the two together elsewhere ("BCP
    Council")."""
    if usage is None:
        return ""
    if before in LEAD_INS and _acronym(word):
        return "name"
    if _acronym(before) and following[:1].islower() and usage.ordinary(word):
        return "name" if usage.written_together(before, word) else "sentence"
    return ""


def tail_end(text: str, usage: WordUsage | None = None) -> int | None:
    """Where the new action starts in ``text``, which opens with the tail of the action above; None
    when unsure (no capital, a first capital that may be a name, a tail too long or an action too short).
    ``usage``: how the plan writes its words, which can tell a name from a sentence's first word."""
    words = list(_WORD.finditer(text))
    for number in range(1, len(words)):
        word = words[number].group()
        if not word[0].isupper():
            continue
        before = words[number - 1].group()
        sentence_ended = bool(_ENDS_SENTENCE.search(before))
        after_plain_word = before.isalpha() and before.islower() and before not in LEAD_INS
        if not (sentence_ended or after_plain_word):
            following = words[number + 1].group() if number + 1 < len(words) else ""
            if before in LEAD_INS and following[:1].islower():
                continue  # "as a result of Covid delays": a one-word name inside the sentence
            reading = _by_usage(before, word, following, usage)
            if reading == "name":
                continue
            if reading != "sentence":
                return None  # "within Youth Services", "partners, Police": a name, or a new sentence?
        if number > MAX_TAIL_WORDS or len(words) - number < MIN_ACTION_WORDS:
            return None
        return words[number].start()
    return None


MIN_STYLE_ROWS = 3  # fewer rows of their own say nothing of how a plan writes its actions


def writes_actions_in_lower_case(reader: ActionTable) -> bool:
    """Whether most of the table's rows of their own (a ref or a timescale in their own cells) open
    their action in lower case: the plan's style ("ensure a supply of…", each action run on from
    "Action - "), so a lower-case opening there is no sign of the tail of the action above. Rows
    with neither, the rest of a row a page cut, are not counted."""
    start = 0 if reader.mapping.header_row is None else reader.mapping.header_row + 1
    openings = [
        reader.cell(row, "activity")
        for row in reader.table.rows[start:]
        if reader.cell(row, "activity") and (reader.cell(row, "ref") or reader.cell(row, "timescale"))
    ]
    lower = sum(starts_as_continuation(text) for text in openings)
    return lower >= MIN_STYLE_ROWS and 2 * lower > len(openings)


def join_tail(reader: ActionTable, where: SourceLocation, values: dict[str, str]) -> dict[str, str]:
    """The row's values with the tail of the action above (if its activity opens with one) moved to
    that action; the row stays whole, and the notes say so, when where the tail ends is unclear. In
    a plan whose actions open in lower case the opening says nothing, and the row is left whole."""
    above, activity = reader.last, values["activity"]
    if above is None or not starts_as_continuation(activity) or not ends_mid_sentence(above.activity):
        return values
    if reader.lower_case_style or reader.table.list_items:  # a list's items are one each
        return values
    end = tail_end(activity, reader.b.usage)
    if end is None:
        reader.notes.append(
            f"{where}: its activity starts mid-sentence, perhaps the end of action {above.ref} above, but where "
            "the next action starts is unclear; kept as one action (split it in the review if it holds two)."
        )
        return values
    tail, rest = " ".join(activity[:end].split()), activity[end:].strip()
    above.activity = f"{above.activity} {tail}"
    reader.notes.append(f"{where}: “{tail}” ends action {above.ref} above; the row's own action starts “{rest[:30]}…”.")
    return {**values, "activity": rest}
