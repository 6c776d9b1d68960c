"""The action tables' columns: Ref, Action, Lead, Timescale and Status, then those the user chose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.common.pdf_fonts import BOLD, REGULAR
from exports.reporting.pdf.cells import (
    LONG_TEXT,
    SHORT_TEXT,
    CellParagraph,
    cell_markup,
    cell_paragraph,
    status_markup,
    update_markup,
)
from exports.reporting.pdf.styles import Styles
from models.snapshots.report_options import COLUMN_TITLES, ReportOptions
from models.snapshots.rows import ActionRow


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the width left after the fixed columns, before the shares are scaled to add up to one
    content: Callable[[ActionRow], str]  # the cell's paragraph markup
    # Points: short columns keep a width their words fit ("Timescale" never breaks mid-word).
    fixed: float = 0.0
    # A fixed column's plain text, so the column can widen to its longest word.
    text: Callable[[ActionRow], str] | None = None
    bold: bool = False  # set in bold (the ref), so its words are measured in bold

    def style(self, styles: Styles) -> ParagraphStyle:
        return styles.cell_bold if self.bold else styles.cell

    def draw(self, action: ActionRow, styles: Styles) -> CellParagraph:
        return cell_paragraph(self.content(action), self.style(styles))


BASE_COLUMNS = (
    Column("Ref", 0, lambda a: cell_markup(a.ref, SHORT_TEXT), fixed=40, text=lambda a: a.ref, bold=True),
    Column("Action", 0.3, lambda a: cell_markup(a.activity, LONG_TEXT)),
    Column("Lead", 0, lambda a: cell_markup(a.lead_name, SHORT_TEXT), fixed=64, text=lambda a: a.lead_name),
    Column(
        "Timescale", 0, lambda a: cell_markup(a.timescale_text, SHORT_TEXT), fixed=58, text=lambda a: a.timescale_text
    ),
    Column("Status", 0, lambda a: status_markup(a.status, "Overdue" if a.overdue else ""), fixed=60),
)
OPTIONAL_COLUMNS = {
    "partners": Column(
        COLUMN_TITLES["partners"], 0, lambda a: cell_markup(a.partners, 600), fixed=64, text=lambda a: a.partners
    ),
    "evidence": Column(COLUMN_TITLES["evidence"], 0.2, lambda a: cell_markup(a.evidence, LONG_TEXT)),
    "resources": Column(
        COLUMN_TITLES["resources"], 0, lambda a: cell_markup(a.resources, 600), fixed=64, text=lambda a: a.resources
    ),
    "latest_update": Column(
        COLUMN_TITLES["latest_update"],
        0.26,
        lambda a: update_markup(a.latest_update_note, a.latest_update_date, a.latest_update_author),
    ),
}


# More chosen columns than this and an action table turns its pages landscape, so no column is
# too narrow to read.
PORTRAIT_EXTRA_COLUMNS = 2


def needs_landscape(options: ReportOptions) -> bool:
    return len(options.chosen_columns) > PORTRAIT_EXTRA_COLUMNS


def action_columns(options: ReportOptions) -> tuple[Column, ...]:
    return BASE_COLUMNS + tuple(OPTIONAL_COLUMNS[key] for key in options.chosen_columns)


# The cells' font size and left plus right padding (cells.table_style), for the longest word.
CELL_PT = 8
CELL_PADDING = 8
# A fixed column never takes more than this share of the table, however long a word in it.
MOST_OF_WIDTH = 0.2


def column_widths(columns: tuple[Column, ...], width: float, rows: tuple[ActionRow, ...] = ()) -> list[float]:
    """Fixed columns at their width, widened so the longest word of any row fits whole
    ("Implementation" is never broken in two); the rest of the width shared by the text columns."""
    fixed = [_fitted(c, rows, width) for c in columns]
    left = width - sum(fixed)
    total = sum(c.share for c in columns)
    return [f or left * c.share / total for c, f in zip(columns, fixed, strict=True)]


def _fitted(column: Column, rows: tuple[ActionRow, ...], width: float) -> float:
    if not column.fixed or column.text is None:
        return column.fixed
    words = {w for row in rows for w in str(column.text(row) or "").split()}
    font = BOLD if column.bold else REGULAR
    longest = max((stringWidth(w, font, CELL_PT) for w in words), default=0.0)
    return min(max(column.fixed, longest + CELL_PADDING + 1), width * MOST_OF_WIDTH)
