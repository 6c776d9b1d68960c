"""What keeps the print pack fast: the story is laid out once (page totals and contents page
numbers are written at the end), a cell's markup is parsed once per text and style (each
paragraph still breaking its own lines), and the page furniture is set once per kind of page."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, paraparser

from exports.reporting.pdf import paper
from exports.reporting.pdf.cells import DRAWS_IN_PLACE, cell, cell_paragraph, status_cell
from exports.reporting.pdf.document import Contents, Heading, PageFacts, ReportDocTemplate
from exports.reporting.pdf.styles import make_styles
from models.snapshots.paper import PaperBlock, PaperSection
from tests.report_helpers import pages_text, pdf_reader


class Counted(Flowable):
    def __init__(self) -> None:
        super().__init__()
        self.wrapped = 0
        self.drawn = 0

    def wrap(self, available_width, available_height):
        self.wrapped += 1
        return 100, 20

    def draw(self) -> None:
        self.drawn += 1


def test_the_pack_is_laid_out_once_with_page_totals_and_contents_numbers_written_at_the_end():
    styles = make_styles()
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, PageFacts("Plan", "", "Board", "Generated today"))
    counted = Counted()
    story = [
        Contents(styles.toc_levels),
        PageBreak(),
        Heading("First", styles.h1, 0, "first"),
        counted,
        PageBreak(),
        PageBreak(),
        Heading("Second", styles.h2, 1, "second"),
    ]
    doc.build_pack(story)
    assert (counted.wrapped, counted.drawn) == (1, 1)
    pages = pages_text(buffer.getvalue())
    assert len(pages) == 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of 4" in text
    # Each heading with the page it fell on.
    assert [line.strip() for line in pages[0].splitlines()][-4:] == ["First", "2", "Second", "4"]


def test_a_repeated_cell_is_parsed_broken_and_set_once_and_still_prints_in_every_row(monkeypatch):
    styles = make_styles()
    parses, breaks = [], []
    real_parse, real_break = paraparser.ParaParser.parse, Paragraph.breakLines

    def parse(self, text, style):
        parses.append(text)
        return real_parse(self, text, style)

    def break_lines(self, widths):
        breaks.append(widths[0])
        return real_break(self, widths)

    monkeypatch.setattr(paraparser.ParaParser, "parse", parse)
    monkeypatch.setattr(Paragraph, "breakLines", break_lines)
    lead = "Safer Communities Partnership Team"
    rows = [[cell(f"1.{n}", styles), cell(lead, styles)] for n in range(120)]
    assert rows[0][1] is rows[-1][1] and rows[0][0] is not rows[1][0]
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, PageFacts("Plan", "", "Board", "Generated today"))
    doc.build_pack([Table(rows, colWidths=[60, 80], repeatRows=0)])
    assert parses.count(lead) == 1
    assert breaks.count(80 - 12) == 1  # the column less the cell's padding
    pages = pages_text(buffer.getvalue())
    assert len(pages) > 1  # the rows run over pages, each drawing the lead from the one form
    text = "\n".join(pages)
    assert text.count("Safer\nCommunities\nPartnership\nTeam") == 120
    assert all(f"1.{n}\n" in text for n in range(120))
    # Set in place in the first rows; every later row refers to the one form (two per page are the
    # page's furniture and its "Page X of Y").
    uses = sum(page.get_contents().get_data().count(b" Do") for page in pdf_reader(buffer.getvalue()).pages)
    assert uses == 120 - DRAWS_IN_PLACE + 2 * len(pages)


def test_the_running_header_is_set_once_and_still_heads_every_page(monkeypatch):
    titles = []
    real_draw_string = Canvas.drawString

    def draw_string(self, x, y, text, *args, **kwargs):
        titles.append(text)
        return real_draw_string(self, x, y, text, *args, **kwargs)

    monkeypatch.setattr(Canvas, "drawString", draw_string)
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, PageFacts("Annual Delivery Plan", "OFFICIAL", "Board", "Generated today"))
    doc.build_pack([NextPageTemplate("body"), PageBreak(), *(Spacer(10, 300) for _ in range(12))])
    pages = pages_text(buffer.getvalue())
    assert len(pages) > 4
    for number, text in enumerate(pages[1:], start=2):  # the cover has no running header
        assert text.count("OFFICIAL") == 2 and "Annual Delivery Plan" in text and f"Page {number} of" in text
    assert titles.count("Annual Delivery Plan") == 1


def test_a_shared_cell_breaks_its_lines_again_at_another_width():
    styles = make_styles()
    shared = cell_paragraph("Off track (Red) and overdue by six months", styles.cell)
    assert shared is cell_paragraph("Off track (Red) and overdue by six months", styles.cell)
    narrow = shared.wrap(40, 100)[1]
    wide = shared.wrap(400, 100)[1]
    assert narrow > wide
    assert shared.wrap(40, 100)[1] == narrow


def test_a_shared_cell_in_tables_of_different_widths_breaks_its_lines_once_per_width(monkeypatch):
    # A lead or a status sits in the progress table, the attention list and the appendix, each
    # with its own column width; the tables wrap their cells in turn as they split over pages.
    breaks = []
    real_break = Paragraph.breakLines

    def break_lines(self, widths):
        breaks.append(widths[0])
        return real_break(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", break_lines)
    styles = make_styles()
    shared = cell_paragraph("Community Safety Partnership Manager", styles.cell)
    sizes = [shared.wrap(width, 100) for width in (40, 400, 40, 400, 40)]
    assert breaks == [40, 400]
    assert sizes[0] == sizes[2] == sizes[4] and sizes[1] == sizes[3] and sizes[0][1] > sizes[1][1]
    fresh = Paragraph("Community Safety Partnership Manager", styles.cell)
    fresh.wrap(40, 100)
    assert shared.blPara.lines == fresh.blPara.lines  # drawn with the lines of the width it was last wrapped at


def test_a_sub_heading_and_the_last_paragraph_of_its_run_never_stand_alone_on_a_page():
    styles = make_styles()
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, PageFacts("Plan", "", "Board", "Generated today"))
    blocks = (
        PaperBlock(heading="Priority 1: Prevention"),
        PaperBlock("First paragraph of the narrative."),
        PaperBlock("Second and last paragraph of the narrative."),
    )
    prose = paper.section(PaperSection("progress", "Progress on each priority", "", blocks), 4, styles)
    # Room at the foot of the page for the heading and one paragraph (one line and its space after), not two.
    heading = styles.h2.spaceBefore + styles.h2.leading + styles.h2.spaceAfter
    room = heading + styles.body.leading + styles.body.spaceAfter + styles.body.leading / 2
    filler = Spacer(1, doc.height - room)
    section_heading, run = prose[1], prose[2:]
    doc.build_pack([Contents(styles.toc_levels), PageBreak(), section_heading, PageBreak(), filler, *run])
    pages = pages_text(buffer.getvalue())
    assert len(pages) == 4
    for text in ("Priority 1: Prevention", "4.1", "First paragraph", "4.2", "Second and last"):
        assert text in pages[3] and text not in pages[2]
    assert "Priority 1: Prevention\n4" in pages[0]  # a heading kept with its run still reaches the contents


def test_a_status_cell_prints_its_whole_reason():
    reason = "Overdue by 4 years 11 months; no update since 13 October 2021"
    text = status_cell("on_track", make_styles(), reason).getPlainText()
    assert text.endswith(reason)
