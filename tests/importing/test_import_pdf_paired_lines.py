"""Lines paired across a row's cells: a narrow column's short lines, broken with Enter, told from a wrap by
the row's other cells holding as many lines (invented plan, printed with reportlab)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from exports.importing.pdf_paired_lines import paired_lines
from exports.importing.pdf_reader import read_pdf


def _pdf(path, dates: str, widths=(150, 150, 110, 90)):
    body = getSampleStyleSheet()["BodyText"]

    def cell(text: str) -> Paragraph:
        return Paragraph(text.replace("\n", "<br/>"), body)

    rows = [
        ["Objective", "Actions", "Officer", "Date"],
        [
            cell("Fewer families in hardship"),
            cell("Map the advice services\nTrain the front door staff\nReview the take-up"),
            cell("Anna Price\nTom Hale\nTom Hale"),
            cell(dates),
        ],
    ]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_dates_one_a_line_beside_as_many_actions_and_officers_are_read_one_a_line(tmp_path):
    # "September 2014 October" would not fit the column: the second break prints as a wrap would
    dates = "September 2014\nSeptember 2014\nOctober 2015"
    table = read_pdf(_pdf(tmp_path / "plan.pdf", dates)).tables[0]
    assert table.rows[1][3] == dates
    assert table.rows[1][1] == "Map the advice services\nTrain the front door staff\nReview the take-up"


def test_a_wrapped_line_that_pairs_with_nothing_is_left_whole(tmp_path):
    # one long line the column wrapped, then a second: undone, three lines like the others beside it,
    # but the wrapped line's rest ("as the") opens lower-case, as no line the writer began would
    table = read_pdf(_pdf(tmp_path / "plan.pdf", "March 2015 or as the\nJune 2016")).tables[0]
    assert table.rows[1][3] == "March 2015 or as the\nJune 2016"


def test_a_cell_of_one_line_is_no_list_to_pair():
    # "Ian Treasure" wrapped in a narrow Lead column, beside a reference over a title and two bodies:
    # nothing says its writer broke lines in it
    rows = [("Ref", "Partners", "Lead"), ("1.1.\nHold an awareness event", "PYO\nBYPC", "Ian Treasure")]
    assert paired_lines(rows, [((), (), ()), ((), (), (3,))])[0][1][2] == "Ian Treasure"
