"""An action cell written as a numbered list beside one officer and one date a line: the list
numbers are not the actions' words (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import


def _activities(tmp_path, actions: str, leads: str, dates: str) -> list[str]:
    path = write_csv(
        tmp_path / "plan.csv",
        [("Action", "Lead", "Date"), (actions, leads, dates)],
    )
    return [a.activity for a in preview_import(path, ImportOptions()).draft.actions]


def test_list_numbers_leave_the_lines_of_an_action_cell(tmp_path):
    activities = _activities(
        tmp_path,
        "1. Publish a carers' guide\n2. Train staff to spot young carers",
        "Carers Service\nSchools",
        "June 2016\nJuly 2016",
    )
    assert activities == ["Publish a carers' guide", "Train staff to spot young carers"]


def test_a_list_numbered_one_on_every_line_loses_its_numbers_too(tmp_path):
    activities = _activities(
        tmp_path,
        "1. Publish a carers' guide\n1. Train staff to spot young carers",
        "Carers Service\nSchools",
        "June 2016\nJuly 2016",
    )
    assert activities == ["Publish a carers' guide", "Train staff to spot young carers"]


def test_a_line_opening_with_a_figure_keeps_it_when_the_others_are_not_numbered(tmp_path):
    activities = _activities(
        tmp_path,
        "3 officers trained in the new procedure\nPublish a carers' guide",
        "Police\nCarers Service",
        "June 2016\nJuly 2016",
    )
    assert activities == ["3 officers trained in the new procedure", "Publish a carers' guide"]
