"""What makes the Word edition a paper a clerk accepts: tables sized to their words, rows that stay
whole, repeated header rows, a contents, "Page X of Y", en-GB and honest document properties.

Word lays out its own pages, so each contents line carries a PAGEREF field to a bookmark on its
heading: LibreOffice fills the page numbers in as it lays the document out, and Word on opening.
``PaperWriter`` appends headings, numbered paragraphs and tables by these rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.common.pdf_fonts import BOLD, REGULAR, register_fonts
from models.snapshots.report import status_colour

# XML 1.0 cannot hold these; python-docx would raise on them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TABLE_TEXT_PT = 9
# An objective title heading its table: a step above the cells, as the PDF's heading 3 is.
TABLE_TITLE_PT = 10
NUMBER_INDENT = Mm(11)
# A no-break space keeps the coloured mark on the line of the status it marks.
STATUS_MARK = "\u25a0\u00a0"
HEADER_FILL = "D9E2F3"
GROUP_FILL = "EEF2F8"
LANGUAGE = "en-GB"
BREAKS = re.compile(r"[ \t\r\n]+")
# Arial is on every Windows and Mac desktop; its widths are Helvetica's, which reportlab knows.
FONT = "Arial"
# Words are measured in Arial and in DejaVu Sans (the pack's own font), whichever is wider:
# LibreOffice on a machine without Arial or its metric twin Liberation Sans sets the paper in
# DejaVu Sans, a seventh wider, and a column sized for Arial alone breaks "1.2.10" or "Timescale".
METRIC_FACES = (("Helvetica", "Helvetica-Bold"), (REGULAR, BOLD))
NAVY = RGBColor(0x1F, 0x38, 0x64)
# Word's default cell margins (5.4 pt each side) and a little room for rounding and kerning.
CELL_PADDING = 14.0
FONT_SLACK = 1.02
# No column is laid out wider than this share of the page, however long its longest word (a URL).
LONGEST_WORD_SHARE = 0.45


def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return max(stringWidth(text, faces[bold], size) for faces in METRIC_FACES) * FONT_SLACK


def column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], available: float, size: float = 9, bold_first: bool = True
) -> list[float]:
    """Column widths in points, filling ``available``, the way a browser sizes an automatic table:
    every column at least as wide as its longest word (so no word is broken), and the space left
    shared in proportion to how much more each column's text would like. The header is bold, and
    so is the first column (the ref) when ``bold_first``."""
    count = len(header)
    least = [0.0] * count
    most = [0.0] * count
    for row, bold_row in ((header, True), *((r, False) for r in rows)):
        for index, text in enumerate(row[:count]):
            bold = bold_row or (bold_first and index == 0)
            # Split where Word may break a line: not at a no-break space (str.split would).
            words = [w for w in BREAKS.split(str(text)) if w]
            if words:
                widest = max(text_width(w, size, bold) for w in words)
                least[index] = max(least[index], min(widest, available * LONGEST_WORD_SHARE))
            for line in str(text).splitlines() or [""]:
                most[index] = max(most[index], text_width(line, size, bold))
    least = [w + CELL_PADDING for w in least]
    most = [max(m + CELL_PADDING, lo) for m, lo in zip(most, least, strict=True)]
    if sum(least) >= available:
        # Even the longest words do not fit side by side: shrink alike (Word then breaks inside words).
        return [w * available / sum(least) for w in least]
    spare = available - sum(least)
    wants = [m - lo for m, lo in zip(most, least, strict=True)]
    if sum(wants) <= spare:
        # Everything fits on one line: share what is left by how much each column holds.
        extra = spare - sum(wants)
        return [m + extra * m / sum(most) for m in most]
    return [lo + spare * want / sum(wants) for lo, want in zip(least, wants, strict=True)]


def _set(element, tag: str, **attributes: str):
    child = element.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        element.append(child)
    for name, value in attributes.items():
        child.set(qn(name), value)
    return child


def size_table(table, widths_pt: Sequence[float]) -> None:
    """Fixed layout at the given widths: Word and LibreOffice then keep them instead of guessing."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _set(tbl_pr, "w:tblLayout", **{"w:type": "fixed"})
    total = sum(widths_pt)
    _set(tbl_pr, "w:tblW", **{"w:w": str(round(total * 20)), "w:type": "dxa"})
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths_pt, strict=True):
        column.set(qn("w:w"), str(round(width * 20)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_pt, strict=True):
            cell.width = Emu(round(width * 12700))


def shade(cell, fill: str) -> None:
    _set(cell._tc.get_or_add_tcPr(), "w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})


def keep_rows_whole(table, header_rows: int = 1) -> None:
    """No row splits across a page, and the first ``header_rows`` repeat at the top of each page."""
    for index, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        _set(properties, "w:cantSplit")
        if index < header_rows:
            _set(properties, "w:tblHeader", **{"w:val": "true"})


def _field(paragraph, instruction: str, shown: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, PAGEREF…) with ``shown`` as its result until it is updated."""

    def run_with(element) -> None:
        run = paragraph.add_run()
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run_with(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def page_x_of_y(paragraph) -> None:
    paragraph.add_run("Page ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES", "1")


def bookmark(paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def contents(document, entries: Sequence[tuple[int, str, str]], width_pt: float) -> None:
    """One line per heading ``(level, text, bookmark)`` with its page as a PAGEREF field. Not a TOC
    field: LibreOffice keeps a TOC's text as written, but computes each PAGEREF as it lays out, and
    Word updates them on opening (``updateFields``)."""
    for level in (1, 2):
        name = f"toc {level}"
        if name not in [s.name for s in document.styles]:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = document.styles["Normal"]
            style.paragraph_format.left_indent = Mm(0 if level == 1 else 6)
            style.paragraph_format.space_after = Pt(2)
            style.paragraph_format.tab_stops.add_tab_stop(Pt(width_pt), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            style.font.bold = level == 1
    for level, text, mark in entries:
        paragraph = document.add_paragraph(style=f"toc {min(level, 2)}")
        paragraph.add_run(text)
        paragraph.add_run("\t")
        _field(paragraph, f"PAGEREF {mark} \\h", "")


def _only_font(fonts) -> None:
    """Arial and nothing else: a theme font attribute (asciiTheme…) would win over it."""
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), FONT)


def british_english(document) -> None:
    """en-GB for every run (spelling, hyphenation, screen readers) and Arial throughout."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = _set(_set(defaults, "w:rPrDefault"), "w:rPr")
    _set(run_defaults, "w:lang", **{"w:val": LANGUAGE, "w:eastAsia": LANGUAGE, "w:bidi": "ar-SA"})
    _only_font(_set(run_defaults, "w:rFonts"))
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            style_rpr = style.element.get_or_add_rPr()
            _set(style_rpr, "w:lang", **{"w:val": LANGUAGE})
            fonts = style_rpr.find(qn("w:rFonts"))
            if fonts is not None:
                _only_font(fonts)
    settings = document.settings.element
    _set(settings, "w:themeFontLang", **{"w:val": LANGUAGE})
    # Word refreshes the contents' page numbers when the paper is opened.
    _set(settings, "w:updateFields", **{"w:val": "true"})


def properties(document, title: str, author: str, subject: str, keywords: str) -> None:
    """Core properties that describe this paper, not python-docx's template of 2013."""
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    core = document.core_properties
    core.title = title
    core.author = author
    core.last_modified_by = author
    core.subject = subject
    core.keywords = keywords
    core.category = "Committee report"
    core.comments = "Produced by Delivery Desk"
    core.language = LANGUAGE
    core.created = now
    core.modified = now
    core.revision = 1
    # The template says it was last printed in 2013; this paper has not been printed yet.
    printed = core._element.find(qn("cp:lastPrinted"))
    if printed is not None:
        core._element.remove(printed)


@dataclass(frozen=True, slots=True)
class Span:
    """A table row across every column: a group heading (``group``) or a note such as "see 1.2.3"."""

    text: str
    group: bool = True


def plain_text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


class PaperWriter:
    """Appends to one document, keeping the headings the contents lists."""

    def __init__(self, document, width_pt: float) -> None:
        self.document = document
        self.width_pt = width_pt
        self.entries: list[tuple[int, str, str]] = []

    def heading(self, text: str, level: int) -> None:
        paragraph = self.document.add_heading(plain_text(text), level=level)
        paragraph.paragraph_format.keep_with_next = True
        if level <= 2:
            mark = f"_Toc{len(self.entries) + 1:04d}"
            bookmark(paragraph, mark, len(self.entries) + 1)
            self.entries.append((level, plain_text(text), mark))

    def subheading(self, text: str) -> None:
        """A heading 3: kept with what follows, not in the contents (as in the PDF)."""
        self.document.add_heading(plain_text(text), level=3).paragraph_format.keep_with_next = True

    def para(self, text: str, bold: bool = False, muted: bool = False):
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(plain_text(text))
        run.bold = bold
        if muted:
            run.italic = True
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        return paragraph

    def numbered(self, label: str, text: str) -> None:
        """ "4.2<tab>text" with a hanging indent, so the number stands clear for minutes to cite."""
        paragraph = self.document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.left_indent = NUMBER_INDENT
        fmt.first_line_indent = -NUMBER_INDENT
        fmt.tab_stops.add_tab_stop(NUMBER_INDENT, WD_TAB_ALIGNMENT.LEFT)
        paragraph.add_run(label).bold = True
        paragraph.add_run("\t" + plain_text(text))

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object] | Span],
        status_columns: Sequence[int] = (),
        title: str = "",
    ):
        """A table sized to its words whose rows never split and whose header repeats on each page.
        A ``title`` (an objective's) is a first row across every column, repeated with the column
        headings on each page the table runs onto, so a continuation page says whose actions it lists.
        A status column's values are ``(status, words)`` pairs: a coloured mark, then the words.
        A ``Span`` row runs across every column (a group heading or a "see 1.2.3" line) and is left
        out of the widths, as the PDF spans it."""
        plain_rows = [
            row if isinstance(row, Span) else [v[1] if isinstance(v, tuple) else plain_text(v) for v in row]
            for row in rows
        ]
        measured = [
            [(STATUS_MARK + v) if i in status_columns else v for i, v in enumerate(row)]
            for row in plain_rows
            if not isinstance(row, Span)
        ]
        widths = column_widths(header, measured, self.width_pt, TABLE_TEXT_PT)
        heads = 2 if title else 1
        table = self.document.add_table(rows=heads + len(rows), cols=len(header))
        table.style = "Table Grid"
        for cell, heading in zip(table.rows[heads - 1].cells, header, strict=True):
            run = cell.paragraphs[0].add_run(plain_text(heading))
            run.bold = True
            run.font.size = Pt(TABLE_TEXT_PT)
            shade(cell, HEADER_FILL)
        spans = []
        for row, values, shown in zip(table.rows[heads:], rows, plain_rows, strict=True):
            if isinstance(values, Span):
                spans.append((row, values))
                continue
            for index, (cell, value, text) in enumerate(zip(row.cells, values, shown, strict=True)):
                paragraph = cell.paragraphs[0]
                if index in status_columns and isinstance(value, tuple):
                    mark = paragraph.add_run(STATUS_MARK)
                    mark.font.color.rgb = RGBColor.from_string(status_colour(value[0]).lstrip("#").upper())
                    mark.font.size = Pt(TABLE_TEXT_PT)
                run = paragraph.add_run(text)
                run.font.size = Pt(TABLE_TEXT_PT)
                run.bold = index == 0 and bool(text)
        size_table(table, widths)
        for row, span in spans:
            merged = row.cells[0].merge(row.cells[-1])
            run = merged.paragraphs[0].add_run(plain_text(span.text))
            run.font.size = Pt(TABLE_TEXT_PT)
            run.bold = span.group
            run.italic = not span.group
            if span.group:
                shade(merged, GROUP_FILL)
                # A group heading never ends a page without the first row it heads.
                merged.paragraphs[0].paragraph_format.keep_with_next = True
        if title:
            merged = table.rows[0].cells[0].merge(table.rows[0].cells[-1])
            paragraph = merged.paragraphs[0]
            run = paragraph.add_run(plain_text(title))
            run.bold = True
            run.font.size = Pt(TABLE_TITLE_PT)
            paragraph.paragraph_format.keep_with_next = True
        keep_rows_whole(table, header_rows=heads)
        # Air after the table, or the next heading sits on its bottom rule.
        self.document.add_paragraph()
        return table
