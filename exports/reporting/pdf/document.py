"""The page furniture: running header, "Page X of Y" footer, contents entries and PDF bookmarks."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from exports.common.pdf_fonts import BOLD, REGULAR
from exports.common.pdf_text import fit_line, markup, plain
from exports.reporting.pdf.styles import MUTED, NAVY, RULE

PAPER = {"A4": A4, "A3": A3}
LANDSCAPE = "landscape"
MARGIN = 18 * mm
HEADER_SPACE = 14 * mm
FOOTER_SPACE = 16 * mm
# Room a form of text written at the end ("Page 120 of 120", a page number) may take, leftwards
# of the point it is right-aligned on.
LATE_TEXT_WIDTH = 200


@dataclass(frozen=True)
class PageFacts:
    """What every page repeats."""

    plan_title: str
    marking: str
    meeting: str
    generated: str


class Heading(Paragraph):
    """A heading that becomes a contents line, a clickable destination and a PDF outline entry."""

    def __init__(self, text: str, style, level: int, key: str) -> None:
        super().__init__(text, style)
        self.outline_level = level
        self.outline_key = key
        self.outline_text = plain(text)


class PageNumber(Flowable):
    """A contents entry's page number, drawn right-aligned in its column. The number is a form
    (``late_text``) written once the last page is laid out, so the contents need no second pass."""

    def __init__(self, form: str, style) -> None:
        super().__init__()
        self.form = form
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self.width = availWidth
        return availWidth, self.style.leading

    def draw(self) -> None:
        self.canv.saveState()
        # The baseline of a one-line paragraph of the same style in the next column.
        self.canv.translate(self.width, self.style.leading - self.style.fontSize)
        self.canv.doForm(self.form)
        self.canv.restoreState()


class Contents(Flowable):
    """The contents page. Its entries are the story's headings, known before layout
    (``ReportDocTemplate.build_pack``); only their page numbers wait for the end."""

    NUMBER_WIDTH = 36

    def __init__(self, level_styles) -> None:
        super().__init__()
        self.level_styles = tuple(level_styles)
        self.entries: list[Heading] = []
        self._table: Table | None = None

    def style_for(self, level: int):
        return self.level_styles[min(level, len(self.level_styles) - 1)]

    def _make_table(self, width: float) -> Table:
        rows = [
            [
                Paragraph(
                    f'<a href="#{h.outline_key}">{markup(h.outline_text, 400)}</a>', self.style_for(h.outline_level)
                ),
                PageNumber(contents_form(h.outline_key), self.style_for(h.outline_level)),
            ]
            for h in self.entries
        ] or [[Paragraph("No sections.", self.style_for(1)), ""]]
        style = TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return Table(rows, colWidths=[width - self.NUMBER_WIDTH, self.NUMBER_WIDTH], style=style, hAlign="LEFT")

    def _row(self, heading: Heading) -> list[Flowable]:
        style = self.style_for(heading.outline_level)
        link = f'<a href="#{heading.outline_key}">{markup(heading.outline_text, 400)}</a>'
        return [Paragraph(link, style), PageNumber(contents_form(heading.outline_key), style)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self._table = self._make_table(availWidth)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803 - reportlab's names
        return self._make_table(availWidth).splitOn(self.canv, availWidth, availHeight)

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)


def contents_form(key: str) -> str:
    return "contents-page-" + re.sub(r"[^A-Za-z0-9]", "_", key)


def page_label_form(page: int) -> str:
    return f"page-label-{page}"


class PackCanvas(Canvas):
    """A canvas that writes the text only the end of the layout knows ("of Y", contents page
    numbers) into the forms the pages already refer to, just before the file is saved."""

    def __init__(self, *args, before_save: Callable[[Canvas], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._before_save = before_save

    def save(self) -> None:
        self._before_save(self)
        super().save()


class ReportDocTemplate(BaseDocTemplate):
    def __init__(self, target, facts: PageFacts, paper: str = "A4", **kwargs) -> None:
        size = PAPER.get(paper, A4)
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_SPACE,
            bottomMargin=MARGIN + FOOTER_SPACE,
            title=plain(facts.plan_title),
            subject="Progress report",
            creator="Delivery Desk",
            initialFontName=REGULAR,
            initialFontSize=10,
            **kwargs,
        )
        self.facts = facts
        # Where each heading fell, by outline key, for the contents' page numbers.
        self.heading_pages: dict[str, int] = {}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0)
        wide = landscape(size)
        # A Gantt chart needs width more than height: its section turns the paper round.
        self.landscape_width = wide[0] - self.leftMargin - self.rightMargin
        self.landscape_height = wide[1] - self.topMargin - self.bottomMargin
        wide_frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.landscape_width,
            self.landscape_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="wide",
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._draw_cover_furniture),
                PageTemplate(id="body", frames=[frame], onPage=self._draw_furniture),
                PageTemplate(id=LANDSCAPE, frames=[wide_frame], onPage=self._draw_furniture, pagesize=wide),
            ]
        )

    def build_pack(self, story: list) -> None:
        """Lay the story out once. The page count and the headings' pages are only known at the
        end, so "of Y" and the contents' page numbers are forms the pages refer to and the
        canvas writes just before saving (reportlab allows a form to be defined after its use)."""
        headings = [f for f in story if isinstance(f, Heading)]
        self.contents = [f for f in story if isinstance(f, Contents)]
        for contents in self.contents:
            contents.entries = headings
        self.heading_pages = {}
        self.build(story, canvasmaker=partial(PackCanvas, before_save=self._write_late_text))

    def _write_late_text(self, canvas: Canvas) -> None:
        total = self.page
        for page in range(1, total + 1):
            canvas.beginForm(page_label_form(page), lowerx=-LATE_TEXT_WIDTH, lowery=-4, upperx=1, uppery=12)
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(NAVY)
            canvas.drawRightString(0, 0, f"Page {page} of {total}")
            canvas.endForm()
        for contents in self.contents:
            for heading in contents.entries:
                form = contents_form(heading.outline_key)
                if canvas.hasForm(form):
                    continue
                style = contents.style_for(heading.outline_level)
                canvas.beginForm(form, lowerx=-LATE_TEXT_WIDTH, lowery=-style.fontSize, upperx=1, uppery=style.leading)
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                canvas.drawRightString(0, 0, str(self.heading_pages[heading.outline_key]))
                canvas.endForm()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Heading):
            self.heading_pages[flowable.outline_key] = self.page
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_text, flowable.outline_key, flowable.outline_level, closed=True)
            self.notify("TOCEntry", (flowable.outline_level, flowable.outline_text, self.page, flowable.outline_key))

    def _page_size(self) -> tuple[float, float]:
        return self.pageTemplate.pagesize or self.pagesize

    def _draw_marking(self, canvas, y: float) -> None:
        if self.facts.marking:
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(NAVY)
            canvas.drawCentredString(self._page_size()[0] / 2, y, plain(self.facts.marking).upper())

    def _draw_repeated(self, canvas, running_header: bool) -> None:
        """What every page of this kind draws alike: the marking above, the running header (plan
        title and rule) on body pages, and the footer's rule."""
        width, height = self._page_size()
        self._draw_marking(canvas, height - MARGIN + 2)
        if running_header:
            top = height - MARGIN - 6 * mm
            canvas.setFont(REGULAR, 8.5)
            canvas.setFillColor(NAVY)
            canvas.drawString(MARGIN, top, fit_line(plain(self.facts.plan_title), REGULAR, 8.5, width - 2 * MARGIN))
            canvas.setStrokeColor(NAVY)
            canvas.setLineWidth(1)
            canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        y = MARGIN + 6 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)

    def _draw_page_furniture(self, canvas, running_header: bool) -> None:
        """The page's furniture. What every page of a kind draws alike is one form that each page
        refers to, not set again on every page of a 100-page pack. The footer's lines stay on the
        page, just before its "Page X of Y", so its text reads in the same order as ever."""
        width, height = self._page_size()
        form = f"furniture-{'body' if running_header else 'cover'}-{width:.0f}x{height:.0f}"
        if not canvas.hasForm(form):
            canvas.beginForm(form, lowerx=0, lowery=0, upperx=width, uppery=height)
            self._draw_repeated(canvas, running_header)
            canvas.endForm()
        canvas.saveState()
        canvas.doForm(form)
        y = MARGIN + 6 * mm
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, fit_line(plain(self.facts.meeting), REGULAR, 8, width * 0.6))
        canvas.drawString(MARGIN, y - 10, plain(self.facts.generated))
        canvas.saveState()
        canvas.translate(width - MARGIN, y)
        canvas.doForm(page_label_form(self.page))  # "Page X of Y", right-aligned here
        canvas.restoreState()
        self._draw_marking(canvas, MARGIN - 6)
        canvas.restoreState()

    def _draw_cover_furniture(self, canvas, doc) -> None:
        self._draw_page_furniture(canvas, running_header=False)

    def _draw_furniture(self, canvas, doc) -> None:
        self._draw_page_furniture(canvas, running_header=True)
