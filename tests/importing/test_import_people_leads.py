"""A lead line of people's names split by commas names that many people; a body's name with commas is
one (invented plan)."""

from __future__ import annotations

from app.importing.text import read_lead_cell


def test_two_peoples_names_with_a_comma_are_a_lead_and_a_partner():
    cell = read_lead_cell("Maria Okafor, Sean O'Donnell\n+ lead for each agency")
    assert (cell.lead, cell.partners) == ("Maria Okafor", ("Sean O'Donnell", "lead for each agency"))


def test_three_names_one_of_three_words():
    cell = read_lead_cell("Ann Lee, John Paul Jones, Kim McDonald")
    assert (cell.lead, cell.partners) == ("Ann Lee", ("John Paul Jones", "Kim McDonald"))


def test_a_bodys_name_with_commas_stays_one():
    cell = read_lead_cell("Communities, Health, Adult Social Care")
    assert (cell.lead, cell.partners) == ("Communities, Health, Adult Social Care", ())


def test_two_bodies_of_two_capitalised_words_stay_as_written():
    cell = read_lead_cell("Safer Communities, Youth Service")
    assert (cell.lead, cell.partners) == ("Safer Communities, Youth Service", ())


def test_a_name_and_a_role_stay_one():
    cell = read_lead_cell("Jane Smith, Board Manager")
    assert (cell.lead, cell.partners) == ("Jane Smith, Board Manager", ())


def test_a_name_and_a_post_outside_the_body_words_stay_one():
    for written in ("Jo Bloggs, Chief Executive", "Sam Lee, Detective Inspector", "Ann Bell, Senior Analyst"):
        cell = read_lead_cell(written)
        assert (cell.lead, cell.partners) == (written, ())
