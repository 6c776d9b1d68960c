"""A Timescale/Target cell naming the year its target runs across (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import


def test_the_year_a_target_runs_across_is_its_timescale(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Specific Actions", "Timescale/Target", "Lead"),
            ("Train staff on early help", "Training programme to run across financial year 2012/13", "Trainers"),
        ],
    )
    (action,) = preview_import(path, ImportOptions()).draft.actions
    assert action.timescale == "across financial year 2012/13"
