"""Reading the small texts of real plans: refs, priority headings, bullet lists, glossary lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.importing.contents_pages import names_its_page
from app.importing.labelled_titles import qualified_heading, without_label
from app.importing.people_names import people_named
from exports.importing.bracketed_refs import bracketed_ref
from exports.importing.headers import field_for_header
from exports.importing.heading_words import HEADING_WORDS, NUMBERED_HEADING_WORDS, alternation, is_amount

# "DAB 1", "VAWG-3", "PROVUL8.5": a code of up to eight capitals, then the number
_CODED_REF = re.compile(r"^\s*[A-Z]{1,8}[ -]?\d{1,3}(?:\.\d{1,3})*[a-z]?\s*$")
_LETTERED_REF = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?[a-z]\*?\s*$")  # "1a", "2.1c", "1d*" (a plan's own mark)
_REF_TOKEN = re.compile(r"\d+(?:\s*\.\s*\d+)*")
_HEADING = re.compile(
    r"^\s*(?:(?:objective|priority|aim|theme|strategic aim|section|outcome)\s*)?"
    r"(\d{1,2})\s*[.:)]?\s*(?:[-–—:]\s*)?([A-Za-z][^\n]{1,150})$",
    re.IGNORECASE,
)
# "Priority area for the people who use our services: 1. Finding the right accommodation": a label
# opening with a heading word, a colon, then the heading's number (with its stop) and title
_LABELLED_NUMBER = re.compile(
    rf"^\s*(?:strategic\s+|key\s+)?(?:{alternation(HEADING_WORDS)})\b[^:\n\d]{{0,80}}:\s*"
    r"(\d{1,2})\s*[.):]\s+([A-Za-z][^\n]{1,150})$",
    re.IGNORECASE,
)
_KEYED_HEADING = re.compile(
    rf"^\s*(?:strategic\s+|key\s+)?(?:{alternation(NUMBERED_HEADING_WORDS)})"
    r"\s+([0-9]{1,2}|[a-z]{1,6})\b\s*[.:)]?\s*(?:[-–—:]\s*)?([^\n]{0,150})$",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1
    )
}
_ROMAN = {
    numeral: number
    for number, numeral in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), start=1
    )
}
# "- 1.1 All victims…", "Objective 1.2: Safer routes", "1.3. Fewer…": an objective listed by its ref
_OUTLINE_OBJECTIVE = re.compile(
    r"^[•\-*\s]*(?:(?:strategic\s+|key\s+)?(?:objective|aim|outcome|goal|priority|theme)\s+)?(\d{1,2}\.\d{1,2})\.?"
    r"(?:\s*[:–—-])?\s+(\S.*)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•\-*▪◦‣●o]|\d{1,2}[.)])\s+")
_GLOSSARY_LINE = re.compile(r"^\s*([^\s–—:-][^–—:]{0,60}?)\s+[–—-]\s+(\S.*)$")
_STILL_TO_AGREE = re.compile(
    r"^(?:leads?\s+)?(?:is\s+|are\s+)?(?:still\s+)?to be (?:agreed|confirmed|determined|decided|identified)\b"
)
_ONLY_REFS = re.compile(r"^[\d.\s,;/&]+$")
_JOINS = re.compile(r"(?:,|&|/|-|\b(?:and|of|for|the|with))$", re.IGNORECASE)
NO_LEAD = {"tba", "tbc", "to be agreed", "to be confirmed", "to be determined", "tbd", "none", "n/a", "na", "-", "?"}


@dataclass(frozen=True)
class RefCell:
    """What a Ref cell says: objective refs ("1.2 2.2"), an action's own ref ("1.1.1"), and noise."""

    objective_refs: tuple[str, ...] = ()
    action_ref: str = ""
    ignored: str = ""
    priority_codes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.objective_refs or self.action_ref or self.priority_codes)

    @property
    def numbers_row(self) -> bool:
        """Whether the cell numbers its own row: an action's ref, or one plain number ("2.").

        Beside an objective cell that changes, such a ref starts an objective group of its own. A
        review's action plan numbers its recommendations so ("No. | Recommendation | Proposed
        Actions"), each row's recommendation the objective of the actions proposed in it; read with
        the group above, the second recommendation's actions went under the first and it was lost.
        """
        return bool(self.action_ref) or (len(self.priority_codes) == 1 and not self.objective_refs)


def parse_ref_cell(text: str) -> RefCell:
    """ "1.2 2.2 3.3" -> objectives 1.2, 2.2, 3.3; "4. 4" -> 4.4; "1.1.1" -> action 1.1.1 of 1.1.

    Letters around the numbers ("Funding2.2", page furniture like "6 S N N") are kept aside in
    ``ignored`` so the preview can show what was dropped.
    """
    if bracketed := bracketed_ref(text):  # "2 (i)": part (i) of recommendation 2, the row's own code
        return RefCell(action_ref=bracketed)
    code = _CODED_REF.match(text) or _LETTERED_REF.match(text)
    if code:  # "DAB 1", "VAWG-3", "P2.1", "1a", "2c*": the plan's own code for the action
        return RefCell(action_ref=" ".join(code.group(0).split()))
    objective_refs: list[str] = []
    priority_codes: list[str] = []
    action_ref = ""
    for token in _REF_TOKEN.findall(text):
        ref = re.sub(r"\s+", "", token).strip(".")
        parts = ref.split(".")
        if len(parts) >= 3 and not action_ref:
            action_ref = ref
            objective_refs.append(".".join(parts[:2]))
        elif len(parts) == 2:
            objective_refs.append(ref)
        elif len(parts) == 1:
            priority_codes.append(ref)
    ignored = " ".join(_REF_TOKEN.sub(" ", text).split()).strip(".,;")
    return RefCell(tuple(dict.fromkeys(objective_refs)), action_ref, ignored, tuple(dict.fromkeys(priority_codes)))


def parse_priority_heading(text: str) -> tuple[str, str] | None:
    """("2", "Partnership Working") from "Objective 2 – Partnership Working" or "2. Partnership";
    ("3", "To protect…") from "Objective three: To protect…"; "Strategic priority II", "Aim C", "Theme 4:".

    A number in words, a roman numeral or a letter counts only after a word such as Priority or
    Aim, and such a heading may have no title of its own ("Priority 2 –").
    """
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    first_line = without_page_number(first_line)
    if len(first_line) > 160 or _outline_objective(first_line) or names_its_page(first_line):
        return None
    keyed = _KEYED_HEADING.match(first_line)
    if keyed:
        number = _heading_number(keyed.group(1))
        after = first_line[keyed.end(1) :].lstrip()
        if not keyed.group(1).isdigit() and after and after[0] not in ".:)-–—":
            number = None  # "Aim a healthier…": a word after Aim, not a letter numbering it
        if number is not None:
            return str(number), keyed.group(2).strip(" .:-–—")
    if (labelled := _LABELLED_NUMBER.match(first_line)) and not is_label_line(first_line):
        return labelled.group(1), labelled.group(2).strip(" .:-–—")
    match = _HEADING.match(first_line)
    if match is None:
        return qualified_heading(first_line)
    return match.group(1), match.group(2).strip(" .:-–—")


def is_keyed_heading(text: str) -> bool:
    """A heading that says what it numbers ("Theme 1:", "Priority two –"), not a bare "1. Introduction"."""
    return bool(_KEYED_HEADING.match(text.strip())) and parse_priority_heading(text) is not None


def objective_title(text: str) -> str:
    """ "All frontline staff…" from an objective cell "Outcome 1: All frontline staff…": the heading word
    and number opening the cell say what the cell is, not what the objective is called."""
    first, _, rest = text.partition("\n")
    heading = parse_priority_heading(first) if is_keyed_heading(first) else None
    if heading is None or not heading[1]:
        return "\n".join(part for part in (without_label(first), rest) if part)
    return "\n".join(part for part in (heading[1], rest) if part)


def _heading_number(token: str) -> int | None:
    token = token.casefold()
    if token.isdigit():
        return int(token)
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    if token in _ROMAN:
        return _ROMAN[token]
    if len(token) == 1 and "a" <= token <= "l":
        return ord(token) - ord("a") + 1
    return None


def without_page_number(text: str) -> str:
    """A line of a contents list without its leader and page number ("1.2 Safer routes ..... 4").

    The leader is a run of three or more dots, of ellipses, or of ". " three or more times, with
    spaces either side, or spaces holding a tab; the page number is one to three digits at the end.
    Read from the end by hand: as a regex (a leader, then the number, then $) each start in a long
    run of dots or tabs scanned the whole run again, and on 4,000 tabs it took minutes.
    """
    body = text.rstrip()
    number = len(body)
    while number > 0 and len(body) - number <= 3 and body[number - 1].isdecimal():
        number -= 1
    if number == len(body) or len(body) - number > 3:
        return text
    start = _leader_start(body[:number])
    return text if start is None else text[:start]


def _leader_start(before: str) -> int | None:
    """Where the leader ending ``before`` starts, with the spaces ahead of it, or None for none."""
    line = before.rstrip()
    gap = before[len(line) :]
    core = None
    if line.endswith("…"):
        core = len(line.rstrip("…"))
    elif line.endswith("..."):
        core = len(line.rstrip("."))
    elif line.endswith(".") and gap:  # ". . . ": the last dot's space is the gap's first
        core = len(line) - 1
        while core >= 2 and line[core - 1].isspace() and line[core - 2] == ".":
            core -= 2
        if len(line) - core < 5:  # fewer than three dots
            core = None
    if core is not None:
        return len(line[:core].rstrip())
    return len(line) if "\t" in gap else None


def parse_outline_objective(text: str) -> tuple[str, str] | None:
    """("1.1", "All victims …") from a listed objective such as "- 1.1 All victims …", or a contents
    list's "Objective 1.1: All victims …\t4"."""
    match = _outline_objective(without_page_number(text.strip()))
    return (match.group(1), match.group(2).strip()) if match else None


def _outline_objective(line: str) -> re.Match | None:
    """The line as a listed objective, unless its number is an amount ("2.5 million people live…")."""
    match = _OUTLINE_OBJECTIVE.match(line)
    return None if match is None or is_amount(match.group(1), match.group(2)) else match


def parse_glossary_line(text: str) -> tuple[str, str] | None:
    """("DAA", "Domestic Abuse Advisors …") from "DAA – Domestic Abuse Advisors …"."""
    match = _GLOSSARY_LINE.match(text)
    return (match.group(1).strip(), match.group(2).strip()) if match else None


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def split_bullets(text: str) -> list[str]:
    """Several actions from one cell of bullet lines; a cell with fewer than two bullets stays whole.

    A plain line before a list ("Develop the following new training:") introduces the bullets
    under it, so each action keeps it as context.
    """
    lines = [line.strip() for line in _inline_bullets(text).splitlines() if line.strip()]
    if sum(1 for line in lines if is_bullet(line)) < 2:
        return [text.strip()]
    actions: list[str] = []
    preamble = ""
    for line in lines:
        if is_bullet(line):
            item = _BULLET.sub("", line).strip()
            if preamble:
                joiner = " " if preamble.endswith(":") else ": "
                item = f"{preamble}{joiner}{item}"
            actions.append(item)
        else:
            preamble = line
    return actions


def _inline_bullets(text: str) -> str:
    """Bullets flattened onto one line by a CSV export ("… including: • A • B") get their lines back."""
    # From the start of a run of spaces only: from each space of a long run a search ran the run again
    return re.sub(r"(?<!\s)\s+•\s*", "\n• ", text)


def is_no_lead(text: str) -> bool:
    """ "TBC", or a sentence saying the lead is still to be agreed ("Leads to be agreed at the next meeting")."""
    words = " ".join(text.casefold().split()).strip(".")
    return words in NO_LEAD or bool(_STILL_TO_AGREE.match(words))


@dataclass(frozen=True)
class LeadCell:
    """What a Lead cell says: the lead, any partners named on further lines, and why it has no lead."""

    lead: str
    partners: tuple[str, ...] = ()
    no_lead: str = ""  # the cell's text when it names no lead ("TBC", "1.2.1 1.2.2")


def read_lead_cell(text: str) -> LeadCell:
    """ "Police\nProbation" -> lead Police, partner Probation; "TBC" or a cell of refs only -> no lead.

    A line that ends on a joining word or comma, or a next line starting in lower case, is one name
    wrapped over two lines, never two organisations; a semicolon ending a line separates two names.
    """
    text = text.strip()
    if not text:
        return LeadCell("")
    if is_no_lead(text) or _ONLY_REFS.match(text):
        return LeadCell("", (), text)
    names: list[str] = []
    for written in text.splitlines():
        line = written.strip(" •-")
        added = line.startswith("+")  # "+ lead for each agency": one more body, whatever its case
        line = line.lstrip("+ ")
        if not line:
            continue
        if names and not added and (_JOINS.search(names[-1]) or line[0].islower()):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    names = [name.rstrip(" ;") for name in names]  # "Youth Service;" above "Child Action Northwest;": a list
    names = [person for name in names for person in people_named(name)]
    if not names:  # only bullet marks or dashes ("•", "-"): no one named
        return LeadCell("")
    return LeadCell(names[0], tuple(name for name in names[1:] if name))


def starts_as_continuation(text: str) -> bool:
    """Text that starts mid-sentence (lower case or punctuation) continues the cell above."""
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0].islower() or stripped[0] in ",;:)&")


_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z /]{1,30}?)\s*(?:[:–—]|\s-)\s*\S")
# What a line such as "Priority Owner – Safeguarding Partnership" labels: a detail of the plan, not a heading
_LABEL_FIELDS = {"lead", "partners", "timescale", "status", "comments", "evidence", "resources"}


def is_label_line(text: str) -> bool:
    """ "Priority Owner – …", "Lead officer: …", "Review date: …": a label and its value, not a heading."""
    match = _LABEL.match(text)
    if not match:
        return False
    label = match.group(1)  # read by its whole words and by its last word ("Priority Owner" is an owner)
    return bool({field_for_header(label), field_for_header(label.split()[-1])} & _LABEL_FIELDS)


# "The Cross-Government Action Plan Objective: Increase…", "Sheffield Strategic Goal - Increase…:":
# a heading with no number, named by the word before its colon or dash, perhaps after a label
_NAMED_HEADING = re.compile(
    r"^(?:[A-Za-z][\w'’-]*\s+){0,10}?(?:strategic\s+|key\s+)?"
    rf"({alternation(HEADING_WORDS)})s?\s*(?::|\s[-–—])\s*(\S.{{5,200}})$",
    re.IGNORECASE,
)
MIN_NAMED_TITLE_WORDS = 3


# "… Stalking & Harassment 2020-2021", "(2024/28)": the years a heading's work runs, closing its line
_YEAR_SPAN = re.compile(r"[\s,(]+(?:19|20)\d\d\s*(?:[-–—/]|\bto\b)\s*(?:(?:19|20)\d\d|\d\d)\)?$", re.IGNORECASE)


def parse_named_heading(text: str) -> tuple[str, str] | None:
    """("objective", "Increase confidence…") from "The Action Plan Objective: Increase confidence…";
    the word that names what it heads, and the title. None for a numbered heading or a short line.

    A year span closing the line ("Strategic Crime Priority – Domestic Abuse 2020-2021") is when the
    work runs, the plan's period, not the name: the title is read without it."""
    match = _NAMED_HEADING.match(" ".join(text.split()))
    if not match:
        return None
    title = _YEAR_SPAN.sub("", match.group(2)).strip(" .:-–—")
    return (match.group(1).casefold(), title) if len(title.split()) >= MIN_NAMED_TITLE_WORDS else None
