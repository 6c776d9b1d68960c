"""A web page's plan: objectives "which will be our priorities" as sentences, each over a label
saying how ("We'll do this through:") and numbered steps as paragraphs, the lead in a sentence
after them (invented plan)."""

from __future__ import annotations

from app.importing.numbered_steps import numbered_steps
from app.importing.plan_sentences import lead_named
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument

INTRO = "We have set 2 objectives, which will be our priorities. Read them below."
FIRST = "We'll make our services easier for residents to reach."
SECOND = "Partners will share what they learn from reviews across the county."
PAGE = (
    "Our work will follow 3 principles:",
    "1. fairness",
    "2. openness",
    "3. partnership",
    "We'll work with the:",
    "• Housing Forum",
    "• Youth Panel",
    FIRST,
    "We'll do this through:",
    "1. a review of how residents first contact us",
    "2. drop-in sessions in every library",
    "Results will be reported to the board. The Access sub group will lead on this work.",
    SECOND,
    "This will be completed in 2 ways:",
    "1. a yearly learning event",
    "2. short briefings after each review",
)


def _draft(lines):
    document = RawDocument("plan.docx", "docx", "Strategic plan", (), tuple(lines))
    return preview_document(document, ImportOptions()).draft


def test_numbered_steps_under_a_how_label_are_the_actions_the_other_lists_are_not():
    draft = _draft(PAGE)
    assert [a.activity for a in draft.actions] == [
        "a review of how residents first contact us",
        "drop-in sessions in every library",
        "a yearly learning event",
        "short briefings after each review",
    ]


def test_numbered_paragraphs_under_another_line_stay_paragraphs():
    texts = ["Our work will follow 3 principles:", "1. fairness", "We'll do this through:", "1. a review", "3. more"]
    assert numbered_steps(texts) == {3: "a review"}


def test_objectives_announced_as_priorities_are_the_priorities():
    draft = _draft((INTRO, *PAGE))
    assert [p.title for p in draft.priorities] == [FIRST, SECOND]
    assert [o.text for p in draft.priorities for o in p.objectives] == []


def test_without_the_announcement_the_sentence_is_the_lists_objective():
    draft = _draft(PAGE)
    assert FIRST in [o.text for p in draft.priorities for o in p.objectives]


def test_a_lead_sentence_after_a_list_names_the_lead_of_its_actions():
    draft = _draft(PAGE)
    assert [a.lead for a in draft.actions] == ["Access sub group", "Access sub group", "", ""]


def test_lead_sentences():
    assert lead_named("The Quality and Performance sub group will lead on this work.") == (
        "Quality and Performance sub group"
    )
    assert lead_named("Reported quarterly. Public Health will lead on these actions.") == "Public Health"
    assert lead_named("We will lead on tackling violence in the city.") == ""


def test_a_lead_sentence_pointing_back_names_no_lead():
    sentences = ("They will lead on this work.", "This group will lead on this work.", "All partners will lead on it.")
    for sentence in sentences:
        assert lead_named(sentence) == ""


def test_numbered_steps_of_priorities_announced_stay_one_action_each():
    # announced, the sentence is the priority and the steps' table has no objective: each step is
    # still its own action, and the lead sentence after them is each one's lead once
    draft = _draft((INTRO, *PAGE))
    assert [(a.activity, a.lead) for a in draft.actions] == [
        ("a review of how residents first contact us", "Access sub group"),
        ("drop-in sessions in every library", "Access sub group"),
        ("a yearly learning event", ""),
        ("short briefings after each review", ""),
    ]
