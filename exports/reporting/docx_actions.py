"""The Word edition's action tables, column for column as the PDF's: the progress table with the
columns chosen for the report, and the exceptions (attention list, then the appendix in full)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from exports.reporting.docx_layout import PaperWriter, Span
from exports.reporting.wording import short_date
from models.snapshots.report import (
    EXCEPTION_KIND_TITLES,
    ORDER_NOTE,
    ExceptionItem,
    ReportData,
    describe_exceptions,
    status_label,
)
from models.snapshots.report_options import COLUMN_TITLES, ReportOptions
from models.snapshots.rows import ActionRow
from models.snapshots.timeline import short_title

APPENDIX_TITLE = "Appendix A. All exceptions"


def status_pair(status: str, extra: str = "") -> tuple[str, str]:
    """A status cell: (the status as stored, the words printed); the writer adds the coloured mark."""
    return status, status_label(status) + (f"\n{extra}" if extra else "")


def latest_update(a: ActionRow) -> str:
    if not a.latest_update_note and not a.latest_update_date:
        return "No update recorded"
    stamp = " · ".join(p for p in (short_date(a.latest_update_date), a.latest_update_author) if p)
    return f"{stamp}\n{a.latest_update_note}" if stamp else a.latest_update_note


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[ActionRow], object]


STATUS_INDEX = 4
BASE_COLUMNS = (
    Column("Ref", lambda a: a.ref),
    Column("Action", lambda a: a.activity),
    Column("Lead", lambda a: a.lead_name),
    Column("Timescale", lambda a: a.timescale_text),
    Column("Status", lambda a: status_pair(a.status, "Overdue" if a.overdue else "")),
)
OPTIONAL_COLUMNS = {
    "partners": Column(COLUMN_TITLES["partners"], lambda a: a.partners),
    "evidence": Column(COLUMN_TITLES["evidence"], lambda a: a.evidence),
    "resources": Column(COLUMN_TITLES["resources"], lambda a: a.resources),
    "latest_update": Column(COLUMN_TITLES["latest_update"], latest_update),
}


def action_columns(options: ReportOptions) -> tuple[Column, ...]:
    return BASE_COLUMNS + tuple(OPTIONAL_COLUMNS[key] for key in options.chosen_columns)


def progress(w: PaperWriter, report: ReportData) -> None:
    w.para(
        "Every action in the report, grouped by priority and objective, with its timescale as the plan "
        "writes it and its status. An action serving several objectives is shown under the first and "
        "referenced (“see 1.2.3”) under each of the others."
    )
    columns = action_columns(report.options)
    header = [c.title for c in columns]
    for group in report.groups:
        w.heading(f"Priority {group.code}: {group.title}" if group.code else group.title, 2)
        if not group.objectives:
            w.para("This priority has no objectives recorded.")
        for objective in group.objectives:
            name = f"Objective {objective.ref}: {objective.text}" if objective.ref else "Not filed under an objective"
            rows: list = [[c.value(a) for c in columns] for a in objective.actions]
            rows += [
                Span(
                    f"see {x.action.ref} under objective {x.filed_under} · {short_title(x.action.activity, 56)} · "
                    f"{status_label(x.action.status)}",
                    group=False,
                )
                for x in objective.see_also
            ]
            if objective.is_empty:
                rows.append(Span("No actions are recorded under this objective.", group=False))
            w.table(header, rows, status_columns=(STATUS_INDEX,), title=name)
    if not report.groups:
        w.para("No actions match this report's choices.")


def _noun(n: int) -> str:
    return "action" if n == 1 else "actions"


def _group_title(item: ExceptionItem) -> str:
    title = EXCEPTION_KIND_TITLES[item.kind]
    return f"{title} · Priority {item.priority}" if item.priority else f"{title} · not linked to a priority"


def _grouped(items: tuple[ExceptionItem, ...], row: Callable[[ExceptionItem], list]) -> Iterator[object]:
    previous = None
    for item in items:
        key = (item.kind, item.priority)
        if key != previous:
            yield Span(_group_title(item))
        previous = key
        yield row(item)


def exceptions(w: PaperWriter, report: ReportData) -> None:
    items = report.exceptions
    w.para(describe_exceptions(items))
    if not items:
        return
    w.para(ORDER_NOTE, muted=True)
    shown = report.attention or items

    def row(item: ExceptionItem) -> list:
        a = item.action
        return [a.ref, short_title(a.activity, 110), a.lead_name, item.why, short_date(a.latest_update_date) or "None"]

    w.table(["Ref", "Action", "Lead", "Why", "Last update"], list(_grouped(shown, row)))
    rest = len(items) - len(shown)
    appendix = APPENDIX_TITLE.split(".")[0]
    if rest > 0:
        w.para(
            f"The first {len(shown)} are listed here; the other {rest} {_noun(rest)} and every item in full "
            f"are in {appendix}."
        )
    else:
        w.para(f"Each is given in full, with its latest update, in {appendix}.")


def exceptions_appendix(w: PaperWriter, report: ReportData) -> None:
    """Every exception in the same order, in full, with the columns chosen for the report, on a
    page of its own (the caller starts it: a page break, or a section turned landscape)."""
    columns = action_columns(report.options)

    def row(item: ExceptionItem) -> list:
        values = [c.value(item.action) for c in columns]
        values[STATUS_INDEX] = status_pair(item.action.status, item.timing)  # every reason, not just "Overdue"
        return values

    w.heading(APPENDIX_TITLE, 1)
    w.para(ORDER_NOTE, muted=True)
    w.table([c.title for c in columns], list(_grouped(report.exceptions, row)), status_columns=(STATUS_INDEX,))
