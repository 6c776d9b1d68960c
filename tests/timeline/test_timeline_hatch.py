"""A bar pattern drawn again and again at one size and colour is set once, as a form that every
later bar refers to, and still lands exactly where the bar drawn in place would have it."""

from __future__ import annotations

import io

from pypdf.generic import ContentStream
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from exports.timeline import hatch
from tests.report_helpers import pdf_reader

BARS = 10


def _page(draws_in_place: int, monkeypatch):
    monkeypatch.setattr(hatch, "DRAWS_IN_PLACE", draws_in_place)
    buffer = io.BytesIO()
    canv = Canvas(buffer)
    for n in range(BARS):
        hatch.draw_marks(canv, "diagonal", colors.HexColor("#c62828"), (30.5, 40 + 11 * n, 120.25, 7))
    canv.showPage()
    canv.save()
    page = pdf_reader(buffer.getvalue()).pages[0]
    return page, ContentStream(page.get_contents(), page.pdf).operations


def _points(operations) -> list[tuple[float, float]]:
    """The path points a content stream moves and draws to."""
    return [(float(x), float(y)) for operands, op in operations if op in (b"m", b"l") for x, y in [operands]]


def test_a_repeated_hatch_is_one_form_drawn_where_each_bar_set_in_place_would_be(monkeypatch):
    page, operations = _page(hatch.DRAWS_IN_PLACE, monkeypatch)
    assert sum(op == b"Do" for _, op in operations) == BARS - hatch.DRAWS_IN_PLACE
    assert sum(op == b"S" for _, op in operations) == hatch.DRAWS_IN_PLACE  # the first bars in place
    (form,) = page["/Resources"]["/XObject"].values()
    form_points = _points(ContentStream(form.get_object(), page.pdf).operations)
    drawn, shift = _points(operations), (0.0, 0.0)
    for operands, op in operations:
        if op == b"cm":
            shift = (float(operands[4]), float(operands[5]))
        elif op == b"Do":
            drawn += [(x + shift[0], y + shift[1]) for x, y in form_points]

    _, in_place = _page(BARS, monkeypatch)  # every bar set in place, as before forms
    expected = _points(in_place)
    assert len(expected) == BARS * len(form_points)
    assert [(round(x, 3), round(y, 3)) for x, y in drawn] == [(round(x, 3), round(y, 3)) for x, y in expected]
