"""A page of lists whose actions follow "Over the next four years we will:", with facts listed
under another heading (invented plan)."""

from __future__ import annotations

from sample_plans import lines_sheet

from app.importing.service import ImportOptions, preview_document

AIM = "Reduce harmful drinking in our communities."


def _actions(lines):
    draft = preview_document(lines_sheet(lines), ImportOptions()).draft
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    return [(a.activity, objectives.get(a.objective_refs[0], "") if a.objective_refs else "") for a in draft.actions]


def test_a_label_with_the_time_its_list_is_for_marks_the_actions_and_only_them():
    actions = _actions(
        (
            AIM,
            "Over the next four years we will:",
            "• Raise understanding of the risks.",
            "• Train staff in brief advice.",
            "Facts and figures",
            "• Alcohol contributes to more than 60 health conditions.",
            "• It is among the top three lifestyle risks.",
        )
    )
    assert [activity for activity, _ in actions] == [
        "Raise understanding of the risks.",
        "Train staff in brief advice.",
    ]
