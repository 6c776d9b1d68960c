"""A tracker of overarching actions and the sub-actions under them, with long coded refs (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from app.importing.text import parse_ref_cell
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action Ref", "Recommendation/ Overarching Action", "Sub-Action", "Delivery Status")
TRAIN = "Make sure every frontline officer can spot coercive control"


def _preview(*rows, header=HEADER):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_a_code_of_six_capitals_and_a_number_is_the_actions_own_ref_not_objective_numbers():
    assert parse_ref_cell("SAFEGD8.5").action_ref == "SAFEGD8.5"
    assert parse_ref_cell("PROVUL42.2").objective_refs == ()
    draft = _preview(
        ("SAFEGD8.5", "Review the referral form", "", "Complete"),
        ("SAFEGD42.2", "Publish the helpline card", "", "Complete"),
        header=("Action Ref", "Action", "Lead", "Delivery Status"),
    ).draft
    assert [a.ref for a in draft.actions] == ["SAFEGD8.5", "SAFEGD42.2"]
    assert draft.priorities == []  # no priorities 8 and 42 made from the codes


def test_the_sub_actions_are_the_actions_and_the_overarching_action_their_objective():
    preview = _preview(
        ("SAFEGD8.5", TRAIN, "Run a coercive control workshop for each shift", "Complete"),
        ("SAFEGD8.6", TRAIN, "Add coercive control to the probationer course", "On track"),
        ("SAFEGD9.1", "Answer every helpline call within a minute", "Staff the helpline at weekends", "Complete"),
    )
    draft = preview.draft
    assert [a.activity for a in draft.actions] == [
        "Run a coercive control workshop for each shift",
        "Add coercive control to the probationer course",
        "Staff the helpline at weekends",
    ]
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [objectives[a.objective_refs[0]] for a in draft.actions] == [
        TRAIN,
        TRAIN,
        "Answer every helpline call within a minute",
    ]


def test_a_row_with_its_own_ref_and_no_sub_action_is_an_action_of_its_own():
    preview = _preview(
        ("SAFEGD8.5", TRAIN, "Run a coercive control workshop for each shift", "Complete"),
        ("SAFEGD33", "Review the diversion scheme for first offenders.", "", "Complete"),
        ("SAFEGD9.1", "Answer every helpline call within a minute", "Staff the helpline at weekends", "Complete"),
    )
    draft = preview.draft
    review = draft.actions[1]
    assert (review.ref, review.activity, review.objective_refs) == (
        "SAFEGD33",
        "Review the diversion scheme for first offenders.",
        [],
    )
    objectives = [o.text for p in draft.priorities for o in p.objectives]
    assert "Review the diversion scheme for first offenders." not in objectives
    assert any("no sub-action" in note for note in preview.notes)


def test_a_number_from_an_earlier_plan_before_a_sub_action_is_kept_in_its_comments():
    preview = _preview(
        ("SAFEGD8.5", TRAIN, "NO 8 Run a coercive control workshop for each shift", "Complete"),
        ("SAFEGD8.6", TRAIN, "No. 17 Add coercive control to the probationer course", "Complete"),
        ("", TRAIN, "No smoking signs are not our business", "Complete"),
    )
    draft = preview.draft
    assert [(a.activity, a.comments) for a in draft.actions[:2]] == [
        ("Run a coercive control workshop for each shift", "NO 8"),
        ("Add coercive control to the probationer course", "No. 17"),
    ]
    assert draft.actions[2].activity == "No smoking signs are not our business"  # no number: wording


def test_steps_headed_plainly_beside_an_overarching_action_are_the_actions():
    # An officer's copy heads the steps "Action" or "What we will do" instead of "Sub-Action": the
    # "Overarching Action" column is still the level above, and a row with no step its own action.
    for steps in ("Action", "What we will do"):
        draft = _preview(
            ("SAFEGD8.5", TRAIN, "Run a coercive control workshop for each shift", "Complete"),
            ("SAFEGD33", "Review the diversion scheme for first offenders.", "", "Complete"),
            header=("Action Ref", "Recommendation/ Overarching Action", steps, "Delivery Status"),
        ).draft
        assert [a.activity for a in draft.actions] == [
            "Run a coercive control workshop for each shift",
            "Review the diversion scheme for first offenders.",
        ]
        objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
        assert objectives[draft.actions[0].objective_refs[0]] == TRAIN
