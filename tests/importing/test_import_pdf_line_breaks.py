"""A PDF cell's own line breaks kept and its wrapped lines joined, told by the lines' widths (an invented
plan, each cell laid out as a word processor does: the writer's lines, each wrapped greedily to the cell)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from app.importing.service import preview_import
from exports.importing.pdf_reader import read_pdf

COLUMNS = (60, 280, 370, 470)  # the column lines: Action | Lead | By when
PADDING = 5
FONT, SIZE, LEADING = "Helvetica", 10, 12
HEADER = ("Action", "Lead", "By when")
ROWS = [
    (
        "Hold a week of action against bike theft with the university and both colleges in the town",
        "Police\nFire Service",
        "March 2027",
    ),
    ("Publish the summer leaflet", "Community Safety Partnership", "June 2027"),
    ("Review the CCTV sites with the traders", "Council\nBID", "2027"),
    ("Map the late-night venues\nand their door staff", "Licensing", "2028"),
]


def _laid_out(text: str, width: float) -> list[str]:
    """The cell's printed lines: each of the writer's lines wrapped to the width."""
    return [part for line in text.split("\n") for part in simpleSplit(line, FONT, SIZE, width)]


def _plan_pdf(path):
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont(FONT, SIZE)
    top = 520
    rules = [top]
    for row in (HEADER, *ROWS):
        cells = [
            _laid_out(text, right - left - 2 * PADDING)
            for text, left, right in zip(row, COLUMNS, COLUMNS[1:], strict=False)
        ]
        for lines, left in zip(cells, COLUMNS, strict=False):
            for number, line in enumerate(lines):
                pdf.drawString(left + PADDING, top - PADDING - SIZE - LEADING * number, line)
        top -= 2 * PADDING + LEADING * max(len(lines) for lines in cells)
        rules.append(top)
    for y in rules:
        pdf.line(COLUMNS[0], y, COLUMNS[-1], y)
    for x in COLUMNS:
        pdf.line(x, rules[0], x, rules[-1])
    pdf.showPage()
    pdf.save()
    return path


def test_a_line_the_next_word_would_have_fitted_on_is_a_kept_break_and_a_full_line_a_wrap(tmp_path):
    path = _plan_pdf(tmp_path / "plan.pdf")
    assert len(_laid_out(ROWS[0][0], COLUMNS[1] - COLUMNS[0] - 2 * PADDING)) > 1  # the activity does wrap
    assert len(_laid_out(ROWS[1][1], COLUMNS[2] - COLUMNS[1] - 2 * PADDING)) > 1  # and so does the long lead
    (table,) = read_pdf(path).tables
    assert table.rows[1:] == tuple(ROWS)


def test_organisations_on_lines_of_their_own_in_a_pdf_lead_cell_are_the_lead_and_its_partners(tmp_path):
    preview = preview_import(_plan_pdf(tmp_path / "plan.pdf"))
    assert [(a.lead, a.partners) for a in preview.draft.actions] == [
        ("Police", "Fire Service"),
        ("Community Safety Partnership", ""),
        ("Council", "BID"),
        ("Licensing", ""),
    ]
    assert preview.draft.actions[3].activity == "Map the late-night venues\nand their door staff"
