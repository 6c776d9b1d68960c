"""In a narrow PDF Lead column the writer's line between two names prints the same as a name wrapped
over two lines (neither name's first word would have fitted after the other's last); the names'
words tell them apart, and a name wrapped over lines still reads as one (invented plans printed by
reportlab's table layout, which wraps a cell's paragraphs greedily as Word does)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.importing.service import preview_import
from exports.importing.item_starts import starts_item
from exports.importing.pdf_reader import read_pdf

HEADER = ("Ref", "Action", "Lead", "By when")
PADDING = 6  # reportlab's cell padding, each side


def _plan_pdf(path, rows, lead_width):
    body = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph("<br/>".join(text.split("\n")), body) for text in row] for row in (HEADER, *rows)]
    table = Table(data, colWidths=(40, 140, lead_width, 80), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def _printed_lines(text: str, lead_width: float) -> list[str]:
    lines = []
    for part in text.split("\n"):
        paragraph = Paragraph(part, getSampleStyleSheet()["BodyText"])
        paragraph.wrap(lead_width - 2 * PADDING, 1000)
        lines += [" ".join(words) for _space, words in paragraph.blPara.lines]
    return lines


ROLES = [
    (
        "1.1",
        "Engage with the health action partnership",
        "Health Improvement Officer\nHealth Improvement Worker",
        "2027",
    ),
    ("1.2", "Review the housing register", "Head of Housing\nHead of Community Safety", "2028"),
    ("1.3", "Publish the delivery plan", "Local Partnership Delivery Group", "2027"),
]


def test_a_second_name_opening_with_the_first_names_word_starts_a_line_of_its_own(tmp_path):
    # "Officer Health" and "Housing Head" are both too wide for the cell: the layout cannot tell
    assert _printed_lines(ROLES[0][2], 72.8) == ["Health", "Improvement", "Officer", "Health", "Improvement", "Worker"]
    assert _printed_lines(ROLES[1][2], 72.8) == ["Head of", "Housing", "Head of", "Community", "Safety"]
    assert _printed_lines(ROLES[2][2], 72.8) == ["Local", "Partnership", "Delivery", "Group"]  # one name, wrapped
    (table,) = read_pdf(_plan_pdf(tmp_path / "plan.pdf", ROLES, 72.8)).tables
    assert table.rows[1:] == tuple(ROLES)
    preview = preview_import(tmp_path / "plan.pdf")
    assert [(a.lead, a.partners) for a in preview.draft.actions] == [
        ("Health Improvement Officer", "Health Improvement Worker"),
        ("Head of Housing", "Head of Community Safety"),
        ("Local Partnership Delivery Group", ""),
    ]


ACRONYMS = [
    ("1.1", "Hold a young people's alcohol awareness event", "PYO\nBYPC", "Jan 2027"),
    ("1.2", "Agree the summer diversion programme", "WHO ELSE IS NEEDED", "June 2027"),
]


def test_two_acronyms_on_lines_of_their_own_are_two_bodies_and_words_in_capitals_one_line(tmp_path):
    assert _printed_lines("PYO BYPC", 60) == ["PYO", "BYPC"]  # the two never fit on one line
    assert _printed_lines(ACRONYMS[1][2], 60) == ["WHO", "ELSE IS", "NEEDED"]
    (table,) = read_pdf(_plan_pdf(tmp_path / "plan.pdf", ACRONYMS, 60)).tables
    assert table.rows[1:] == tuple(ACRONYMS)


def test_a_line_after_a_little_word_or_a_long_sentence_goes_on_the_item():
    assert starts_item("Health Improvement Officer", "Health Improvement Worker")
    assert not starts_item("Police and", "Police Scotland")  # "and" cannot end a name
    assert not starts_item("R.Portues /", "Service IT team")
    assert not starts_item("Police will patrol the park every night, and", "Police")
    assert not starts_item("Police will patrol the park every night", "Police officers will follow up")


SENTENCE_CASE = [
    (
        "2.1",
        "Set up a recovery network",
        "Local strategic partners\nLocal service commissioners\nService providers",
        "2027",
    ),
]


def test_a_phrase_in_sentence_case_after_another_in_a_cell_of_lines_is_a_line_of_its_own(tmp_path):
    # "Local" would have fitted after "partners" (the writer's line); "Service" not after "commissioners"
    assert _printed_lines(SENTENCE_CASE[0][2], 145.7) == [
        "Local strategic partners",
        "Local service commissioners",
        "Service providers",
    ]
    (table,) = read_pdf(_plan_pdf(tmp_path / "plan.pdf", SENTENCE_CASE, 145.7)).tables
    assert table.rows[1:] == tuple(SENTENCE_CASE)


def test_a_capital_mid_phrase_is_no_sign_in_a_cell_the_writer_did_not_break_into_lines():
    assert starts_item("Work with schools", "Police officers will visit", listed=True)
    assert not starts_item("Work with schools", "Police officers will visit")
