"""Plans written as headings and bullet lists, with no table: read as tables of actions.

Many partnerships publish a plan as a web page or a Word document of headings, each followed by a
list ("Outcome 1: …", "Actions", then a bullet a line), not as a table. Copied into Word, pasted into
a sheet (a line a row, one column) or printed to PDF, such a plan has no table with an Action column,
and was refused. Here each list of actions becomes a table of its own, in reading order: an
"Objective" column holding the line that heads the list, an "Action" column holding one item a row,
the heading above it (a priority) as the table's heading; the plan builder then reads those tables
as it reads any other, so refs, periods and headings are understood the same way.

- **Which lists are actions.** When the plan introduces its actions with a label ("Actions", "What
  we will do:", "Our actions", "How we will get there"), only the lists right under such a label are
  actions: a list inside a definition ("It can include … the following:") is not. With no such label
  anywhere, every list is.
- **The list's objective.** The line right above the list (or above its label): a numbered heading
  under the plan's top-level heading ("Outcome 2: …" under "Priority 1 - Prepare"), or a sentence
  ("To reduce the harm caused by…"); a paragraph of two or more sentences between them argues the
  case and is passed over (``app/importing/prose_lines.py``). A short line with no number ("Domestic
  Abuse"), or a heading of the plan's top level ("Priority 2: …"), heads the lists under it as their
  priority instead. A label may say when its list is for ("Over the next four years we will:").
- **A template's labels.** A heading names one part of the plan, so it is written once. A short line
  written twice or more word for word is a field of a record the page repeats (a table printed as a
  page: "Desired outcome", "Detail", "RAG" under each recommendation) or a value ("Green"): it is no
  priority, and a list with only such lines above it (since the last list) belongs to the same
  record as that list, under its objective. Under a heading that is no objective (a priority: the
  same themes "Prevention", "Protection" under each), such a line is the list's objective.
- **A sheet's lines are its paragraphs.** One-column sheets read so are the document's paragraphs
  too, as a Word file's are, so a label over its words ("Priority three", then the priority's
  sentence) titles the priority from a sheet as from Word.
- **A record's progress.** A record's later list whose items report what was done ("Training has
  been provided", "Youth Justice Plan completed and submitted", "…now in place"), none written as
  still to do, is the progress made on the record's actions (a "Detail" or "Update" list beside the
  "Desired outcome" list, then the RAG rating), not more actions: it becomes a Progress column, the
  same for each of the record's actions, as a Progress cell merged down their rows reads. The label
  above it decides nothing ("Detail" names the action in other plans); the record's first list is
  always its actions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.importing.listed_priorities import announces
from app.importing.numbered_lines import names_a_level, numbered_runs
from app.importing.numbered_steps import is_how_label, numbered_steps
from app.importing.plan_sentences import announces_priorities, lead_named, with_lead
from app.importing.progress_lines import is_progress_list
from app.importing.prose_lines import objective_line
from app.importing.text import is_bullet, is_label_line, parse_named_heading, parse_priority_heading
from exports.importing import RawDocument, RawTable
from exports.importing.headers import field_for_header
from exports.importing.title_lines import names_the_plan

OUTLINE_HEADER = ("Objective", "Action")
PROGRESS_HEADER = "Progress"  # read as the comments column, as any plan's Progress column is
NAMED_TOP = "named:"  # the top level is a heading word in words, not numbered
MAX_PRIORITY_LINE = 80  # a line with no number longer than this is prose, not a heading
# the whole line ("Actions", "What we will do:", "How we will get there"), never a sentence opening so
_ACTION_LABEL = re.compile(
    r"(?:(?:key|our|planned|proposed|priority)\s+)?actions?(?:\s+(?:we\s+will\s+take|planned))?"
    r"|what\s+(?:we\s+will|will\s+we)\s+do(?:\s+next)?"
    # "We will:", and with the time the list is for: "Over the next four years we will:"
    r"|(?:(?:over|during|in|within|by|for|this|next|across)\s[^:;.]{1,40}?,?\s+)?we\s+will"
    r"|how\s+(?:we\s+will|will\s+we)\s+(?:get\s+there|achieve\s+(?:this|it)|do\s+(?:this|it)|deliver\s+(?:this|it))",
    re.IGNORECASE,
)
# "Examples of New Actions:", "Agreed partnership actions:": a short label, its colon written, whose
# last word names what the list under it holds
_NAMED_ACTIONS_LABEL = re.compile(r"(?:[\w’'-]+\s+){0,5}actions\s*:", re.IGNORECASE)
_BULLET_MARK = re.compile(r"^\s*[•\-*▪◦‣●]\s+")
# a web page's link back up the page, which a copy of the page carries at the end of each section
_PAGE_LINK = re.compile(
    r"(?:(?:back|return|go|jump|skip)\s+)?(?:to\s+)?(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?"
    r"|(?:back|return)\s+to\s+(?:the\s+)?(?:contents|top)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Line:
    text: str
    row: int  # the file row (a sheet) or the paragraph's place (Word, PDF)
    bullet: bool


def outline_document(document: RawDocument) -> RawDocument:
    """``document`` with its bullet lists read as tables when it holds no table of more than one
    column (a Word file or PDF of paragraphs, sheets of one column, each read on its own); otherwise
    unchanged."""
    if any(table.rows and table.width > 1 for table in document.tables):
        return document
    tables: list[RawTable] = []
    listed: set[str] = set()  # the lines of numbered lists written a line each
    sources = _sources(document)
    for part, raw in sources:
        lines = _lines(raw)
        if sum(line.bullet for line in lines) >= 2:
            tables.extend(_tables(document, lines, part, len(tables)))
            listed.update(lines[place].text for place in _numbered_list(lines))
    if not tables:
        return document
    # A list's objective line now lives in its table; read again among the paragraphs, "Outcome 2: …"
    # would be a heading with nothing under it, noted as a section left out. A numbered list's lines
    # ("1. fairness") are no headings either: read so, the first would take the lists no heading
    # places (priority 1).
    objectives = {row[0] for table in tables for row in table.rows[1:] if row[0]}
    dropped = objectives | listed
    paragraphs = tuple(text for text in _paragraphs(document) if " ".join(text.split()) not in dropped)
    return replace(document, tables=tuple(tables), paragraphs=paragraphs)


def _sources(document: RawDocument) -> list[tuple[str, list[tuple[str, int]]]]:
    """Each sheet's lines (a line a row, with its row number), or the paragraphs of a Word file or PDF."""
    sheets = [table for table in document.tables if table.rows]
    if sheets:
        return [
            (table.part, [(row[0], number) for row, number in zip(table.rows, table.row_numbers, strict=True) if row])
            for table in sheets
        ]
    return [("paragraphs", [(text, number) for number, text in enumerate(document.paragraphs, start=1)])]


def _paragraphs(document: RawDocument) -> tuple[str, ...]:
    """The document's free paragraphs; for sheets of one column (a page pasted a line a row), the lines
    that are no list item, read as the page's paragraphs would be (a heading, a numbered line), and
    a list right under a line announcing the plan's priorities (``listed_priorities``)."""
    if document.paragraphs or not any(table.rows for table in document.tables):
        return document.paragraphs
    lines = [line for _, raw in _sources(document) for line in _lines(raw)]
    kept, listing = [], False
    for line in lines:  # a list of the plan's priorities stays, as Word's paragraphs keep it
        if not line.bullet or listing:
            kept.append(f"• {line.text}" if line.bullet else line.text)
            listing = announces(line.text) if not line.bullet else listing
    return tuple(kept)


def _lines(raw: list[tuple[str, int]]) -> list[_Line]:
    written = [(" ".join(text.split()), number) for text, number in raw]
    # "Top of page", written word for word after each section, is no heading nor objective
    written = [(text, number) for text, number in written if text and not _is_page_link(text, written)]
    steps = numbered_steps([text for text, _ in written])  # "1. audits…" under "We'll do this through:"
    lines: list[_Line] = []
    for place, (text, number) in enumerate(written):
        bullet = place in steps or (is_bullet(text) and bool(_BULLET_MARK.match(text)))
        text = steps.get(place) or (_BULLET_MARK.sub("", text) if bullet else text)
        lines.append(_Line(text, number, bullet))
    bullets = [line.bullet for line in lines]
    numbered = numbered_runs([line.text for line in lines], bullets)  # "2.1 Reduce…", "2.2 Reduce…": a list too
    return [replace(line, bullet=True) if place in numbered else line for place, line in enumerate(lines)]


def _is_page_link(text: str, written: list[tuple[str, int]]) -> bool:
    """A link back up the page ("Top of page", "Back to top"): such a line, written more than once."""
    link = _PAGE_LINK.fullmatch(text.strip().rstrip(".").strip())
    return bool(link) and sum(other == text for other, _ in written) > 1


def _is_action_label(text: str) -> bool:
    return bool(
        _ACTION_LABEL.fullmatch(text.strip().rstrip(":").strip())
        or _NAMED_ACTIONS_LABEL.fullmatch(text.strip())
        or is_how_label(text)
    )


def _tables(document: RawDocument, lines: list[_Line], part: str, first: int) -> list[RawTable]:
    labelled = any(not line.bullet and _is_action_label(line.text) for line in lines)
    listed = _numbered_list(lines)
    top_word = _top_heading_word([line for place, line in enumerate(lines) if place not in listed])
    repeated = _repeated_lines(lines)
    tables: list[RawTable] = []
    priority = objective = ""  # the line heading the lists under it; the last list's objective
    lead_in: list[_Line] = []  # the lines since the last list
    record: list[_Line] = []  # the items of the last table made, while its record goes on
    progress: list[_Line] = []  # the record's lists that report what was done
    in_record = False  # the last list's objective is a line written once (a record's heading)
    announced = announces_priorities([line.text for line in lines if not line.bullet])
    made = False  # the last list was read as actions (a lead sentence after it names their lead)
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.bullet:
            if made and not lead_in and (lead := lead_named(line.text)):
                tables[-1] = with_lead(tables[-1], lead)
            if index not in listed and line.text not in repeated and _heads_lists(line.text, top_word, document.title):
                priority = line.text
            lead_in.append(line)
            index += 1
            continue
        items = []
        while index < len(lines) and lines[index].bullet:
            items.append(lines[index])
            index += 1
        label = bool(lead_in) and _is_action_label(lead_in[-1].text)
        own = [entry.text for entry in lead_in if not _is_action_label(entry.text) and entry.text not in repeated]
        recurring = [entry.text for entry in lead_in if entry.text in repeated]
        same_record = in_record and bool(recurring) and not own
        if not same_record:
            # only lines under the heading over the list state its objective, the heading itself none
            stated = own[len(own) - own[::-1].index(priority) :] if priority in own else own
            objective = _objective(objective_line(stated), top_word, document.title, priority)
            if announced and objective:  # "…objectives…, which will be our priorities"
                priority, objective = objective, ""
            in_record = bool(objective)
            named = [text for text in recurring if not names_a_level(text)]  # "Objectives": the list's label
            if not objective and named:  # a sub-heading written under each priority ("Prevention")
                objective = named[-1]
        if same_record and record and is_progress_list([item.text for item in items]):
            progress.extend(items)  # what was done on the record's actions, whatever its label
            tables[-1] = _table(document, part, tables[-1].index, priority, objective, record, progress)
        elif (fields := _record_fields(lead_in, items)) is not None:
            tables = _add_record(document, part, first, tables, priority, fields, items[0].row)
            record, progress = [], []
        elif not labelled or label:
            if same_record and record:  # the record's next list: one table, so one objective
                record.extend(items)
                tables[-1] = _table(document, part, tables[-1].index, priority, objective, record, progress)
            else:
                record, progress = items, []
                tables.append(_table(document, part, first + len(tables), priority, objective, items))
        else:
            record, progress = [], []
        made = bool(tables) and tables[-1].row_numbers[-1] == items[-1].row
        lead_in = []
    return tables


# "Action - continue to work…", "year - ongoing", "Lead: Clerk": a field's label and its value
_FIELD_LINE = re.compile(r"^([A-Za-z][A-Za-z /]{1,30}?)\s*(?::|\s[-–—])\s*(\S.*)$")
_BARE_REF = re.compile(r"^\d{1,2}(?:\.\d{1,3})*\.?$")


def _field_line(text: str) -> tuple[str, str] | None:
    """A line's label (as written) and value, when the label names a column of a plan."""
    match = _FIELD_LINE.match(text)
    return (match.group(1).strip(), match.group(2)) if match and field_for_header(match.group(1)) else None


def _record_fields(lead_in: list[_Line], items: list[_Line]) -> list[tuple[str, str]] | None:
    """An action written as a record: its number on a line ("3.1"), "Action - …", then a list of its
    other fields, each labelled ("target / outcome - …", "year - ongoing"). The list holds the
    action's details, not actions: the fields (label, value) of one row, the ref first; else None."""
    if not lead_in or not items:
        return None
    action = _field_line(lead_in[-1].text)
    details = [_field_line(item.text) for item in items]
    if action is None or field_for_header(action[0]) != "activity" or not all(details):
        return None
    ref = lead_in[-2].text if len(lead_in) > 1 and _BARE_REF.match(lead_in[-2].text) else ""
    return [("Ref", ref), ("Action", action[1]), *(detail for detail in details if detail)]


def _add_record(
    document: RawDocument, part: str, first: int, tables: list[RawTable], priority: str, fields, row: int
) -> list[RawTable]:
    """The record as a row of a table: of the last table when that holds records of the same labels
    under the same heading, else of a new one."""
    header = tuple(label for label, _ in fields)
    values = tuple(value for _, value in fields)
    last = tables[-1] if tables else None
    if last is not None and last.rows[0] == header and last.preceding == ((priority,) if priority else ()):
        grown = replace(last, rows=(*last.rows, values), row_numbers=(*last.row_numbers, row))
        return [*tables[:-1], grown]
    table = RawTable(
        file=document.file,
        part=part,
        index=first + len(tables),
        rows=(header, values),
        row_numbers=(row, row),
        preceding=(priority,) if priority else (),
        notes=("read from records each an action and its labelled details (the plan has no table)",),
        heading="" if parse_priority_heading(priority) else priority,
    )
    return [*tables, table]


def _repeated_lines(lines: list[_Line]) -> set[str]:
    """The short lines other than list items (and action labels) written twice or more: a template's
    labels and values, or a sub-heading written under each priority."""
    counts = Counter(
        line.text
        for line in lines
        if not line.bullet and len(line.text) <= MAX_PRIORITY_LINE and not _is_action_label(line.text)
    )
    return {text for text, count in counts.items() if count > 1}


_COUNTED = re.compile(r"(\d{1,2})[.)]\s+\S")


def _numbered_list(lines: list[_Line]) -> set[int]:
    """The places of lines numbered 1, 2, 3… one right under the other, no list between them (a
    plan's principles, "1. fairness", "2. openness"): a list written a line each, not headings, as
    a heading has something under it before the next. Under a line announcing the plan's priorities
    ("Our priorities are:") such a list names them, and is kept."""
    listed: set[int] = set()
    run: list[int] = []
    for place, line in enumerate([*lines, _Line("", 0, False)]):
        if run == [place - 1] and place > 1 and announces(lines[place - 2].text):
            run = []
        match = None if line.bullet else _COUNTED.match(line.text)
        number = int(match.group(1)) if match else 0
        if number and run and number == len(run) + 1:
            run.append(place)
            continue
        if len(run) >= 2:
            listed.update(run)
        run = [place] if number == 1 else []
    return listed


def _top_heading_word(lines: list[_Line]) -> str:
    """The word of the plan's first numbered heading ("priority" in "Priority 1 - Prepare"): the top
    level; failing one, the word of its first heading named by what it heads ("Strategic Crime
    Priority – …"), marked "named:"."""
    for line in lines:
        if not line.bullet and parse_priority_heading(line.text):
            return line.text.split()[0].casefold()
    named = next((found for line in lines if not line.bullet and (found := _named_heading(line.text))), None)
    return f"{NAMED_TOP}{named[0]}" if named else ""


def _named_heading(text: str) -> tuple[str, str] | None:
    """A line naming what it heads ("Strategic Crime Priority – Domestic Abuse"), unless it is a
    sentence: "Aim: To reach families sooner." states the aim of the lists under it, as a heading
    never ends on a full stop."""
    return None if text.rstrip().endswith((".", "!", "?")) else parse_named_heading(text)


def _heads_lists(text: str, top_word: str, title: str) -> bool:
    """A priority heading: a numbered heading of the top level, or a short line with no number that
    is neither a sentence nor a label (nor the document's title, which names the plan).

    Where the plan names its top level in words ("Strategic Crime Priority – Domestic Abuse…"), only
    a heading so named heads the lists: the short lines under it ("Domestic Abuse" over a definition,
    "Domestic Abuse Action Plan 2020 - 2021" over the actions) are its parts."""
    if parse_priority_heading(text):
        return text.split()[0].casefold() == top_word
    if top_word.startswith(NAMED_TOP):
        named = _named_heading(text)
        return named is not None and f"{NAMED_TOP}{named[0]}" == top_word
    if text == title or _is_action_label(text) or is_label_line(text) or len(text) > MAX_PRIORITY_LINE:
        return False
    return not text.endswith((".", ":", ";")) and text[:1].isupper()


def _objective(text: str, top_word: str, title: str, priority: str) -> str:
    """The list's objective: the line above it, unless that line heads the lists as their priority,
    introduces a list ("…the following:") or names the plan ("Domestic Abuse Action Plan 2020 - 2021",
    a heading of the plan's actions, not what they achieve)."""
    if not text or text == priority or text.endswith(":") or _heads_lists(text, top_word, title):
        return ""
    return "" if names_the_plan(text) else text


def _table(
    document: RawDocument,
    part: str,
    index: int,
    priority: str,
    objective: str,
    items: list[_Line],
    progress: Sequence[_Line] = (),
) -> RawTable:
    numbered = bool(parse_priority_heading(priority))
    notes = [f"read from a list of {len(items)} items under a heading (the plan has no table)"]
    if progress:
        done = "\n".join(line.text for line in progress)
        rows = (OUTLINE_HEADER + (PROGRESS_HEADER,), *((objective, item.text, done) for item in items))
        notes.append(f"a list of {len(progress)} items reporting what was done: kept as the progress of each action")
    else:
        rows = (OUTLINE_HEADER, *((objective, item.text) for item in items))
    return RawTable(
        file=document.file,
        part=part,
        index=index,
        rows=rows,
        row_numbers=(items[0].row, *(item.row for item in items)),
        preceding=(priority,) if priority else (),
        notes=tuple(notes),
        heading="" if numbered else priority,
        list_items=True,
    )
