"""Building blocks for the pack's tables: safe cells, status cells, the house table style."""

from __future__ import annotations

from datetime import date
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from exports.common.pdf_fonts import REGULAR
from exports.common.pdf_text import markup
from exports.reporting.pdf.document import MEASURING_PASS
from exports.reporting.pdf.styles import NAVY, RULE, ZEBRA, Styles
from models.snapshots.report import status_colour, status_label

# Longest text a cell shows: a table row taller than a page cannot be laid out at all.
LONG_TEXT = 1400
SHORT_TEXT = 240


# Parsed markup per style and text. A pack repeats many cells (each status, lead and timescale,
# the column headings on every table) and parsing is a third of making a paragraph; the styles
# are made per pack, so a pack's entries go when its styles do.
_PARSED: WeakKeyDictionary[ParagraphStyle, dict[str, tuple[str, list]]] = WeakKeyDictionary()


class CellParagraph(Paragraph):
    """A table cell's paragraph that remembers its line breaks for a given width, and whose markup
    is parsed once per text and style in a pack.

    Tables wrap every cell several times (to size rows, on each page split, again when drawing, and
    once more per multiBuild pass); the result only depends on the width, so it is computed once.
    """

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText=None, frags=None, **kwargs) -> None:  # noqa: N803
        if frags is not None or bulletText is not None:  # a part made by splitting a paragraph
            super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)
            return
        parsed = _PARSED.setdefault(style, {})
        known = parsed.get(text)
        if known is None:
            super().__init__(text, style)
            parsed[text] = (self.text, [frag.clone() for frag in self.frags])
        else:
            # Each paragraph gets its own fragments: line breaking marks them as it goes.
            cleaned, frags = known
            super().__init__(cleaned, style, frags=[frag.clone() for frag in frags])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        if getattr(self, "_wrapped_width", None) == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size

    def draw(self) -> None:
        # The first multiBuild pass only measures (its output is thrown away), so text is not drawn.
        if not MEASURING_PASS.get():
            super().draw()


def long_date(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def short_date(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def cell(text: object, styles: Styles, limit: int = SHORT_TEXT, bold: bool = False) -> Paragraph:
    return CellParagraph(markup(text, limit), styles.cell_bold if bold else styles.cell)


def status_cell(status: str, styles: Styles, extra: str = "") -> Paragraph:
    """A coloured mark followed by the status in words (and its RAG word) so print in grey still reads."""
    text = f'<font color="{status_colour(status)}">\u25a0</font> {markup(status_label(status), 60)}'
    if extra:
        text += f"<br/><b>{markup(extra, 60)}</b>"
    return CellParagraph(text, styles.cell)


def update_cell(note: str, when: date | None, author: str, styles: Styles) -> Paragraph:
    if not note and not when:
        return CellParagraph('<font color="#777777">No update recorded</font>', styles.cell)
    stamp = " · ".join(p for p in (short_date(when), markup(author, 80)) if p)
    head = f"<b>{stamp}</b><br/>" if stamp else ""
    return CellParagraph(head + markup(note, LONG_TEXT), styles.cell)


def data_table(header: list[str], rows: list[list], fractions: list[float], width: float, styles: Styles) -> Table:
    """A table whose header repeats on every page and whose rows never split mid-row."""
    widths = [width * f / sum(fractions) for f in fractions]
    data = [[CellParagraph(markup(h), styles.header_cell) for h in header], *rows]
    table = Table(
        data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=int(styles.split_in_row), hAlign="LEFT"
    )
    table.setStyle(house_style())
    return table


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
