"""One page-number pattern for every reader and rule: a title line, a Lead cell's debris, a PDF's furniture
(invented lines)."""

from app.importing.lead_cells import is_debris
from exports.importing.heading_words import PAGE_NUMBER
from exports.importing.title_lines import is_paper_label, title_line

PAGE_NUMBERS = ("Page 3", "3 of 10", "12/20", "p. 3", "pg 3", "Pg. 12", "- 4 -", "-4-", " 7 ")


def test_every_way_a_page_number_is_printed_is_one_for_the_title_and_for_a_lead_cell():
    for text in PAGE_NUMBERS:
        assert PAGE_NUMBER.match(text), text
        assert is_paper_label(text), text
        assert is_debris(text), text
    assert title_line(["p. 1", "Safer Streets Action Plan 2026-27"]) == "Safer Streets Action Plan 2026-27"


def test_a_priority_label_and_a_year_are_not_page_numbers_where_they_mean_something():
    assert not PAGE_NUMBER.match("P3")  # "P3" labels a priority
    assert not is_debris("P3")
    assert not is_debris("2021")  # a year in a Lead cell is a date (a row pasted cells to the left)
    assert not PAGE_NUMBER.match("Page three of the plan")
