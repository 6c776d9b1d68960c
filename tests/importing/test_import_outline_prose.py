"""A page's aim, then a paragraph on why it matters, then the actions (invented plan)."""

from __future__ import annotations

from sample_plans import lines_sheet

from app.importing.prose_lines import is_prose
from app.importing.service import ImportOptions, preview_document

AIM = "Reduce harmful drinking in our communities."
WHY = "Deaths due to alcohol have risen. Helping people to cut down improves their health."


def _actions(lines):
    draft = preview_document(lines_sheet(lines), ImportOptions()).draft
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    return [(a.activity, objectives.get(a.objective_refs[0], "") if a.objective_refs else "") for a in draft.actions]


def test_the_aim_not_the_paragraph_arguing_for_it_is_the_objective():
    actions = _actions((AIM, WHY, "We will:", "• Raise understanding of the risks.", "• Train staff in brief advice."))
    assert actions == [("Raise understanding of the risks.", AIM), ("Train staff in brief advice.", AIM)]


def test_a_one_sentence_paragraph_right_above_the_list_is_still_its_objective():
    town = "To make every town centre safe at night."
    actions = _actions((AIM, town, "• Open a night-time hub.", "• Train door staff."))
    assert actions == [("Open a night-time hub.", town), ("Train door staff.", town)]


def test_prose_is_two_sentences_or_more():
    assert is_prose(WHY)
    assert not is_prose(AIM)


def test_an_objective_of_two_sentences_under_its_heading_alone_is_still_the_objective():
    # the heading over the list is its priority, not a line stating its objective: the prose is
    # then the only line that does
    stated = "Reduce knife crime. We will focus on young people aged 14 to 18."
    actions = _actions(("Safer streets", stated, "We will:", "• Run a knife crime campaign.", "• Fund youth workers."))
    assert actions == [("Run a knife crime campaign.", stated), ("Fund youth workers.", stated)]
