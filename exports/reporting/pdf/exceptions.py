"""Exceptions for discussion: a short attention list in the chair's order, the full list in an appendix."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Table

from exports.common.pdf_text import markup
from exports.reporting.pdf.cells import (
    SHORT_TEXT,
    cell,
    cell_markup,
    cell_paragraph,
    house_style,
    status_cell,
    titled_table,
)
from exports.reporting.pdf.columns import BASE_COLUMNS, Column, action_columns, column_widths
from exports.reporting.pdf.document import Heading
from exports.reporting.pdf.front import section_heading
from exports.reporting.pdf.styles import GROUP_FILL, NAVY, ZEBRA, Styles
from exports.reporting.wording import short_date
from models.snapshots.report import EXCEPTION_KIND_TITLES, ORDER_NOTE, ExceptionItem, ReportData, describe_exceptions
from models.snapshots.timeline import short_title

APPENDIX_TITLE = "Appendix A. All exceptions"
ATTENTION_COLUMNS = (
    Column("Ref", 0.08, lambda a: cell_markup(a.ref, SHORT_TEXT), bold=True),
    Column("Action", 0.42, lambda a: cell_markup(short_title(a.activity, 90), SHORT_TEXT)),
    Column("Lead", 0.17, lambda a: cell_markup(a.lead_name, SHORT_TEXT)),
)


def _noun(n: int) -> str:
    return "action" if n == 1 else "actions"


def exceptions(report: ReportData, number: int, styles: Styles, width: float) -> list:
    # A fresh page unless most of one is free, so the attention list spans as few pages as it can.
    story: list = [CondPageBreak(480), section_heading(number, "exceptions", styles)]
    items = report.exceptions
    if not items:
        return [*story, Paragraph(describe_exceptions(items), styles.body)]
    story.append(Paragraph(markup(describe_exceptions(items), 400), styles.body))
    story.append(Paragraph(ORDER_NOTE, styles.muted))
    shown = report.attention or items
    rows, groups = [], []
    for item, starts in _with_group_starts(shown):
        if starts:
            groups.append(len(rows) + 1)
            rows.append([cell_paragraph(f"<b>{markup(_group_title(item), 300)}</b>", styles.cell), "", "", "", ""])
        a = item.action
        rows.append(
            [
                *(c.draw(a, styles) for c in ATTENTION_COLUMNS),
                cell(item.why, styles),
                cell(short_date(a.latest_update_date) or "None", styles),
            ]
        )
    header = [c.title for c in ATTENTION_COLUMNS] + ["Why", "Last update"]
    shares = [c.share for c in ATTENTION_COLUMNS] + [0.22, 0.11]
    story.append(_table(header, rows, [width * f / sum(shares) for f in shares], groups, styles))
    rest = len(items) - len(shown)
    if rest > 0:
        story.append(
            Paragraph(
                f"The first {len(shown)} are listed here; the other {rest} {_noun(rest)} and every item in full "
                f"are in {APPENDIX_TITLE.split('.')[0]}.",
                styles.body,
            )
        )
    else:
        story.append(
            Paragraph(f"Each is given in full, with its latest update, in {APPENDIX_TITLE.split('.')[0]}.", styles.body)
        )
    return story


def appendix(report: ReportData, styles: Styles, width: float) -> list:
    """Every exception in the same order, in full, with the columns chosen for the report."""
    if not report.exceptions:
        return []
    columns = action_columns(report.options)
    story: list = [
        PageBreak(),
        Heading(APPENDIX_TITLE, styles.h1, 0, "appendix-exceptions"),
        Paragraph(ORDER_NOTE, styles.muted),
    ]
    header = [c.title for c in columns]
    widths = column_widths(columns, width, report.actions)
    for title, items in _groups(report.exceptions):
        rows = []
        for item in items:
            drawn = [c.draw(item.action, styles) for c in columns]
            # Every reason, not just "Overdue".
            drawn[len(BASE_COLUMNS) - 1] = status_cell(item.action.status, styles, item.timing)
            rows.append(drawn)
        story.append(_group_table(title, header, rows, widths, styles))
    return story


def _groups(items: tuple[ExceptionItem, ...]) -> list[tuple[str, list[ExceptionItem]]]:
    groups: list[tuple[str, list[ExceptionItem]]] = []
    for item, starts in _with_group_starts(items):
        if starts:
            groups.append((_group_title(item), []))
        groups[-1][1].append(item)
    return groups


def _group_table(title: str, header: list[str], rows: list[list], widths: list[float], styles: Styles) -> Table:
    """One group of the appendix. Its title and the column headings repeat on every page it runs
    onto; a table per group also keeps each page split cheap (on every split reportlab maps the
    spans of the whole remaining table again, so one table of every exception with its group rows
    spanned cost the square of its length)."""
    blank = [""] * (len(header) - 1)
    data = [
        [cell_paragraph(f"<b>{markup(title, 300)}</b>", styles.cell), *blank],
        [cell_paragraph(markup(h), styles.header_cell) for h in header],
        *rows,
    ]
    return titled_table(data, widths, styles)


def _group_title(item: ExceptionItem) -> str:
    title = EXCEPTION_KIND_TITLES[item.kind]
    return f"{title} · Priority {item.priority}" if item.priority else f"{title} · not linked to a priority"


def _with_group_starts(items: tuple[ExceptionItem, ...]):
    previous = None
    for item in items:
        key = (item.kind, item.priority)
        yield item, key != previous
        previous = key


def _table(header: list[str], rows: list[list], widths: list[float], groups: list[int], styles: Styles) -> Table:
    data = [[cell_paragraph(markup(h), styles.header_cell) for h in header], *rows]
    table = Table(
        data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=int(styles.split_in_row), hAlign="LEFT"
    )
    table.setStyle(
        house_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                *(("SPAN", (0, row), (-1, row)) for row in groups),
                *(("BACKGROUND", (0, row), (-1, row), GROUP_FILL) for row in groups),
            ]
        )
    )
    return table
