"""One table per priority: the priority, a detail of it and its objectives listed under their label
in the rows above the column header (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import

HEADER = ("Specific Actions", "Lead", "Timescale")


def _draft(tmp_path, above):
    rows = [("BOARD BUSINESS PLAN", "", ""), *above, HEADER, ("Run a training day on neglect", "Chair", "March 2013")]
    return preview_import(write_csv(tmp_path / "plan.csv", rows), ImportOptions()).draft


def test_the_objectives_listed_under_their_label_are_the_priority_s(tmp_path):
    draft = _draft(
        tmp_path,
        [
            ("PRIORITY 2b Neglect", "", ""),
            ("Strategic Lead: Head of Safeguarding", "", ""),
            ("OBJECTIVES:\nTo identify neglect earlier\nTo improve the help families get", "", ""),
        ],
    )
    (priority,) = draft.priorities
    assert priority.title == "Neglect"
    assert [o.text for o in priority.objectives] == ["To identify neglect earlier", "To improve the help families get"]
    (action,) = draft.actions
    assert action.activity == "Run a training day on neglect"
