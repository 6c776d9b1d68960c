"""WCAG 2.2 contrast of every status colour and chart mark the PDF, the Word paper and the window use:
text on a fill at least 4.5:1, bars, chips and lines at least 3:1 against what is behind them."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from reportlab.graphics.shapes import Rect, String

from app.reporting import ReportOptions, build_report
from app.timeline.rows import UNKNOWN_STATUS_COLOUR
from exports.common.contrast import GRAPHIC_MINIMUM, TEXT_MINIMUM, contrast_ratio, readable_ink
from exports.common.pdf_fonts import register_fonts
from exports.reporting.docx_report import write_docx_report
from exports.reporting.pdf import styles
from exports.reporting.pdf.charts import priority_stacks, status_bars
from exports.timeline import draw as timeline_pdf_draw
from models import Status
from models.snapshots.report import PrioritySummary

WHITE = "#ffffff"
STATUS_FILLS = [status.colour for status in Status] + [UNKNOWN_STATUS_COLOUR]


def _hex(colour) -> str:
    return colour.hexval().replace("0x", "#").lower()


def test_the_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("fill", STATUS_FILLS)
def test_status_fills_stand_out_from_the_page_and_the_chart_backgrounds(fill):
    for background in (WHITE, _hex(styles.ZEBRA), _hex(timeline_pdf_draw.PERIOD), "#eef4fb"):
        assert contrast_ratio(fill, background) >= GRAPHIC_MINIMUM, f"{fill} on {background}"


@pytest.mark.parametrize("fill", STATUS_FILLS)
def test_text_on_a_status_fill_is_readable(fill):
    assert contrast_ratio(readable_ink(fill), fill) >= TEXT_MINIMUM


def test_counts_printed_inside_the_priority_bars_are_readable():
    register_fonts()
    counts = tuple((status.value, 3) for status in Status)
    drawing = priority_stacks((PrioritySummary("1", "Priority", 3 * len(counts), counts),), 500)
    rects = [shape for shape in drawing.contents if isinstance(shape, Rect) and shape.width > 20]
    inside = [s for s in drawing.contents if isinstance(s, String) and s.textAnchor == "middle"]
    assert len(inside) == len(Status)
    for text in inside:
        under = next(r for r in rects if r.x <= text.x <= r.x + r.width and r.y <= text.y <= r.y + r.height)
        assert contrast_ratio(_hex(text.fillColor), _hex(under.fillColor)) >= TEXT_MINIMUM, text.text


def test_status_bar_chart_fills_contrast_with_the_page():
    register_fonts()
    drawing = status_bars(tuple((status.value, 2) for status in Status), 400)
    fills = {_hex(shape.fillColor) for shape in drawing.contents if isinstance(shape, Rect)}
    assert len(fills) == len(Status)
    assert all(contrast_ratio(fill, WHITE) >= GRAPHIC_MINIMUM for fill in fills)


def test_pdf_text_colours_are_readable():
    for ink, paper in [
        (WHITE, _hex(styles.NAVY)),  # table header cells
        (_hex(styles.MUTED), WHITE),
        (_hex(styles.MUTED), _hex(styles.ZEBRA)),
        (_hex(styles.TEAL), WHITE),
        (_hex(styles.NAVY), _hex(styles.GROUP_FILL)),
        (_hex(timeline_pdf_draw.INK), _hex(timeline_pdf_draw.LANE_FILL)),
        (_hex(timeline_pdf_draw.OVERDUE), WHITE),  # overdue action labels
        (WHITE, _hex(timeline_pdf_draw.OVERDUE)),  # the "!" in the overdue mark
    ]:
        assert contrast_ratio(ink, paper) >= TEXT_MINIMUM, f"{ink} on {paper}"


def test_timeline_lines_contrast_with_the_chart_background():
    period = _hex(timeline_pdf_draw.PERIOD)
    for line in (timeline_pdf_draw.TODAY, timeline_pdf_draw.MEETING, timeline_pdf_draw.OVERDUE):
        assert contrast_ratio(_hex(line), period) >= GRAPHIC_MINIMUM


def test_every_coloured_mark_in_the_word_paper_contrasts_with_the_page(ctx, demo_plan, tmp_path):
    report = build_report(ctx.db, demo_plan.uuid, ReportOptions(), date(2022, 1, 5))
    path = write_docx_report(report, tmp_path / "paper.docx")
    document = Document(str(path))
    colours = {
        str(run.font.color.rgb)
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
        if run.font.color is not None and run.font.color.rgb is not None
    }
    assert colours, "the paper marks statuses in colour"
    assert all(contrast_ratio(f"#{c}", WHITE) >= GRAPHIC_MINIMUM for c in colours), colours


def test_the_windows_status_chips_are_readable(qapp):
    from PySide6.QtGui import QColor

    from ui.timeline import colours as painter
    from ui.workspace.table.delegates import readable_text_colour

    for fill in STATUS_FILLS:
        assert contrast_ratio(readable_text_colour(QColor(fill)).name(), fill) >= TEXT_MINIMUM, fill
        assert contrast_ratio(fill, painter.PERIOD_SHADE.name()) >= GRAPHIC_MINIMUM, fill
    for line in (painter.TODAY, painter.MEETING, painter.OVERDUE):
        assert contrast_ratio(line.name(), painter.PERIOD_SHADE.name()) >= GRAPHIC_MINIMUM


def test_deferred_has_a_hue_of_its_own_not_brown_or_grey():
    import colorsys

    def hue_and_saturation(colour: str) -> tuple[float, float]:
        red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        hue, _lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
        return hue * 360, saturation

    hue, saturation = hue_and_saturation(Status.DEFERRED.colour)
    assert saturation >= 0.4  # not one more grey beside not started and cancelled
    assert not 15 <= hue <= 50  # not a brown beside the amber
    for status in Status:
        other_hue, other_saturation = hue_and_saturation(status.colour)
        if status is not Status.DEFERRED and other_saturation >= 0.3:
            assert min(abs(hue - other_hue), 360 - abs(hue - other_hue)) >= 45, status
    assert Status.DEFERRED.label == "Deferred (Purple)"
