"""A review's action plan numbers its recommendations, one a row: each row's recommendation is the
objective of the actions in it (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import


def test_each_numbered_recommendation_is_an_objective_of_its_own(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("No.", "Recommendation", "Action", "Lead", "Date"),
            ("1.", "Carers know where to find help.", "Publish a carers' guide", "Carers Service", "June 2016"),
            ("2.", "Young carers are identified early.", "Train staff to spot young carers", "Schools", "July 2016"),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    texts = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    first, second = draft.actions
    assert texts[first.objective_refs[0]] == "Carers know where to find help."
    assert texts[second.objective_refs[0]] == "Young carers are identified early."


def test_a_ref_column_of_objective_refs_keeps_grouping_by_ref(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Ref", "Objective", "Action", "Lead"),
            ("1.1", "Fewer repeat victims", "Run a MARAC review", "Police"),
            ("1.2", "Fewer repeat offenders", "Extend the perpetrator programme", "Probation"),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [a.objective_refs for a in draft.actions] == [["1.1"], ["1.2"]]
