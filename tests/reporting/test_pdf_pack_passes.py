"""What keeps the print pack fast: the measuring pass draws nothing, and a cell's markup is parsed
once per text and style (each paragraph still breaking its own lines)."""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, Paragraph, paraparser

from exports.reporting.pdf.cells import CellParagraph
from exports.reporting.pdf.document import PageFacts, ReportDocTemplate
from exports.reporting.pdf.styles import make_styles
from tests.report_helpers import pages_text


class Counted(Flowable):
    def __init__(self) -> None:
        super().__init__()
        self.drawn = 0

    def wrap(self, available_width, available_height):
        return 100, 20

    def draw(self) -> None:
        self.drawn += 1


def test_the_measuring_pass_places_flowables_without_drawing_them():
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, PageFacts("Plan", "", "Board", "Generated today"))
    counted = Counted()
    doc.multiBuild([Paragraph("Before"), counted, Paragraph("After")])
    # Two passes (the first learns the page count), one drawing.
    assert counted.drawn == 1
    assert "Page 1 of 1" in pages_text(buffer.getvalue())[0]


def test_a_repeated_cell_is_parsed_once_and_breaks_its_own_lines(monkeypatch):
    styles = make_styles()
    parses = []
    real = paraparser.ParaParser.parse

    def parse(self, text, style):
        parses.append(text)
        return real(self, text, style)

    monkeypatch.setattr(paraparser.ParaParser, "parse", parse)
    text = '<font color="#c00000">\u25a0</font> Off track<br/><b>Overdue</b>'
    first, second = CellParagraph(text, styles.cell), CellParagraph(text, styles.cell)
    assert len(parses) == 1
    assert first.frags is not second.frags and first.frags[0] is not second.frags[0]
    first.wrap(40, 100)
    second.wrap(400, 100)
    assert len(first.blPara.lines) > len(second.blPara.lines)
    assert first.getPlainText() == second.getPlainText()
