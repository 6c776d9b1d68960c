"""A table row cut by a PDF's page break the way Word prints it: left open at the foot of the page, its
rest printed in one box with the header repeated on the next page (an invented plan, drawn line by line)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from app.importing.service import preview_import
from exports.importing.pdf_reader import _after_header

COLUMNS = (60, 140, 460, 620, 760)  # the column lines: Ref | Action | Lead | By when
HEADER = ("Ref", "Action", "Lead", "By when")


def _row(pdf: canvas.Canvas, top: float, lines: list[tuple[str, ...]]) -> None:
    for number, cells in enumerate(lines):
        for left, text in zip(COLUMNS, cells, strict=False):
            pdf.drawString(left + 4, top - 14 - 14 * number, text)


def _grid(pdf: canvas.Canvas, rules: list[float], bottom: float) -> None:
    """Horizontal rules at ``rules``; the column lines from the first rule down to ``bottom``."""
    for y in rules:
        pdf.line(COLUMNS[0], y, COLUMNS[-1], y)
    for x in COLUMNS:
        pdf.line(x, rules[0], x, bottom)


def _first_page_with_row_left_open(path) -> canvas.Canvas:
    """Page 1: the header, 1.1, and 1.2 left open at the foot (no rule at 400: it runs on to the
    next page); returns the canvas on page 2."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica", 10)
    _grid(pdf, [500, 480, 440], bottom=400)
    _row(pdf, 500, [HEADER])
    _row(pdf, 480, [("1.1", "Map the houses in multiple occupation", "Council", "March 2026")])
    _row(pdf, 440, [("1.2", "Publish a guide for landlords on spotting", "Housing Team", "June 2026")])
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    return pdf


def _cut_row_pdf(path):
    pdf = _first_page_with_row_left_open(path)
    _grid(pdf, [520, 470, 440], bottom=440)  # the header repeated, the rest of 1.2 in the same box
    _row(pdf, 520, [HEADER, ("", "signs of exploitation")])
    _row(pdf, 470, [("1.3", "Train wardens to report concerns", "Council", "2027")])
    pdf.showPage()
    pdf.save()
    return path


def test_a_row_left_open_by_the_page_break_and_finished_under_the_repeated_header_is_one_action(tmp_path):
    preview = preview_import(_cut_row_pdf(tmp_path / "plan.pdf"))
    assert [(a.activity, a.lead, a.timescale) for a in preview.draft.actions] == [
        ("Map the houses in multiple occupation", "Council", "March 2026"),
        ("Publish a guide for landlords on spotting signs of exploitation", "Housing Team", "June 2026"),
        ("Train wardens to report concerns", "Council", "2027"),
    ]
    assert any("has no line under it" in note for note in preview.notes)
    assert any("holds the rest of the row cut by the page" in note for note in preview.notes)


def _no_repeated_header_pdf(path):
    # As the cut row above, but the header row not repeated: the rest of 1.2 opens page 2 in a box
    # with the column lines and a line under it, and none over it.
    pdf = _first_page_with_row_left_open(path)
    for x in COLUMNS:
        pdf.line(x, 540, x, 470)
    for y in (510, 470):
        pdf.line(COLUMNS[0], y, COLUMNS[-1], y)
    _row(pdf, 540, [("", "signs of exploitation")])
    _row(pdf, 510, [("1.3", "Train wardens to report concerns", "Council", "2027")])
    pdf.showPage()
    pdf.save()
    return path


def test_the_rest_of_a_cut_row_opening_a_page_with_no_header_repeated_is_read_with_its_table(tmp_path):
    preview = preview_import(_no_repeated_header_pdf(tmp_path / "plan.pdf"))
    assert [(a.activity, a.lead, a.timescale) for a in preview.draft.actions] == [
        ("Map the houses in multiple occupation", "Council", "March 2026"),
        ("Publish a guide for landlords on spotting signs of exploitation", "Housing Team", "June 2026"),
        ("Train wardens to report concerns", "Council", "2027"),
    ]
    assert any("has no line over it" in note for note in preview.notes)


def _rest_in_a_box_of_its_own_pdf(path):
    # The rest of 1.2 opens page 2 in a box of its own (column lines on a rule, none over them),
    # then a heading and the next priority's table.
    pdf = _first_page_with_row_left_open(path)
    for x in COLUMNS:
        pdf.line(x, 540, x, 510)
    pdf.line(COLUMNS[0], 510, COLUMNS[-1], 510)
    _row(pdf, 540, [("", "signs of exploitation")])
    pdf.drawString(COLUMNS[0], 480, "2. Safer streets")
    _grid(pdf, [460, 440, 400], bottom=400)
    _row(pdf, 460, [HEADER])
    _row(pdf, 440, [("2.1", "Train wardens to report concerns", "Council", "2027")])
    pdf.showPage()
    pdf.save()
    return path


def test_the_rest_of_a_cut_row_in_a_box_of_its_own_above_the_next_table_is_read_with_its_table(tmp_path):
    preview = preview_import(_rest_in_a_box_of_its_own_pdf(tmp_path / "plan.pdf"))
    assert [(a.activity, a.lead) for a in preview.draft.actions] == [
        ("Map the houses in multiple occupation", "Council"),
        ("Publish a guide for landlords on spotting signs of exploitation", "Housing Team"),
        ("Train wardens to report concerns", "Council"),
    ]
    assert [p.title for p in preview.draft.priorities][-1] == "Safer streets"


def _cut_after_a_row_across_pdf(path):
    # The last ruled row on page 1 is one cell across the table (a progress line); the row under it,
    # cut by the page, has its cells in the columns again.
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica", 10)
    for y in (500, 480, 440, 420):
        pdf.line(COLUMNS[0], y, COLUMNS[-1], y)
    for x in COLUMNS:
        pdf.line(x, 500, x, 440)
        pdf.line(x, 420, x, 380)  # no rule at 380: the row runs on to the next page
    pdf.line(COLUMNS[0], 440, COLUMNS[0], 420)
    pdf.line(COLUMNS[-1], 440, COLUMNS[-1], 420)
    _row(pdf, 500, [HEADER])
    _row(pdf, 480, [("1.1", "Map the houses in multiple occupation", "Council", "March 2026")])
    pdf.drawString(COLUMNS[0] + 4, 426, "Progress: twelve houses mapped so far this year")
    _row(pdf, 420, [("1.2", "Publish a guide for landlords on spotting", "Housing Team", "June 2026")])
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    _grid(pdf, [520, 470, 440], bottom=440)
    _row(pdf, 520, [HEADER, ("", "signs of exploitation")])
    _row(pdf, 470, [("1.3", "Train wardens to report concerns", "Council", "2027")])
    pdf.showPage()
    pdf.save()
    return path


def test_a_row_cut_under_a_row_across_the_table_keeps_its_cells_in_their_columns(tmp_path):
    preview = preview_import(_cut_after_a_row_across_pdf(tmp_path / "plan.pdf"))
    cut = [a for a in preview.draft.actions if a.activity.startswith("Publish")]
    assert [(a.activity, a.lead, a.timescale) for a in cut] == [
        ("Publish a guide for landlords on spotting signs of exploitation", "Housing Team", "June 2026")
    ]


def test_the_rest_printed_in_the_repeated_headers_box_keeps_its_own_lines():
    # the header's words come first in each cell, however they wrapped; the rest's list stays a list
    header = ("Ref\nNo", "Objective", "Delivery Led By")
    row = ("Ref No", "Objective the headings of:\n• Tobacco Control\n• Diet and Nutrition", "Delivery Led\nBy")
    assert _after_header(row, header) == ("", "the headings of:\n• Tobacco Control\n• Diet and Nutrition", "")
    assert _after_header(("Ref", "Aim"), ("Ref", "Objective")) is None
