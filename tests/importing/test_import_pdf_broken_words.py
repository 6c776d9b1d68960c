"""A word too long for a narrow PDF column, broken mid-word by the layout engine with no hyphen, reads
whole again; two words that merely meet at a line's end and the next line's start stay two (an
invented plan printed by reportlab's table layout, which breaks a word only when it does not fit on
a line by itself)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from exports.importing.pdf_reader import read_pdf

HEADER = ("Ref", "Action", "Lead", "By when")
WIDTHS = (40, 66, 140, 80)  # the Action column leaves 54 points for text, less than "accommodation"
BROKEN = [
    ("1.1", "Find accommodation for every young person leaving care", "Housing Options", "March 2027"),
    ("1.2", "Map the neighbourhood watch schemes", "Police", "June 2027"),
]
WHOLE = [
    ("1.3", "Offer settled suitable accommodation to every care leaver", "Housing Options", "2027"),
    ("1.4", "Report every month to the community safety partnership", "Community Safety Team", "2028"),
]


def _plan_pdf(path, rows):
    body = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(text, body) for text in row] for row in (HEADER, *rows)]
    table = Table(data, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def _printed_lines(text: str) -> list[str]:
    paragraph = Paragraph(text, getSampleStyleSheet()["BodyText"])
    paragraph.wrap(WIDTHS[1] - 12, 1000)  # reportlab's cell padding is 6 points a side
    return [" ".join(words) for _space, words in paragraph.blPara.lines]  # one font: (space left, words)


def test_a_word_the_engine_broke_in_a_narrow_column_reads_as_one_word(tmp_path):
    assert _printed_lines(BROKEN[0][1])[:2] == ["Find accom", "modation"]  # broken, with no hyphen
    assert _printed_lines(BROKEN[1][1])[:2] == ["Map the nei", "ghbourhood"]
    (table,) = read_pdf(_plan_pdf(tmp_path / "plan.pdf", BROKEN)).tables
    assert table.rows[1:] == tuple(BROKEN)


def test_two_whole_words_meeting_at_a_line_end_stay_two_words(tmp_path):
    # "settled" fills its line and "suitable" opens the next, the two too wide for one line together,
    # in the cell where "accommodation" is broken over three lines
    assert _printed_lines(WHOLE[0][1])[1:5] == ["settled", "suitable acc", "ommodatio", "n to every"]
    assert _printed_lines(WHOLE[1][1])[4:6] == ["community", "safety"]
    (table,) = read_pdf(_plan_pdf(tmp_path / "plan.pdf", WHOLE)).tables
    assert table.rows[1:] == tuple(WHOLE)


CONTACTS = [
    (
        "2.1",
        "Count the offenders in settled accommodation",
        "Probation Service\nj.smithson@teesside.probation.gsi.gov.uk",
        "2027",
    ),
    ("2.2", "Report the figures each month", "Service IT team\nr.portues@probation.gov.uk", "2027"),
]


def test_an_email_address_the_engine_broke_over_lines_reads_whole(tmp_path):
    body = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph("<br/>".join(text.split("\n")), body) for text in row] for row in (HEADER, *CONTACTS)]
    table = Table(data, colWidths=(40, 140, 72.8, 80))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(tmp_path / "plan.pdf"), pagesize=A4).build([table])
    lead = Paragraph(CONTACTS[1][2].split("\n")[1], body)
    lead.wrap(72.8 - 12, 1000)
    assert [" ".join(words) for _space, words in lead.blPara.lines] == ["r.portues@pr", "obation.gov.u", "k"]
    (read,) = read_pdf(tmp_path / "plan.pdf").tables
    # the address whole, and the line above it ("…team") not taken into it
    assert [row[2] for row in read.rows[1:]] == [
        "Probation Service j.smithson@teesside.probation.gsi.gov.uk",
        "Service IT team r.portues@probation.gov.uk",
    ]


NARROW = [  # a 36-point Action column: "Partner" / "ship", "and We" / "llbeing", "•" / "Sexual"
    ("3.1", "Support the Health Action Partnership", "Health Team", "2027"),
    ("3.2", "Emotional Health and Wellbeing", "Health Team", "2027"),
    ("3.3", "• Sexual Health", "Health Team", "2027"),
    ("3.4", "Every day support", "Health Team", "2027"),
]


def test_a_suffix_a_compound_and_a_bullet_alone_in_a_very_narrow_column_read_as_written(tmp_path):
    body = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(text, body) for text in row] for row in (HEADER, *NARROW)]
    table = Table(data, colWidths=(40, 48.2, 140, 80))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(tmp_path / "plan.pdf"), pagesize=A4).build([table])
    printed = []
    for row in NARROW:
        paragraph = Paragraph(row[1], body)
        paragraph.wrap(48.2 - 12, 1000)
        printed.append([" ".join(words) for _space, words in paragraph.blPara.lines])
    assert printed[0][-2:] == ["Partner", "ship"]  # "ship" is commoner than "partnership"
    assert printed[1][-2:] == ["and We", "llbeing"]  # the counts spell it "well-being"
    assert printed[2] == ["•", "Sexual", "Health"]
    assert printed[3] == ["Every", "day", "support"]  # two words, each commoner than "everyday"
    (read,) = read_pdf(tmp_path / "plan.pdf").tables
    assert [row[1] for row in read.rows[1:]] == [row[1] for row in NARROW]


WEB = [("4.1", "Update the page www.saferbrigstock.org/help on a regular basis", "Clerk", "Weekly")]


def test_a_web_address_broken_over_lines_does_not_run_into_the_word_after_it(tmp_path):
    body = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(text, body) for text in row] for row in (HEADER, *WEB)]
    table = Table(data, colWidths=(40, 120, 80, 80))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(tmp_path / "plan.pdf"), pagesize=A4).build([table])
    action = Paragraph(WEB[0][1], body)
    action.wrap(120 - 12, 1000)
    lines = [" ".join(words) for _space, words in action.blPara.lines]
    assert lines == ["Update the page www.s", "aferbrigstock.org/help", "on a regular basis"]
    (read,) = read_pdf(tmp_path / "plan.pdf").tables
    assert read.rows[1:] == tuple(WEB)
