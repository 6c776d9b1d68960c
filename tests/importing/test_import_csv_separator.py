"""The separator of a CSV file is one written on most of its lines (invented files)."""

from __future__ import annotations

from exports.importing.csv_reader import read_csv


def test_a_semicolon_in_one_line_of_a_one_column_file_separates_nothing(tmp_path):
    path = tmp_path / "page.csv"
    path.write_text(
        "Safer Streets\n"
        "Aim: To cut street violence; to help those it harms.\n"
        "Examples of New Actions:\n"
        "• Light the three darkest underpasses.\n"
        "• Open a weekend drop-in for parents.\n",
        encoding="utf-8",
    )
    (table,) = read_csv(path).tables
    assert table.width == 1
    assert table.rows[1] == ("Aim: To cut street violence; to help those it harms.",)
    assert table.rows[3] == ("• Light the three darkest underpasses.",)


def test_a_semicolon_on_every_line_is_the_separator(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("Ref;Action;Lead\n1;Light the underpasses;Council\n2;Open a drop-in, weekends;Police\n")
    (table,) = read_csv(path).tables
    assert table.rows[2] == ("2", "Open a drop-in, weekends", "Police")
