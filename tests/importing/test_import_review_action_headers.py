"""A review's action plan: "Proposed Actions/Progress" heads the actions, and a Recommendation
column beside them is their objective (invented plan)."""

from __future__ import annotations

from sample_plans import write_csv

from app.importing.service import ImportOptions, preview_import
from exports.importing.headers import field_for_header

HEADER = ("No.", "Recommendation", "Proposed Actions/Progress", "Success Measures", "Proposed Responsibility", "Date")


def _objective_texts(draft) -> dict[str, str]:
    return {o.ref: o.text for p in draft.priorities for o in p.objectives}


def test_actions_joined_to_their_progress_head_the_action_column():
    assert field_for_header("Proposed Actions/Progress") == "activity"
    assert field_for_header("Action / Update") == "activity"
    assert field_for_header("Progress") == "comments"  # a progress column alone is still progress


def test_recommendation_beside_the_proposed_actions_is_their_objective(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            HEADER,
            (
                "1.",
                "Libraries offer free access to advice on debt.",
                "Set up a weekly advice session in each library",
                "Sessions running in all libraries",
                "Head of Libraries",
                "March 2016",
            ),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    (action,) = draft.actions
    assert action.activity == "Set up a weekly advice session in each library"
    assert action.lead == "Head of Libraries"
    objectives = _objective_texts(draft)
    assert objectives[action.objective_refs[0]] == "Libraries offer free access to advice on debt."


def test_recommendations_with_no_other_action_column_stay_the_actions(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Recommendation", "Responsible Officer", "Update on progress"),
            ("Establish a safeguarding lead in each directorate", "Directors of Services", "Agreed in January"),
        ],
    )
    (action,) = preview_import(path, ImportOptions()).draft.actions
    assert action.activity == "Establish a safeguarding lead in each directorate"
    assert action.lead == "Directors of Services"


def test_recommendation_beside_an_action_column_is_the_objective(tmp_path):
    path = write_csv(
        tmp_path / "plan.csv",
        [
            ("Recommendation", "Action", "Lead", "Date"),
            ("Carers know where to find help.", "Publish a carers' guide", "Carers Service", "June 2016"),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    (action,) = draft.actions
    assert action.activity == "Publish a carers' guide"
    assert _objective_texts(draft)[action.objective_refs[0]] == "Carers know where to find help."
