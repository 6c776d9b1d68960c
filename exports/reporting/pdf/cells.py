"""Building blocks for the pack's tables: safe cells, status cells, the house table style."""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from exports.common.pdf_fonts import BOLD, REGULAR
from exports.common.pdf_text import markup
from exports.reporting.pdf.styles import GROUP_FILL, NAVY, RULE, ZEBRA, Styles
from exports.reporting.wording import short_date
from models.snapshots.report import status_colour, status_label

# Longest text a cell shows: a table row taller than a page cannot be laid out at all.
LONG_TEXT = 1400
SHORT_TEXT = 240


# A form costs about as much to write as setting its text a few times, so a cell becomes one
# when it is drawn more often than this at one size (an action's own text, printed in the
# progress table and again in the exceptions appendix, stays in place).
DRAWS_IN_PLACE = 3
# Room around a cell's form, so a word wider than its column still prints as it would unshared.
FORM_MARGIN = 1000.0
# The pack's paragraph per style and text (``cell_paragraph``); the styles are made per pack, so
# a pack's entries go when its styles do.
_SHARED: WeakKeyDictionary[ParagraphStyle, dict[str, CellParagraph]] = WeakKeyDictionary()


class CellParagraph(Paragraph):
    """A table cell's paragraph that breaks its lines once per width and, drawn again at the same
    width, repeats its first drawing as a PDF form instead of setting the text again.

    A pack repeats many cells (each lead, timescale and status, "No update recorded", the column
    headings of every table): ``cell_paragraph`` gives them one paragraph per text, so the
    markup is parsed, the lines broken and the text drawn once, and every other cell showing it
    refers to that. Tables also wrap a cell several times (to size rows, on each page split and
    again when drawing), and the result only depends on the width.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # What ``Paragraph.wrap`` worked out, per width: a shared cell is wrapped at each table's
        # column width in turn (a lead in the progress table, the attention list, the appendix).
        self._wraps: dict[float, tuple] = {}
        self._drawn_at: Counter[tuple[float, float]] = Counter()  # draws in place, per size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        known = self._wraps.get(availWidth)
        if known is None:
            if availWidth < rl_config._FUZZ:  # no room at all: reportlab breaks no lines
                return super().wrap(availWidth, availHeight)
            super().wrap(availWidth, availHeight)
            known = self._wraps[availWidth] = (self.width, self.height, self._wrapWidths, self.blPara)
        self.width, self.height, self._wrapWidths, self.blPara = known
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        form = f"cell-{id(self)}-{self.width:.2f}-{self.height:.2f}"
        if canvas.hasForm(form):
            canvas.doForm(form)
            return
        size = (self.width, self.height)
        if self._drawn_at[size] < DRAWS_IN_PLACE:
            self._drawn_at[size] += 1
            super().draw()
            return
        canvas.beginForm(
            form,
            lowerx=-FORM_MARGIN,
            lowery=-FORM_MARGIN,
            upperx=self.width + FORM_MARGIN,
            uppery=self.height + FORM_MARGIN,
        )
        super().draw()
        canvas.endForm()
        canvas.doForm(form)


def cell_paragraph(text: str, style: ParagraphStyle) -> CellParagraph:
    """The pack's one paragraph of ``text`` in ``style``, shared by every cell that shows it."""
    known = _SHARED.setdefault(style, {})
    paragraph = known.get(text)
    if paragraph is None:
        paragraph = known[text] = CellParagraph(text, style)
    return paragraph


# A pack escapes the same few texts (leads, timescales, dates) hundreds of times over.
cell_markup = lru_cache(maxsize=4096)(markup)


def cell(text: object, styles: Styles, limit: int = SHORT_TEXT, bold: bool = False) -> CellParagraph:
    return cell_paragraph(cell_markup(text, limit), styles.cell_bold if bold else styles.cell)


def status_markup(status: str, extra: str = "") -> str:
    """A coloured mark followed by the status in words (and its RAG word) so print in grey still reads;
    ``extra`` is the reason beside it ("Overdue by 4 years 11 months; no update since 13 October 2021")."""
    text = f'<font color="{status_colour(status)}">\u25a0</font> {markup(status_label(status), 60)}'
    if extra:
        text += f"<br/><b>{markup(extra, SHORT_TEXT)}</b>"
    return text


def status_cell(status: str, styles: Styles, extra: str = "") -> Paragraph:
    return cell_paragraph(status_markup(status, extra), styles.cell)


def update_markup(note: str, when: date | None, author: str) -> str:
    if not note and not when:
        return '<font color="#777777">No update recorded</font>'
    stamp = " · ".join(p for p in (short_date(when), markup(author, 80)) if p)
    head = f"<b>{stamp}</b><br/>" if stamp else ""
    return head + markup(note, LONG_TEXT)


def data_table(header: list[str], rows: list[list], fractions: list[float], width: float, styles: Styles) -> Table:
    """A table whose header repeats on every page and whose rows never split mid-row; a short
    column widens to its longest word ("2.4.21", "Completed") so none is broken mid-word."""
    widths = whole_word_widths([width * f / sum(fractions) for f in fractions], rows, width)
    data = [[cell_paragraph(markup(h), styles.header_cell) for h in header], *rows]
    table = Table(
        data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=int(styles.split_in_row), hAlign="LEFT"
    )
    table.setStyle(house_style())
    return table


# A column narrower than this share of the table holds short words (refs, dates, statuses) that
# must print whole; it never widens beyond MOST_OF_TABLE for one long word.
SHORT_COLUMN = 0.2
MOST_OF_TABLE = 0.2
WORD_ROOM = 9.0  # the cell's left and right padding, and a point of slack


def whole_word_widths(widths: list[float], rows: list[list], width: float) -> list[float]:
    """``widths`` with each short column widened to its longest word (measured bold, as refs are
    set), what it takes coming from the widest column."""
    widths = list(widths)
    widest = max(range(len(widths)), key=widths.__getitem__)
    for column, current in enumerate(widths):
        if column == widest or current > width * SHORT_COLUMN:
            continue
        needed = max((_longest_word(row[column]) for row in rows if column < len(row)), default=0.0) + WORD_ROOM
        wanted = min(needed, width * MOST_OF_TABLE)
        if wanted > current and widths[widest] - (wanted - current) > width * SHORT_COLUMN:
            widths[widest] -= wanted - current
            widths[column] = wanted
    return widths


def _longest_word(flowable) -> float:
    if not isinstance(flowable, Paragraph):
        return 0.0
    size = flowable.style.fontSize
    return max((stringWidth(w, BOLD, size) for w in set(flowable.getPlainText().split())), default=0.0)


def house_style(extra: list | None = None) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    return TableStyle(commands + (extra or []))


def titled_table(
    data: list[list], widths: list[float], styles: Styles, spans: list[int] | tuple[int, ...] = ()
) -> Table:
    """A table whose first row is its title across every column and whose second is the column
    headings: both repeat on every page it runs onto. Rows listed in `spans` run across every column."""
    table = Table(
        data, colWidths=widths, repeatRows=2, splitByRow=1, splitInRow=int(styles.split_in_row), hAlign="LEFT"
    )
    table.setStyle(
        house_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), GROUP_FILL),
                ("BACKGROUND", (0, 1), (-1, 1), NAVY),
                ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, ZEBRA]),
                *(("SPAN", (0, row), (-1, row)) for row in spans),
            ]
        )
    )
    return table
