"""A bar's status pattern (hatch lines or dots), set in place or, for a shape drawn again and
again, once into a form that every later bar of that shape refers to."""

from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from reportlab.pdfgen.canvas import Canvas

STEP = 2.5
LINE_WIDTH = 0.6
DOT_RADIUS = 0.45
# A form costs about as much to write as a few hatches, so a pattern becomes one when it is drawn
# more often than this at one size and colour (bars of one length and status: all the "Ongoing"
# or "March 2023" actions off track). A shape seen once or twice stays in place.
DRAWS_IN_PLACE = 3
# Room around a form's marks: line ends and dots reach past the bar's box before the bar clips them.
FORM_MARGIN = 2.0
_drawn: WeakKeyDictionary[Canvas, Counter[str]] = WeakKeyDictionary()


def draw_marks(canv: Canvas, pattern: str, colour, box: tuple[float, float, float, float]) -> None:
    """The pattern's marks over ``box`` (x, y, width, height), in ``colour``, within the clip the
    caller set (the bar's outline)."""
    x, y, w, h = box
    if not _has_marks(pattern):
        return
    form = f"hatch-{pattern}-{colour.hexval()}-{w!r}-{h!r}"
    if not canv.hasForm(form):
        drawn = _drawn.setdefault(canv, Counter())
        drawn[form] += 1
        if drawn[form] <= DRAWS_IN_PLACE:
            _marks(canv, pattern, colour, x, y, w, h)
            return
        canv.beginForm(form, -h - FORM_MARGIN, -FORM_MARGIN, w + h + FORM_MARGIN, h + FORM_MARGIN)
        _marks(canv, pattern, colour, 0.0, 0.0, w, h)
        canv.endForm()
    canv.saveState()
    canv.translate(x, y)
    canv.doForm(form)
    canv.restoreState()


def _has_marks(pattern: str) -> bool:
    return pattern in ("diagonal", "cross", "vertical", "horizontal", "dots")


def _marks(canv: Canvas, pattern: str, colour, x: float, y: float, w: float, h: float) -> None:
    canv.setStrokeColor(colour)
    canv.setLineWidth(LINE_WIDTH)
    # A bar's hatch is one stroked path (``lines``), not a path per line: a 500-action timeline
    # draws thousands of them, and each separate line costs a canvas call and a stroke operator.
    hatch: list[tuple[float, float, float, float]] = []
    if pattern in ("diagonal", "cross"):
        hatch += [(x + offset, y, x + offset + h, y + h) for offset in steps(-h, w, STEP)]
    if pattern == "cross":
        hatch += [(x + offset, y, x + offset - h, y + h) for offset in steps(0, w + h, STEP)]
    if pattern == "vertical":
        hatch += [(x + offset, y, x + offset, y + h) for offset in steps(0, w, STEP)]
    if pattern == "horizontal":
        hatch += [(x, y + offset, x + w, y + offset) for offset in steps(0, h, STEP)]
    if hatch:
        canv.lines(hatch)
    if pattern == "dots":
        canv.setFillColor(colour)
        for dx in steps(1, w, STEP):
            for dy in steps(1, h, STEP):
                canv.circle(x + dx, y + dy, DOT_RADIUS, stroke=0, fill=1)


def steps(start: float, stop: float, step: float) -> list[float]:
    count = max(0, int((stop - start) / step) + 1)
    return [start + n * step for n in range(count)]
