"""The action tables with the columns chosen for the report, and the exceptions as the print pack
lays them out: a short attention list in the chair's order, every item in full in an appendix."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from exports.reporting.accessible.cells import Cell, esc, grouped_table, status_cell, update_cell
from exports.reporting.pdf.columns import needs_landscape
from exports.reporting.wording import short_date
from models.snapshots.report import EXCEPTION_KIND_TITLES, ORDER_NOTE, ExceptionItem, ReportData, describe_exceptions
from models.snapshots.report_options import COLUMN_TITLES, ReportOptions
from models.snapshots.rows import ActionRow
from models.snapshots.timeline import short_title

APPENDIX_TITLE = "Appendix A. All exceptions"
APPENDIX_ID = "appendix-exceptions"
BASE_HEADER = ("Ref", "Action", "Lead", "Timescale", "Status")
OPTIONAL_CELLS: dict[str, Callable[[ActionRow], Cell]] = {
    "partners": lambda a: esc(a.partners),
    "evidence": lambda a: esc(a.evidence),
    "resources": lambda a: esc(a.resources),
    "latest_update": update_cell,
}


def action_header(options: ReportOptions) -> list[str]:
    return [*BASE_HEADER, *(COLUMN_TITLES[key] for key in options.chosen_columns)]


def action_cells(a: ActionRow, options: ReportOptions, status_note: str | None = None) -> list[Cell]:
    """Ref, Action, Lead, Timescale and Status, then the chosen columns; ``status_note`` (default:
    "Overdue" when it is) prints under the status."""
    note = ("Overdue" if a.overdue else "") if status_note is None else status_note
    base = [esc(a.ref), esc(a.activity), esc(a.lead_name), esc(a.timescale_text), status_cell(a.status, note)]
    return base + [OPTIONAL_CELLS[key](a) for key in options.chosen_columns]


def _group_title(item: ExceptionItem) -> str:
    title = EXCEPTION_KIND_TITLES[item.kind]
    return f"{title} · Priority {item.priority}" if item.priority else f"{title} · not linked to a priority"


def _groups(items: tuple[ExceptionItem, ...]) -> Iterator[tuple[str, list[ExceptionItem]]]:
    """Consecutive items of the same kind and priority, each run under its heading."""
    run: list[ExceptionItem] = []
    for item in items:
        if run and (run[0].kind, run[0].priority) != (item.kind, item.priority):
            yield _group_title(run[0]), run
            run = []
        run.append(item)
    if run:
        yield _group_title(run[0]), run


def _noun(n: int) -> str:
    return "action" if n == 1 else "actions"


def exceptions(report: ReportData) -> str:
    items = report.exceptions
    if not items:
        return f"<p>{esc(describe_exceptions(items))}</p>"
    parts = [f"<p>{esc(describe_exceptions(items))}</p>", f"<p>{esc(ORDER_NOTE)}</p>"]
    shown = report.attention or items
    rows = (
        (
            title,
            [
                [
                    esc(x.action.ref),
                    esc(short_title(x.action.activity, 90)),
                    esc(x.action.lead_name),
                    esc(x.why),
                    short_date(x.action.latest_update_date) or "None",
                ]
                for x in run
            ],
        )
        for title, run in _groups(shown)
    )
    parts.append(grouped_table(["Ref", "Action", "Lead", "Why", "Last update"], rows))
    appendix = f'<a href="#{APPENDIX_ID}">{esc(APPENDIX_TITLE.split(".")[0])}</a>'
    rest = len(items) - len(shown)
    if rest > 0:
        parts.append(
            f"<p>The first {len(shown)} are listed here; the other {rest} {_noun(rest)} and every item in full "
            f"are in {appendix}.</p>"
        )
    else:
        parts.append(f"<p>Each is given in full, with its latest update, in {appendix}.</p>")
    return "".join(parts)


def appendix(report: ReportData) -> str:
    """Every exception in the same order, in full, with the columns chosen for the report; the
    status cell gives every reason, not just "Overdue"."""
    if "exceptions" not in report.sections or not report.exceptions:
        return ""
    options = report.options
    page = ' class="wide"' if needs_landscape(options) else ""
    parts = [f'<section id="{APPENDIX_ID}"{page}><h2>{esc(APPENDIX_TITLE)}</h2><p>{esc(ORDER_NOTE)}</p>']
    groups = (
        (title, [action_cells(x.action, options, x.timing) for x in run]) for title, run in _groups(report.exceptions)
    )
    parts.append(grouped_table(action_header(options), groups))
    return "".join(parts) + "</section>"
