"""A number with a word of amount after it ("2.5 million people") is wording, wherever a ref could start a
line: a listed objective above a table, a new line in a PDF cell (invented texts)."""

from app.importing.text import parse_outline_objective
from exports.importing.heading_words import is_amount
from exports.importing.pdf_cells import cell_text


def test_words_of_amount_make_a_number_an_amount():
    assert is_amount("2.5", " Million people")
    assert is_amount("2.5", "% fewer")
    assert is_amount("3.5", " per cent of calls")
    assert is_amount("1.2bn", "")
    assert not is_amount("2.5", " Map the services")
    assert not is_amount("2.5a", " Mentor young people")


def test_a_listed_objective_is_a_ref_and_a_title_not_an_amount_and_its_words():
    assert parse_outline_objective("1.2 Safer routes to school") == ("1.2", "Safer routes to school")
    assert parse_outline_objective("2.5 million people live in the county") is None


def test_a_pdf_cell_line_starting_with_an_amount_goes_on_the_line_before():
    assert cell_text("Reach\n2.5 million people") == "Reach 2.5 million people"
    assert cell_text("Map the services\n2.4.2 Agree the routes") == "Map the services\n2.4.2 Agree the routes"
