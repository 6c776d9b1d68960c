"""The rest of a row the page cut, joined to its first part when the printing shows the cut on both pages
(invented plan, printed with reportlab: a row allowed to break across pages, the header repeated or not)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exports.importing.pdf_page_rests import joined_rest
from exports.importing.pdf_reader import read_pdf

LONG = "Undertake action research in partnership with the county office and the Institute of Urban Studies " * 4


def _pdf(path, repeat_header: bool = False):
    body = getSampleStyleSheet()["BodyText"]
    rows = [
        ["Outcome", "Actions", "Milestones", "Responsibility"],
        ["Stronger leadership", "Establish a cohesion leadership group", "Group meets", ""],
        ["", Paragraph(LONG.strip(), body), Paragraph("Report to the conference, then an annual review", body), ""],
    ]
    table = Table(rows, repeatRows=1 if repeat_header else 0, splitInRow=1, splitByRow=not repeat_header)
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    # the header's own bottom border over the rest of the cut row, as Word prints it
    table.setStyle(TableStyle([*style, ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black")]))
    # space enough above that the last row's first lines fit on page 1 and the rest goes to page 2
    SimpleDocTemplate(str(path), pagesize=A4).build([Spacer(1, 590), table])
    return path


def test_a_row_cut_by_the_page_is_read_whole(tmp_path):
    table = read_pdf(_pdf(tmp_path / "plan.pdf")).tables[0]
    assert len(table.rows) == 3
    assert " ".join(table.rows[2][1].split()) == " ".join(LONG.split())
    assert table.rows[2][2] == "Report to the conference, then an annual review"
    assert any("the rest of the row the page cut, at the top of page 2, was joined to it" in n for n in table.notes)


def test_a_row_cut_by_the_page_under_the_header_printed_again_is_read_whole(tmp_path):
    # Word's "repeat as header row": page 2 opens with the header, then the rest of the row cut
    table = read_pdf(_pdf(tmp_path / "plan.pdf", repeat_header=True)).tables[0]
    assert len(table.rows) == 3
    assert " ".join(table.rows[2][1].split()) == " ".join(LONG.split())
    assert table.rows[2][2] == "Report to the conference, then an annual review"
    assert any("under the header repeated on page 2 is the rest of the row" in n for n in table.notes)


def test_each_cell_goes_on_as_a_wrap_unless_its_rest_opens_a_line():
    row, wraps = joined_rest(
        ("Institute of Urban", "Paul Grimsey", "", "• Map the areas."),
        ((), (), (), ()),
        ("Studies", "+ lead for each agency", "March 2009", "• Train the staff"),
        ((), (), (), ()),
    )
    assert row == (
        "Institute of Urban Studies",
        "Paul Grimsey\n+ lead for each agency",
        "March 2009",
        "• Map the areas.\n• Train the staff",
    )
    assert wraps == ((18,), (), (), ())
