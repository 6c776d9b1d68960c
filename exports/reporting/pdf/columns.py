"""The action tables' columns: Ref, Action, Lead, Timescale and Status, then those the user chose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Paragraph

from exports.reporting.pdf.cells import LONG_TEXT, cell, status_cell, update_cell
from exports.reporting.pdf.styles import Styles
from models.snapshots.report_options import COLUMN_TITLES, ReportOptions
from models.snapshots.rows import ActionRow


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the table's width, before the shares are scaled to add up to one
    draw: Callable[[ActionRow, Styles], Paragraph]


BASE_COLUMNS = (
    Column("Ref", 0.085, lambda a, s: cell(a.ref, s, bold=True)),
    Column("Action", 0.295, lambda a, s: cell(a.activity, s, LONG_TEXT)),
    Column("Lead", 0.13, lambda a, s: cell(a.lead_name, s)),
    Column("Timescale", 0.11, lambda a, s: cell(a.timescale_text, s)),
    Column("Status", 0.12, lambda a, s: status_cell(a.status, s, "Overdue" if a.overdue else "")),
)
OPTIONAL_COLUMNS = {
    "partners": Column(COLUMN_TITLES["partners"], 0.14, lambda a, s: cell(a.partners, s, 600)),
    "evidence": Column(COLUMN_TITLES["evidence"], 0.2, lambda a, s: cell(a.evidence, s, LONG_TEXT)),
    "resources": Column(COLUMN_TITLES["resources"], 0.14, lambda a, s: cell(a.resources, s, 600)),
    "latest_update": Column(
        COLUMN_TITLES["latest_update"],
        0.26,
        lambda a, s: update_cell(a.latest_update_note, a.latest_update_date, a.latest_update_author, s),
    ),
}


def action_columns(options: ReportOptions) -> tuple[Column, ...]:
    return BASE_COLUMNS + tuple(OPTIONAL_COLUMNS[key] for key in options.chosen_columns)


def column_widths(columns: tuple[Column, ...], width: float) -> list[float]:
    total = sum(c.share for c in columns)
    return [width * c.share / total for c in columns]
