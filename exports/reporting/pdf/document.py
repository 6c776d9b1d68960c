"""The page furniture: running header, "Page X of Y" footer, contents entries and PDF bookmarks."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from exports.common.pdf_fonts import BOLD, REGULAR
from exports.common.pdf_text import fit_line, plain
from exports.reporting.pdf.styles import MUTED, NAVY, RULE

PAPER = {"A4": A4, "A3": A3}
LANDSCAPE = "landscape"
# True while a build pass runs whose output will be discarded (the first multiBuild pass).
MEASURING_PASS: ContextVar[bool] = ContextVar("measuring_pass", default=False)
MARGIN = 18 * mm
HEADER_SPACE = 14 * mm
FOOTER_SPACE = 16 * mm


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


class PageTotal(Flowable):
    """Makes multiBuild run again until the "of Y" printed on each page equals the real page count."""

    def __init__(self, doc: ReportDocTemplate) -> None:
        super().__init__()
        self.doc = doc

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self.doc.assumed_total == self.doc.page

    def beforeBuild(self) -> None:
        return None

    def notify(self, kind: str, stuff: object) -> None:
        return None

    def afterBuild(self) -> None:
        self.doc.next_total = self.doc.page


def _not_drawn(*_args, **_kwargs) -> None:
    return None


class PackFrame(Frame):
    """A frame that, in the measuring pass, places each flowable without drawing it: only where
    pages break and headings fall is kept from that pass, so its drawing would be thrown away."""

    def _add(self, flowable: Flowable, canv, trySplit: int = 0) -> int:  # noqa: N803 - reportlab's names
        if not MEASURING_PASS.get():
            return super()._add(flowable, canv, trySplit)
        # Through __dict__: charts (reportlab Drawings) refuse attributes they do not declare.
        vars(flowable)["drawOn"] = _not_drawn
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            vars(flowable).pop("drawOn", None)

    # reportlab's Frame binds ``add = _add`` once, so the override is bound again here.
    add = _add


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
        self.assumed_total: int | None = None
        self.next_total: int | None = None
        frame = PackFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0)
        wide = landscape(size)
        # A Gantt chart needs width more than height: its section turns the paper round.
        self.landscape_width = wide[0] - self.leftMargin - self.rightMargin
        self.landscape_height = wide[1] - self.topMargin - self.bottomMargin
        wide_frame = PackFrame(
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

    def multiBuild(self, story, maxPasses: int = 10, **kwargs):  # noqa: N802 - reportlab's name
        return super().multiBuild([PageTotal(self), *story], maxPasses=maxPasses, **kwargs)

    def build(self, flowables, **kwargs):
        # Each multiBuild pass prints the page count the previous pass ended with.
        self.assumed_total = self.next_total
        # The first pass cannot be kept: its page totals and contents are unknown (PageTotal sees to that).
        token = MEASURING_PASS.set(self.assumed_total is None)
        try:
            return super().build(flowables, **kwargs)
        finally:
            MEASURING_PASS.reset(token)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_text, flowable.outline_key, flowable.outline_level, closed=True)
            self.notify("TOCEntry", (flowable.outline_level, flowable.outline_text, self.page, flowable.outline_key))

    def _page_size(self) -> tuple[float, float]:
        return self.pageTemplate.pagesize or self.pagesize

    def _page_label(self) -> str:
        total = self.assumed_total if self.assumed_total else "?"
        return f"Page {self.page} of {total}"

    def _draw_marking(self, canvas, y: float) -> None:
        if self.facts.marking:
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(NAVY)
            canvas.drawCentredString(self._page_size()[0] / 2, y, plain(self.facts.marking).upper())

    def _draw_footer(self, canvas) -> None:
        width = self._page_size()[0]
        y = MARGIN + 6 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, fit_line(plain(self.facts.meeting), REGULAR, 8, width * 0.6))
        canvas.drawString(MARGIN, y - 10, plain(self.facts.generated))
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(NAVY)
        canvas.drawRightString(width - MARGIN, y, self._page_label())
        self._draw_marking(canvas, MARGIN - 6)

    def _draw_cover_furniture(self, canvas, doc) -> None:
        canvas.saveState()
        self._draw_marking(canvas, self._page_size()[1] - MARGIN + 2)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_furniture(self, canvas, doc) -> None:
        canvas.saveState()
        width, height = self._page_size()
        self._draw_marking(canvas, height - MARGIN + 2)
        top = height - MARGIN - 6 * mm
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(NAVY)
        canvas.drawString(MARGIN, top, fit_line(plain(self.facts.plan_title), REGULAR, 8.5, width - 2 * MARGIN))
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1)
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        self._draw_footer(canvas)
        canvas.restoreState()
