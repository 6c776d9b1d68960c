"""Importing an existing plan (.docx, .xlsx, .pdf, .csv): a preview first, then one undoable command.

``preview_import`` reads the file and builds the plan it would create without touching the
database; ``apply_import`` stores it. A new plan is one CreatePlan command (one undo removes
it). Into an existing plan, only actions whose refs the plan does not hold yet are added, with
any priorities, objectives, leads and glossary terms they need, as one Batch; actions whose
refs already exist are reported with their differences and never changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.context import AppContext
from app.editing.commands import BackedUp, Command, does_nothing
from app.importing.corrections import Correction, ReviewRow, apply_corrections, review_rows
from app.importing.drafting import UnparsedTimescale, build_draft, distinct_leads
from app.importing.into_existing import PlanAddition, plan_addition
from app.importing.numbered_items import numbered_document
from app.importing.outline import outline_document
from app.importing.sheet_tables import sheet_tables
from app.plan_setup.leads import suggest_lead_groups
from app.plans.builder import CreatePlan
from app.plans.draft import PlanDraft
from app.storage.database import Database
from exports.importing import ImportLimits, PlanFileError, RawDocument, read_plan_file
from exports.importing.headers import ColumnMapping, header_texts
from exports.importing.source import RawTable, SourceLocation
from exports.importing.table_guess import TableGuess, guess_table

__all__ = [
    "ImportOptions",
    "ImportPreview",
    "PlanAddition",
    "PlanFileError",
    "TableSummary",
    "apply_import",
    "import_command",
    "plan_addition",
    "preview_document",
    "preview_import",
]


@dataclass(frozen=True)
class ImportOptions:
    """What the user chose; table settings are keyed by table index."""

    split_bullets: bool = False
    title: str = ""
    mappings: tuple[tuple[int, ColumnMapping], ...] = ()
    kinds: tuple[tuple[int, str], ...] = ()  # "actions", "glossary" or "other"
    merge_lead_groups: tuple[tuple[str, ...], ...] = ()  # accepted suggestions, first name kept
    # The review's corrections in the order made (roles, cell edits, splits): app/importing/corrections.py
    corrections: tuple[Correction, ...] = ()
    limits: ImportLimits = field(default_factory=ImportLimits)


@dataclass(frozen=True)
class TableSummary:
    index: int
    part: str
    heading: str
    kind: str
    reason: str
    rows: int
    mapping: ColumnMapping
    header: tuple[str, ...]


@dataclass(frozen=True)
class ImportPreview:
    source: str
    file_kind: str
    tables: tuple[TableSummary, ...]
    draft: PlanDraft
    priorities: int
    objectives: int
    actions: int
    leads: tuple[str, ...]
    glossary: int
    unparsed_timescales: tuple[UnparsedTimescale, ...]
    lead_groups: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]
    action_locations: tuple[str, ...] = ()
    rows: tuple[ReviewRow, ...] = ()  # every row of every table, with its role, for the review
    action_rows: tuple[tuple[int, int, int], ...] = ()  # the row (RowKey) each action came from

    @property
    def title(self) -> str:
        return self.draft.title


def preview_import(path: Path | str, options: ImportOptions | None = None) -> ImportPreview:
    """Read ``path`` and describe the plan it holds; raises PlanFileError on bad input."""
    options = options or ImportOptions()
    return preview_document(read_plan_file(path, options.limits), options, str(path))


def preview_document(document: RawDocument, options: ImportOptions, source: str = "") -> ImportPreview:
    """The plan ``document`` holds, read with the user's choices and corrections in ``options``."""
    document = numbered_document(sheet_tables(outline_document(document)))
    guesses = _guesses(document.tables, options)
    corrected = apply_corrections(
        document, options.corrections, {index: guess.mapping.fields for index, guess in guesses.items()}
    )
    if options.corrections:  # an edited header cell can change what a column is taken to hold
        document = corrected.document
        guesses = _guesses(document.tables, options)
    result = build_draft(
        document, guesses, options.split_bullets, options.merge_lead_groups, options.title, corrected.roles
    )
    draft = result.draft
    if not draft.actions:
        raise PlanFileError(
            "no actions were found: no table has an Action or Activity column with rows under it. "
            "Check the column mapping.",
            SourceLocation(document.file),
        )
    return ImportPreview(
        source=source or document.file,
        file_kind=document.kind,
        tables=tuple(_summary(table, guesses[table.index]) for table in document.tables),
        draft=draft,
        priorities=len(draft.priorities),
        objectives=sum(len(p.objectives) for p in draft.priorities),
        actions=len(draft.actions),
        leads=tuple(distinct_leads(draft)),
        glossary=len(draft.glossary),
        unparsed_timescales=tuple(result.unparsed_timescales),
        lead_groups=tuple(suggest_lead_groups(a.lead for a in draft.actions)),
        notes=tuple(result.notes),
        action_locations=tuple(str(where) for where in result.action_locations),
        rows=review_rows(corrected, {index: guess.kind for index, guess in guesses.items()}, result.rows),
        action_rows=tuple(corrected.keys[table][row] for table, row in result.action_rows),
    )


def _guesses(tables: tuple[RawTable, ...], options: ImportOptions) -> dict[int, TableGuess]:
    mappings, kinds = dict(options.mappings), dict(options.kinds)
    guesses: dict[int, TableGuess] = {}
    for table in tables:
        guess = guess_table(table)
        kind = kinds.get(table.index, guess.kind)
        mapping = mappings.get(table.index, guess.mapping)
        reason = guess.reason if (kind, mapping) == (guess.kind, guess.mapping) else "chosen by you"
        guesses[table.index] = TableGuess(kind, mapping, reason)
    return guesses


def _summary(table: RawTable, guess: TableGuess) -> TableSummary:
    header_row, first = guess.mapping.header_row, guess.mapping.first_header_row
    header = header_texts(table.rows[first : header_row + 1]) if header_row is not None else ("",) * table.width
    return TableSummary(
        index=table.index,
        part=table.part or table.file,
        heading=table.preceding[-1] if table.preceding else "",
        kind=guess.kind,
        reason=guess.reason,
        rows=len(table.rows) - (0 if header_row is None else header_row + 1),
        mapping=guess.mapping,
        header=header,
    )


def import_command(
    preview: ImportPreview, db: Database, plan_uuid: str | None = None, new_plan_uuid: str = ""
) -> Command:
    """The one command that stores ``preview``: a new plan (``new_plan_uuid`` when given), or the new
    refs added to ``plan_uuid``."""
    label = f"Import {Path(preview.source).name}"
    if plan_uuid is None:
        command = CreatePlan(preview.draft, source=Path(preview.source).name, uuid=new_plan_uuid, label=label)
    else:
        command = plan_addition(db, plan_uuid, preview.draft, label).command
    return BackedUp(command, "before-import")


def apply_import(ctx: AppContext, preview: ImportPreview, plan_uuid: str | None = None) -> str:
    """Store the import as one command (one undo, a backup first); returns the plan's uuid.

    Into an existing plan with nothing new to add, nothing is run and no backup is taken.
    """
    command = import_command(preview, ctx.db, plan_uuid)
    if does_nothing(command):
        return plan_uuid or ""
    applied = ctx.commands.execute(command)
    return plan_uuid or applied.inverse.uuid
