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
    share: float  # of the width left after the fixed columns, before the shares are scaled to add up to one
    draw: Callable[[ActionRow, Styles], Paragraph]
    # Points: short columns keep a width their words fit ("Timescale" never breaks mid-word).
    fixed: float = 0.0


BASE_COLUMNS = (
    Column("Ref", 0, lambda a, s: cell(a.ref, s, bold=True), fixed=40),
    Column("Action", 0.3, lambda a, s: cell(a.activity, s, LONG_TEXT)),
    Column("Lead", 0, lambda a, s: cell(a.lead_name, s), fixed=64),
    Column("Timescale", 0, lambda a, s: cell(a.timescale_text, s), fixed=58),
    Column("Status", 0, lambda a, s: status_cell(a.status, s, "Overdue" if a.overdue else ""), fixed=60),
)
OPTIONAL_COLUMNS = {
    "partners": Column(COLUMN_TITLES["partners"], 0, lambda a, s: cell(a.partners, s, 600), fixed=64),
    "evidence": Column(COLUMN_TITLES["evidence"], 0.2, lambda a, s: cell(a.evidence, s, LONG_TEXT)),
    "resources": Column(COLUMN_TITLES["resources"], 0, lambda a, s: cell(a.resources, s, 600), fixed=64),
    "latest_update": Column(
        COLUMN_TITLES["latest_update"],
        0.26,
        lambda a, s: update_cell(a.latest_update_note, a.latest_update_date, a.latest_update_author, s),
    ),
}


# More chosen columns than this and an action table turns its pages landscape, so no column is
# too narrow to read.
PORTRAIT_EXTRA_COLUMNS = 2


def needs_landscape(options: ReportOptions) -> bool:
    return len(options.chosen_columns) > PORTRAIT_EXTRA_COLUMNS


def action_columns(options: ReportOptions) -> tuple[Column, ...]:
    return BASE_COLUMNS + tuple(OPTIONAL_COLUMNS[key] for key in options.chosen_columns)


def column_widths(columns: tuple[Column, ...], width: float) -> list[float]:
    """Fixed columns at their width; the rest of the width shared by the text columns."""
    left = width - sum(c.fixed for c in columns)
    total = sum(c.share for c in columns)
    return [c.fixed or left * c.share / total for c in columns]
