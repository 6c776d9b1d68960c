"""Reading one action table row by row: headings, objective groups, actions, continuations.

The rules, in the order they are tried on each row (each one noted in the preview):
- a row repeating the header (a table split across pages) is skipped;
- a row with one cell such as "2. Provision" starts priority 2;
- a row with no timescale or status whose text starts mid-sentence (lower case), or with no
  activity at all, continues the action above (text split across pages) rather than adding one;
- a row with a ref or objective but no activity starts a new objective group;
- any other row with an activity is an action; an empty ref continues the previous group.

Every row gets a role in the builder's ``result.rows``, and a role the user chose in the review
(``builder.chosen_roles``) wins over the table's own judgement (``app/importing/chosen_rows.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.importing.added_leads import join_cell
from app.importing.chosen_rows import read_chosen
from app.importing.corrections import RowRole
from app.importing.cut_lists import rest_of_cut_row
from app.importing.date_span import read_span, with_end_date
from app.importing.group_rows import group_heading
from app.importing.heading_rows import is_title_row, title_row_priority
from app.importing.lead_reading import read_lead, without_name_debris
from app.importing.led_refs import take_leading_ref
from app.importing.numbered_items import numbers_on
from app.importing.priority_cells import moved_heading, row_priority
from app.importing.progress_lines import ends_with_progress, is_progress_row, progress_paragraphs
from app.importing.project_rows import with_detail
from app.importing.row_shapes import Piece, cut_tail, inline_refs, split_row
from app.importing.run_on_cells import join_run_on
from app.importing.run_together import join_tail, writes_actions_in_lower_case
from app.importing.shifted_rows import column_texts, realign, shift_note
from app.importing.status_words import status_cell
from app.importing.sub_actions import action_without_steps, keep_number_label
from app.importing.table_headings import (
    heading_priority,
    labelled_objective_title,
    read_above,
    start_labelled_objective,
)
from app.importing.table_refs import (
    continue_group_text,
    continues_ref_list,
    extend_objective,
    finish_table,
    keeps_list_open,
)
from app.importing.target_dates import read_timescale_cell, timescale_holds
from app.importing.template_rows import repeats_header_cells
from app.importing.text import (
    RefCell,
    objective_title,
    parse_priority_heading,
    parse_ref_cell,
    split_bullets,
    starts_as_continuation,
)
from app.plans.draft import ActionDraft
from exports.importing.headers import repeats_header
from exports.importing.source import RawTable, SourceLocation
from exports.importing.table_guess import TableGuess

# "3.2 Improve reporting" in an objective cell: objective 3.2, titled without its ref
_LED_BY_REF = re.compile(r"^\s*(\d{1,2}\.\d{1,2})[.:)]?\s+(\S.*)$", re.DOTALL)

if TYPE_CHECKING:
    from app.importing.drafting import Builder

TEXT_FIELDS = ("objective", "activity", "outcome", "lead", "partners", "evidence", "resources", "comments")
MAX_TITLE, MAX_TERM, MAX_REF = 300, 100, 40
# A cell merged down over several actions means "the same for each" in these columns. Not for the
# ref (an empty ref already continues the group above) nor the activity (it would duplicate actions).
FILLED_DOWN = (
    "priority",
    "objective",
    "outcome",
    "lead",
    "partners",
    "evidence",
    "resources",
    "comments",
    "timescale",
    "status",
)


class ActionTable:
    """Reads one action table row by row, carrying the current priority and objective group."""

    def __init__(self, builder: Builder, table: RawTable, guess: TableGuess) -> None:
        self.b = builder
        self.table = table
        self.mapping = guess.mapping
        first = self.mapping.first_header_row
        self.headers = table.rows[first : self.mapping.header_row + 1] if first is not None else ()
        self.group_refs: tuple[str, ...] = ()
        self.group_text = ""
        self.priority_code = heading_priority(self)  # may set the group too: an objective heading above
        self.last: ActionDraft | None = None
        self.row_ends_in_progress = False  # the row read last: its action cell ends with "Update – …"
        self.in_progress: ActionDraft | None = None  # the action whose cell ended so: a cut row goes on there
        self.notes = builder.result.notes
        self.filled: set[str] = set()  # columns where a merged cell was read down
        self.ref_list_row = -2  # the last row whose ref cell listed several objectives
        self.heading_row = -2  # the last row of a numbered priority heading across the table
        self.priority_text = ""  # the Priority column's text on the rows read so far
        self.odd_one_out: dict[int, bool] = {}  # column -> its lone rows are all titles (heading_rows)
        self.numbered_rows: int | None = None  # action rows with a ref, 0 if a row without is no title
        self.group_lead: tuple[tuple[str, ...], str] = ((), "")  # a group heading row's lead (group_rows)
        self.made: list[tuple[ActionDraft, str]] = []  # each action read here, with its row's ref cell
        self.date_span = read_span(self)  # "Start Date | End Date": (start column, end column)
        self.timescale_holds = timescale_holds(self)  # "Responsibilities and timescales", "Target and date"
        self.shape_columns = {
            name: column
            for name in ("ref", "activity", "lead", "timescale")
            if (column := self.mapping.column_of(name)) is not None
        }
        self.column_texts = column_texts(table.rows)
        self.lower_case_style = writes_actions_in_lower_case(self)  # a lower-case opening is no tail here

    def cell(self, row: tuple[str, ...], name: str) -> str:
        column = self.mapping.column_of(name)
        return row[column].strip() if column is not None and column < len(row) else ""

    def read(self) -> None:
        start = 0 if self.mapping.header_row is None else self.mapping.header_row + 1
        read_above(self, start)
        rows = self.b.result.rows
        for index in range(start):
            rows[(self.table.index, index)] = (
                RowRole.HEADER if index >= start - len(self.headers) else RowRole.LEFT_OUT,
                "",
            )
        for index in range(start, len(self.table.rows)):
            actions_before = len(self.b.result.draft.actions)
            chosen = self.b.chosen_roles.get((self.table.index, index))
            shift = realign(self.table.rows[index], self.shape_columns, self.column_texts)
            if shift.cells:
                self.notes.append(f"{self.table.location(index)}: {shift_note(shift, self.headers)}")
            row = shift.row
            role = rows[(self.table.index, index)] = (
                read_chosen(self, index, row, chosen) if chosen else self.read_row(index, row)
            )
            keeps_list_open(self, index, role[0] in _GOES_ON)
            self.b.result.action_rows.extend(
                [(self.table.index, index)] * (len(self.b.result.draft.actions) - actions_before)
            )
        finish_table(self)

    def values(self, index: int, row: tuple[str, ...]) -> tuple[dict[str, str], set[str]]:
        """The row's text by field, cells merged down read as "same again"; and the fields so read."""
        values = {name: self.cell(row, name) for name in (*TEXT_FIELDS, "ref", "timescale", "status", "priority")}
        values["objective"] = objective_title(values["objective"])
        if not take_leading_ref(values, self.mapping.column_of("ref") is not None):  # "1.1. Facilitate…", "(1a) …"
            keep_number_label(self, index, values)  # "NO 8 Map…" beside its own ref
        values["activity"] = with_detail(self, row, values["activity"])  # a project's key activities
        values["timescale"] = with_end_date(self, row, values["timescale"])  # "Start Date | End Date"
        read_timescale_cell(self, values)  # "ADP Adult Delivery Group - March 2026", "Four campaigns by May"
        self.row_ends_in_progress = ends_with_progress(values["activity"])
        values["activity"], progress = progress_paragraphs(values["activity"])
        if progress:  # "Update – …" under the action in its own cell: what was done, kept as its comments
            values["comments"] = f"{progress}\n{values['comments']}".strip()
            self.notes.append(
                f"{self.table.location(index)}: the progress written under the action was kept as its comments."
            )
        without_name_debris(values, self.table.location(index), self.notes)
        merged = set()
        for name in FILLED_DOWN:
            column = self.mapping.column_of(name)
            if not values[name] and column is not None and (index, column) in self.table.merged_above:
                values[name] = self.table.merged_above[(index, column)].strip()
                merged.add(name)
        return values, merged

    def read_row(self, index: int, row: tuple[str, ...]) -> tuple[RowRole, str]:
        where = self.table.location(index)
        values, merged = self.values(index, row)
        if not any(values.values()):
            return RowRole.LEFT_OUT, "empty"
        self.filled |= merged
        if self.headers and (
            any(repeats_header_cells(row, header) for header in self.headers) or repeats_header(row, self.mapping)
        ):
            self.notes.append(f"{where}: header row repeated (page break) skipped.")
            return RowRole.HEADER, ""
        filled = [(column, text) for column, text in enumerate(row) if text.strip()]
        activity_column = self.mapping.column_of("activity")
        if len(filled) == 1 and self.last is not None and is_progress_row(filled[0][1]):
            # "Progress – …" in a row of its own under the action: what was done, kept as its comments
            self.last.comments = f"{self.last.comments}\n{filled[0][1].strip()}".strip()
            self.notes.append(f"{where}: the progress under action {self.last.ref} was kept as its comments.")
            return RowRole.CONTINUATION, self.last.ref
        if len(filled) == 1 and (
            filled[0][0] == 0 or filled[0][0] != activity_column or moved_heading(self, filled[0][1])
        ):
            heading = parse_priority_heading(filled[0][1])
            if heading:
                self.priority_code = self.b.priority(*heading).code
                self.group_refs, self.group_text = (), ""
                self.heading_row = index
                return RowRole.HEADING, self.priority_code
            if index == self.heading_row + 1 and (title := labelled_objective_title(filled[0][1])):
                start_labelled_objective(self, self.priority_code, title)  # "Overall Outcome: …" under it
                return RowRole.HEADING, self.priority_code
            if is_title_row(self, *filled[0]):
                self.priority_code = title_row_priority(self, index, filled[0][1])
                self.group_refs, self.group_text = (), ""
                self.notes.append(
                    f"{where}: a row of one title across the table; read as priority {self.priority_code}."
                )
                return RowRole.HEADING, self.priority_code
            if self.last is not None and not self.table.list_items and starts_as_continuation(filled[0][1]):
                join_run_on(self, where, filled[0])  # a line run on from the row above (a paste, a page cut)
                return RowRole.CONTINUATION, self.last.ref
        row_priority(self, values["priority"])  # or the objective of the priority above
        ref = parse_ref_cell(values["ref"])
        if self.is_continuation(values, ref, merged) or rest_of_cut_row(self, values):
            # the action above already holds what its merged cells say
            self.join(where, {name: "" if name in merged else text for name, text in values.items()}, ref)
            return RowRole.CONTINUATION, self.last.ref
        if values["ref"] and ref.empty:
            self.notes.append(f"{where}: ref '{values['ref']}' has no objective number; kept with the group above.")
        elif ref.ignored:
            self.notes.append(f"{where}: '{ref.ignored}' in the ref cell was ignored.")
        values = group_heading(self, index, action_without_steps(self, where, values, ref), ref)
        led = _LED_BY_REF.match(values["objective"])
        if led and not ref.action_ref and ref.objective_refs in ((), (led.group(1),)):  # the ref once, not twice
            ref, values = RefCell(objective_refs=(led.group(1),)), {**values, "objective": led.group(2).strip()}
        if continues_ref_list(self, index, ref, values["objective"]):
            values = {**values, "objective": ""}
            self.notes.append(
                f"{where}: the refs {' '.join(ref.objective_refs)} continue the ref list of the rows above."
            )
        elif not ref.objective_refs and extend_objective(self, where, values["objective"]):
            values = {**values, "objective": ""}
        else:
            self.start_group(ref, values["objective"])
        if len(ref.objective_refs) > 1:
            self.ref_list_row = index
        if not values["activity"]:
            return RowRole.OBJECTIVE, " ".join(self.group_refs)
        if not inline_refs(values["activity"])[1]:
            values = join_tail(self, where, values)
        pieces, note, tail = split_row(values["activity"], values["lead"], values["timescale"])
        if note:
            self.notes.append(f"{where}: {note}.")
        if tail and self.last is not None:
            self.last.activity = f"{self.last.activity} {tail}"
            self.notes.append(f"{where}: '{tail[:40]}' before the first ref ends action {self.last.ref} above.")
        if pieces:
            made = [self.add_piece(where, values, piece, ref, number) for number, piece in enumerate(pieces)]
            return RowRole.ACTION, " ".join(made)
        activities = split_bullets(values["activity"]) if self.b.split else [values["activity"]]
        if len(activities) > 1:
            self.notes.append(f"{where}: one cell split into {len(activities)} actions at its bullet points.")
        refs = []
        for number, activity in enumerate(activities):
            refs.append(self.add_action(where, values, activity, ref.action_ref if number == 0 else "").ref)
        return RowRole.ACTION, " ".join(refs)

    def add_piece(self, where: SourceLocation, values: dict[str, str], piece: Piece, ref: RefCell, number: int) -> str:
        """One of several actions in a row; an inline ref "2.4.1" puts it under objective 2.4."""
        if piece.ref:
            objective_ref = ".".join(piece.ref.split(".")[:2])
            if objective_ref not in self.group_refs:
                self.start_group(RefCell(objective_refs=(objective_ref,)), values["objective"])
        own = {
            **values,
            "lead": values["lead"] if piece.lead is None else piece.lead,
            "timescale": values["timescale"] if piece.timescale is None else piece.timescale,
        }
        return self.add_action(where, own, piece.activity, piece.ref or (ref.action_ref if number == 0 else "")).ref

    def is_continuation(self, values: dict[str, str], ref: RefCell, merged: set[str]) -> bool:
        """Whether the row goes on with the action above. A cell merged down over it (``merged``)
        says nothing either way: it is the row above's cell, over the tail of a row a page cut too."""
        own = {name: "" if name in merged else text for name, text in values.items()}
        if self.last is None or self.table.list_items or own["timescale"] or own["status"] or ref.action_ref:
            return False
        if numbers_on(self.made[-1][1] if self.made else "", ref):
            return False
        has_text = any(own[name] for name in TEXT_FIELDS)
        if not has_text:
            return False  # a row holding only refs starts a group
        activity, objective = own["activity"], own["objective"]
        if inline_refs(activity)[1]:
            return False  # a new inline ref starts a new action, whatever text comes before it
        if cut_tail(self.last, own, self.in_progress is self.last):
            return True
        return (not activity or starts_as_continuation(activity)) and (
            not objective or starts_as_continuation(objective)
        )

    def join(self, where: SourceLocation, values: dict[str, str], ref: RefCell, why: str = "") -> None:
        action = self.last
        assert action is not None
        if extend_objective(self, where, values["objective"]) or continue_group_text(self, values["objective"]):
            values = {**values, "objective": ""}
        if self.in_progress is action and values["activity"]:  # the rest of its "Update – …" paragraph
            action.comments = f"{action.comments} {values['activity']}".strip()
            values = {**values, "activity": ""}
        for name, attribute in _ATTRIBUTES.items():
            text = values[name]
            if text:
                join_cell(action, attribute, text)  # "+ lead for each agency" cut off: one more partner
        if values["timescale"] and not action.timescale:  # only a chosen join carries a timescale
            action.timescale = values["timescale"]
        new_refs = [r for r in ref.objective_refs if r not in action.objective_refs]
        for objective_ref in new_refs:
            self.b.objective(objective_ref)
            action.objective_refs.append(objective_ref)
        if new_refs:
            self.group_refs = tuple(action.objective_refs)
        why = why or "no timescale, and its text continues mid-sentence or it has no activity: a row split across pages"
        self.notes.append(f"{where}: joined to action {action.ref} above ({why}).")

    def start_group(self, ref: RefCell, objective_text: str) -> None:
        if ref.objective_refs:
            self.group_refs = ref.objective_refs
            self.group_text = objective_text
            outline_known = all(r in self.b.outline_refs for r in ref.objective_refs)
            for objective_ref in ref.objective_refs:
                wording = objective_text if len(ref.objective_refs) == 1 and not outline_known else ""
                self.b.objective(objective_ref, wording)
            return
        if objective_text and objective_text != self.group_text:
            self.group_text = objective_text
            # refs that number the actions alone ("PROVUL8.5", "DAB 1") leave the grouping to this cell
            if not self.group_refs or self.mapping.column_of("ref") is None or ref.numbers_row:
                code = self.priority_code or (self.group_refs[0].split(".")[0] if self.group_refs else "1")
                self.group_refs = (self.b.new_objective(code, objective_text),)

    def add_action(self, where: SourceLocation, values: dict[str, str], activity: str, own_ref: str) -> ActionDraft:
        b = self.b
        base = self.group_refs[0] if self.group_refs else (self.priority_code or "")
        if self.priority_code:
            b.used_priorities.add(self.priority_code)
        if self.priority_code and not self.group_refs:
            b.priority(self.priority_code)
        ref = own_ref[:MAX_REF] if own_ref and own_ref not in b.action_refs else b.next_action_ref(base)
        b.action_refs.add(ref)
        objective = b.objectives.get(self.group_refs[0]) if len(self.group_refs) == 1 else None
        outcome = values["outcome"]
        objective_text = values["objective"] or self.group_text
        if objective_text and (objective is None or objective.text != objective_text):
            outcome = f"{objective_text}\n{outcome}".strip()
        reading = read_lead(values, where, self.notes)
        lead, partners = reading.lead, reading.partners
        status, comments = status_cell(self, where, values["status"], reading.comments)
        action = ActionDraft(
            ref=ref,
            activity=activity,
            objective_refs=list(self.group_refs),
            outcome=outcome,
            lead=lead,
            partners="; ".join(line.strip() for line in partners.splitlines() if line.strip()),
            timescale=values["timescale"],
            evidence=values["evidence"],
            resources=values["resources"],
            status=status.value,
            comments=comments,
        )
        b.result.draft.actions.append(action)
        self.made.append((action, values["ref"]))
        b.result.action_locations.append(
            SourceLocation(where.file, where.part, where.row, self.mapping.column_of("timescale"))
        )
        self.last = action
        self.in_progress = action if self.row_ends_in_progress else None
        return action


# Rows that go on with the rows above them, leaving a ref list spread over the rows open
_GOES_ON = (RowRole.CONTINUATION, RowRole.HEADER, RowRole.LEFT_OUT)

_ATTRIBUTES = {
    "activity": "activity",
    "objective": "outcome",
    "outcome": "outcome",
    "lead": "lead",
    "partners": "partners",
    "evidence": "evidence",
    "resources": "resources",
    "comments": "comments",
}
