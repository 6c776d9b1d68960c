""" "What we are going to do" heads the actions, whichever column holds the longest text (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import


def test_what_we_are_going_to_do_is_the_action_column(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("What we are going to do", "Lead person", "By when", "Measurement of progress to be used"),
            (
                "Gain board members from the council",
                "Chair",
                "September 2009",
                "A senior representative to be a member of the board or of a planning group that reports to it",
            ),
        ],
    )
    (action,) = preview_import(path, ImportOptions()).draft.actions
    assert action.activity == "Gain board members from the council"
