"""Cells of 32 kB hostile text (the largest a cell holds) read as on real text, and the import returns.

Each pattern here once ran a long run again from each of its characters; the figures are in
bench/README.md ("Hostile cells, every pattern") and bench/bench_hostile_cells.py.
"""

from __future__ import annotations

import re

import pytest
from docx import Document
from openpyxl import Workbook

from app.importing.lead_contacts import split_lead_contact
from app.importing.run_together import ends_mid_sentence
from app.importing.service import preview_import
from app.importing.text import read_lead_cell, split_bullets, without_page_number
from exports.importing.headers import IGNORE, field_for_header

SIZE = 32_000
# The contents leader as it was written: the reading by hand gives what it gave on every line.
LEADER = re.compile(r"(?<!\s)(?:\s*(?:\.{3,}|…+|(?:\.\s){3,})\s*|\s*\t+\s*)\d{1,3}\s*$")
HEADER = ("Ref", "Objective", "Action", "Lead", "Timescale")


def run(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


HOSTILE = {
    "dots": run("."),
    "spaces": run(" "),
    "tabs": run("\t"),
    "blank lines": run("\n"),
    "numbers": run("1."),
    "lettered": run("(1a)"),
    "one word": run("a"),
    "pounds": run("£"),
    "bullets": run("• "),
    "two words": run("a "),
}


@pytest.mark.parametrize(
    "line",
    [
        "Theme 1: Prevention ........ 12",
        "1.2\tSafer routes\t4",
        "Safer routes . . . . 4",
        "Aim 2 …… 7",
        "Aim 2 …… 1234",
        "Plan 2024",
        "Priority 3.. 5",
        "x... ...5",
        "x... . . 5",
        "   \t 9",
        "... 4",
        "Safer . . 4",
        "Safer\t\t. . . \n 18 \n",
    ],
)
def test_the_contents_leader_is_cut_as_before(line):
    assert without_page_number(line) == LEADER.sub("", line)


@pytest.mark.parametrize("unit", [".", "\t", ". ", "…", " "])
def test_a_cell_of_leader_gives_no_page_number_and_returns(unit):
    assert without_page_number(run(unit)) == run(unit)
    assert without_page_number(run(unit) + "x 5") == run(unit) + "x 5"


def test_a_long_leader_before_a_page_number_is_cut():
    assert without_page_number("Prevention" + run(".") + "12") == "Prevention"
    assert without_page_number(run("\t") + "5") == ""


def test_a_header_cell_of_numbers_names_no_field():
    assert field_for_header(run("1.")) == IGNORE
    assert field_for_header("Lead officer " + run("x ")) == "lead"


def test_a_long_word_does_not_end_a_sentence():
    assert ends_mid_sentence(run("a"))
    assert not ends_mid_sentence(run("a") + ".")


def test_a_lead_cell_of_one_long_word_names_no_contact():
    assert split_lead_contact(run("£")) == (run("£"), "")
    lead = "Police " + run("£")
    assert split_lead_contact(f"{lead} j.smith@police.uk") == (lead, "j.smith@police.uk")


def test_a_run_of_spaces_before_a_word_is_one_action():
    assert split_bullets(run(" ") + "x") == ["x"]
    assert split_bullets("Train:" + run(" ") + "• staff • volunteers") == ["Train: staff", "Train: volunteers"]


def _docx(path, text):
    document = Document()
    document.add_paragraph(text)
    table = document.add_table(rows=3, cols=len(HEADER))
    rows = (HEADER, ("1.1", "Safer streets", "Patrol the centre.", "Police", "March 2025"), ("1.2", "", text, "", ""))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(path)
    return path


def _xlsx(path, text):
    workbook = Workbook()
    plain = ("1.1", "Safer streets", "Patrol the centre.", "Police", "March 2025")
    for values in (HEADER, plain, ("1.2",) + (text,) * 4):
        workbook.active.append(values)
    workbook.save(path)
    return path


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_plan_with_one_hostile_cell_imports_its_real_action(tmp_path, name, kind):
    path = (_docx if kind == "docx" else _xlsx)(tmp_path / f"plan.{kind}", HOSTILE[name])
    actions = preview_import(path).draft.actions
    # a row of lower-case text under an action can go on with it, as a row a page cut would
    assert actions[0].activity.startswith("Patrol the centre.") and actions[0].lead == "Police"


@pytest.mark.parametrize("text", ["•", "- -", run("• ")])
def test_a_lead_cell_of_only_bullet_marks_names_no_lead(text):
    assert read_lead_cell(text).lead == ""
