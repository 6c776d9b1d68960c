"""Turning raw tables and a column mapping into a PlanDraft, explaining every judgement made.

The document's free paragraphs (objective lists, headings, glossary lines) and glossary tables are
read here; each action table is read row by row by ``app/importing/action_table.py``, whose
docstring lists the row rules. Every row the builder looks at gets a role in ``BuildResult.rows``
for the import review (``app/importing/corrections.py``), and ``roles`` passed in (the user's
choices) replace the builder's own judgement for those rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from app.importing.action_table import MAX_TERM, MAX_TITLE, ActionTable
from app.importing.corrections import RowRole
from app.importing.listed_priorities import ListedPriorities
from app.importing.listed_titles import ListedTitles
from app.importing.text import (
    is_keyed_heading,
    is_label_line,
    parse_glossary_line,
    parse_outline_objective,
    parse_priority_heading,
    starts_as_continuation,
    without_page_number,
)
from app.importing.whole_plan import plan_period, read_in_period, split_joined_leads
from app.importing.word_usage import WordUsage, word_usage
from app.plan_setup.leads import normalise_lead_name
from app.plans.draft import GlossaryDraft, LeadDraft, ObjectiveDraft, PlanDraft, PriorityDraft
from app.timescale import TimescaleKind, parse_timescale
from exports.importing.source import RawDocument, RawTable, SourceLocation
from exports.importing.table_guess import TableGuess


@dataclass(frozen=True)
class UnparsedTimescale:
    location: str
    ref: str
    text: str


@dataclass
class BuildResult:
    draft: PlanDraft
    notes: list[str] = field(default_factory=list)
    unparsed_timescales: list[UnparsedTimescale] = field(default_factory=list)
    action_locations: list[SourceLocation] = field(default_factory=list)
    # (table index, row index) -> (role, what it made: an action or objective ref, a priority code)
    rows: dict[tuple[int, int], tuple[RowRole, str]] = field(default_factory=dict)
    action_rows: list[tuple[int, int]] = field(default_factory=list)  # the row each action came from


def build_draft(
    document: RawDocument,
    guesses: dict[int, TableGuess],
    split_bullet_cells: bool = False,
    lead_groups: Iterable[tuple[str, ...]] = (),
    title: str = "",
    roles: dict[tuple[int, int], RowRole] | None = None,
) -> BuildResult:
    """The plan in ``document``; ``roles`` are rows whose role the user chose in the review."""
    builder = Builder(document, split_bullet_cells)
    builder.chosen_roles = roles or {}
    builder.read_paragraphs()
    for table in document.tables:
        guess = guesses[table.index]
        where = f"{table.file}, {table.part}" if table.part else table.file
        builder.result.notes.extend(f"{where}: {note}." for note in table.notes)
        if guess.kind == "glossary":
            builder.read_glossary(table, guess)
        elif guess.kind == "actions":
            builder.read_actions(table, guess)
        else:
            builder.result.notes.append(f"{where} left out ({guess.reason}).")
            builder.result.rows.update({(table.index, row): (RowRole.LEFT_OUT, "") for row in range(len(table.rows))})
    return builder.finish(lead_groups, title)


class Builder:
    def __init__(self, document: RawDocument, split_bullet_cells: bool) -> None:
        self.document = document
        self.split = split_bullet_cells
        self.result = BuildResult(PlanDraft(title=""))
        self.priorities: dict[str, PriorityDraft] = {}
        self.objectives: dict[str, ObjectiveDraft] = {}
        self.outline_refs: set[str] = set()
        self.action_refs: set[str] = set()
        self.ref_counters: dict[str, int] = {}
        self.title_hint = ""  # a title row above a sheet's headers
        self.chosen_roles: dict[tuple[int, int], RowRole] = {}
        self.from_paragraphs: set[str] = set()  # priorities first named by a heading in the text
        self.bare_titles: set[str] = set()  # ... by a bare number ("1 Introduction"), not "Theme 1"
        self.used_priorities: set[str] = set()  # priorities a table's rows were read under
        self.announced = ListedPriorities()  # priorities the plan lists by number under a line naming them

    @cached_property
    def usage(self) -> WordUsage:
        """How the document writes its words (read once, when a row first asks)."""
        return word_usage(self.document)

    # -- structure -------------------------------------------------------------------------
    def paragraph_heading(self, heading: tuple[str, str], keyed: bool) -> None:
        """A numbered heading in the text. "Theme 1: Prevention" names priority 1 even where a bare
        "1 Introduction" (the document's own section numbering) named it first."""
        code, title = heading
        if code not in self.priorities:
            self.from_paragraphs.add(code)
            if not keyed:
                self.bare_titles.add(code)
        if keyed and code in self.bare_titles and title:
            self.priorities[code].title = title[:MAX_TITLE]
            self.bare_titles.discard(code)
        self.priority(code, title)

    def priority(self, code: str, title: str = "") -> PriorityDraft:
        priority = self.priorities.get(code)
        if priority is None:
            priority = self.priorities[code] = PriorityDraft(code, title[:MAX_TITLE])
        elif title and (not priority.title or _fuller(title, priority.title)):
            priority.title = title[:MAX_TITLE]
        return priority

    def objective(self, ref: str, text: str = "") -> ObjectiveDraft:
        objective = self.objectives.get(ref)
        if objective is None:
            objective = self.objectives[ref] = ObjectiveDraft(ref, text)
            self.priority(ref.split(".")[0]).objectives.append(objective)
        elif text and not objective.text:
            objective.text = text
        return objective

    def new_objective(self, code: str, text: str) -> str:
        priority = self.priority(code)
        number = len(priority.objectives) + 1
        while f"{code}.{number}" in self.objectives:
            number += 1
        return self.objective(f"{code}.{number}", text).ref

    def next_priority_code(self) -> str:
        """The next number after those the plan's priorities hold. A numbered line with nothing read
        under it yet ("1 Introduction", or "1. audits…", a step read as an action of its list) is a
        section left out, so holds none: its number goes to the new priority, the line left out now."""
        numbers = [int(code) for code in self.priorities if code.isdigit() and not self._bare_section(code)]
        code = str(max(numbers, default=0) + 1)
        if code in self.priorities:
            self._leave_out(code)
        return code

    def _bare_section(self, code: str) -> bool:
        """A heading of the text with nothing under it, nor listed among the plan's priorities."""
        return (
            code in self.from_paragraphs
            and code not in self.announced.codes
            and code not in self.used_priorities
            and not self.priorities[code].objectives
        )

    def _leave_out(self, code: str) -> None:
        self.result.notes.append(
            f"The heading '{code} {self.priorities[code].title}' has no objectives or actions under it; "
            "it is left out as a section of the document."
        )
        del self.priorities[code]
        self.from_paragraphs.discard(code)
        self.bare_titles.discard(code)

    def next_action_ref(self, base: str) -> str:
        number = self.ref_counters.get(base, 0)
        while True:
            number += 1
            ref = f"{base}.{number}" if base else str(number)
            if ref not in self.action_refs:
                self.ref_counters[base] = number
                return ref

    # -- free text --------------------------------------------------------------------------
    def priority_titled(self, title: str, number: str | None = None) -> str:
        """The priority a heading in words names: one already so titled; else ``number`` (the number
        the refs under the heading start with) while that priority has no title yet; else the next number."""
        wanted = " ".join(title.casefold().split())
        for code, priority in self.priorities.items():
            if " ".join(priority.title.casefold().split()) == wanted:
                return code
        if number and number.isdigit() and not (number in self.priorities and self.priorities[number].title):
            return self.priority(number, title).code
        return self.priority(self.next_priority_code(), title).code

    def read_paragraphs(self) -> None:
        self.read_texts(self.document.paragraphs)

    def read_texts(self, texts: Iterable[str], glossary: bool = True) -> None:
        """Objective lists ("- 1.1 All victims …" under "Preventing Violence and Abuse"), headings, glossary lines."""
        last_plain = untitled = ""  # untitled: a heading with no title of its own, on the line before
        listed = ListedTitles()
        wrapped: tuple[str, str] = ("", "")  # the last heading (code, title), if its line may wrap onto the next
        in_glossary = False
        for text in texts:
            text = without_page_number(text).strip()  # a contents list's line reads as the heading it names
            listed.see(text)
            self.announced.see(text)
            code, title = wrapped
            wrapped = ("", "")
            if code and _wraps_on(text) and self.priorities[code].title == title:
                # "Outcome 1 - A reduction … in Hertfordshire" / "(Prevention)": a heading a PDF wrapped
                self.priorities[code].title = f"{title} {text}"[:MAX_TITLE]
                continue
            if glossary and "glossary" in text.casefold() and len(text) < 60:
                in_glossary = True
                continue
            if in_glossary:
                pair = parse_glossary_line(text)
                if pair:
                    self.result.draft.glossary.append(GlossaryDraft(pair[0][:MAX_TERM], pair[1]))
                continue
            outline = parse_outline_objective(text)
            if outline:
                ref, wording = outline
                self.priority(ref.split(".")[0], last_plain)
                self.objective(ref, wording)
                self.outline_refs.add(ref)
                continue
            heading = parse_priority_heading(text)
            if heading and not heading[1] and is_keyed_heading(text):
                heading = (heading[0], listed.title(text, heading[0]))  # "Objective 1" under a list of them
            if heading:
                self.paragraph_heading(heading, is_keyed_heading(text))
                untitled = heading[0] if not heading[1] else ""
                if heading[1] and text[-1] not in ".:;!?" and heading[0] in self.priorities:
                    wrapped = (heading[0], self.priorities[heading[0]].title)
            elif untitled and _titles_heading_below(text) and not self.priorities[untitled].title:
                # "Strategic Priority 1:" on its own line, its words on the next: a sentence, however long
                self.priorities[untitled].title = text[:MAX_TITLE]
                if text[-1] not in ".;!?":  # a PDF may wrap it onto a line of its own too
                    wrapped = (untitled, self.priorities[untitled].title)
                untitled = ""
            elif (
                len(text) < 80
                and not text.endswith(":")
                and text.casefold() not in _NOT_TITLES
                and not is_label_line(text)
            ):
                last_plain = text
                if untitled and not self.priorities[untitled].title:  # "Priority 2 –" with its title below
                    self.priorities[untitled].title = text[:MAX_TITLE]
                untitled = ""
            else:
                untitled = ""

    # -- glossary tables --------------------------------------------------------------------
    def read_glossary(self, table: RawTable, guess: TableGuess) -> None:
        start = 0 if guess.mapping.header_row is None else guess.mapping.header_row + 1
        for index in range(len(table.rows)):
            self.result.rows[(table.index, index)] = (RowRole.GLOSSARY if index >= start else RowRole.HEADER, "")
        for row in table.rows[start:]:
            for column in range(0, len(row) - 1, 2):
                term, meaning = row[column].strip(), row[column + 1].strip()
                if term:
                    self.result.draft.glossary.append(GlossaryDraft(term[:MAX_TERM], meaning))

    # -- action tables ----------------------------------------------------------------------
    def read_actions(self, table: RawTable, guess: TableGuess) -> None:
        ActionTable(self, table, guess).read()

    def finish(self, lead_groups: Iterable[tuple[str, ...]], title: str) -> BuildResult:
        draft = self.result.draft
        fallback = self.title_hint or self.document.file.rsplit(".", 1)[0]
        draft.title = (title or self.document.title or fallback).strip()[:MAX_TITLE]
        for code in sorted(self.from_paragraphs):
            if self._bare_section(code):  # a section of the document
                self._leave_out(code)
        for title in self.announced.missing([p.title for p in self.priorities.values()]):
            self.priority(self.next_priority_code(), title)  # listed as a pillar, no part of its own stored
            self.result.notes.append(f"'{title}' is listed among the plan's priorities with nothing under it; kept.")
        for code, priority in self.priorities.items():
            if not priority.title:
                priority.title = f"Priority {code}"
                self.result.notes.append(f"Priority {code} has no title in the file; it is called 'Priority {code}'.")
        draft.priorities = sorted(self.priorities.values(), key=lambda p: _number_key(p.code))
        for priority in draft.priorities:
            priority.objectives.sort(key=lambda o: _number_key(o.ref))
        self.result.notes.extend(split_joined_leads(draft.actions))
        period = plan_period(
            [draft.title, self.document.title, self.title_hint, *self.document.paragraphs[:PERIOD_LINES]]
        )
        if period is not None:
            draft.period_start, draft.period_end, how = period
            self.result.notes.append(f"Plan period {how}, from the plan's title or opening lines.")
            self.result.notes.extend(read_in_period(draft.actions, draft.period_start, draft.period_end))
        draft.leads = [LeadDraft(group[0], aliases=list(group[1:])) for group in lead_groups if len(group) > 1]
        for action, where in zip(draft.actions, self.result.action_locations, strict=True):
            parsed = parse_timescale(action.timescale_read or action.timescale)
            if action.timescale.strip() and parsed.kind is TimescaleKind.UNKNOWN:
                self.result.unparsed_timescales.append(UnparsedTimescale(str(where), action.ref, action.timescale))
        return self.result


_NOT_TITLES = {"contents", "table of contents", "content"}  # the heading of a contents list names no priority
PERIOD_LINES = 6  # the opening paragraphs where a plan states its period ("Year 1 (2019-20) Delivery Plan")


def _titles_heading_below(text: str) -> bool:
    """A line long enough to be a sentence (shorter ones are read as titles anyway), not a label
    ("Lead officer: …") nor the lead-in to a list ("Indicators:")."""
    return 80 <= len(text) <= MAX_TITLE and not text.endswith(":") and not is_label_line(text)


def _wraps_on(text: str) -> bool:
    """A short line that carries on the line above ("(Prevention)", "and their families")."""
    return 0 < len(text) < MAX_WRAPPED and (text[0] == "(" or starts_as_continuation(text))


MAX_WRAPPED = 80


def _fuller(title: str, current: str) -> bool:
    """A title that begins with the one held and goes on: a contents list or a short heading cut it."""
    return len(title) > len(current) and title.casefold().startswith(current.casefold())


def _number_key(code: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 10**6 for part in code.split("."))


def distinct_leads(draft: PlanDraft) -> list[str]:
    """Lead names as they will be stored: spellings that normalise alike, or were merged, count once."""
    aliases = {normalise_lead_name(a): lead.name for lead in draft.leads for a in (lead.name, *lead.aliases)}
    names: dict[str, str] = {}
    for action in draft.actions:
        if action.lead:
            key = normalise_lead_name(action.lead)
            names.setdefault(normalise_lead_name(aliases.get(key, action.lead)), aliases.get(key, action.lead))
    return sorted(names.values(), key=str.casefold)
