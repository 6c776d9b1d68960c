"""Two actions run into one cell with no ref and no line break (a PDF's text, a paste), on invented rows."""

from __future__ import annotations

from app.importing.corrections import split_points
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")


def _plan(*rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)))
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())
    return preview.draft.actions, preview.notes


def _read(actions):
    return [(a.activity, a.lead, a.partners, a.timescale) for a in actions]


def test_a_lost_line_break_glued_to_a_capital_splits_beside_leads_and_timescales_of_as_many_lines():
    actions, notes = _plan(
        (
            "2.1",
            "Safer parks",
            "Survey the lighting in every parkInstall new lamps where the survey finds gaps",
            "Parks Team\nEnergy Partner",
            "June 2025\nMarch 2026",
        ),
    )
    assert _read(actions) == [
        ("Survey the lighting in every park", "Parks Team", "", "June 2025"),
        ("Install new lamps where the survey finds gaps", "Energy Partner", "", "March 2026"),
    ]
    assert [a.objective_refs for a in actions] == [["2.1"], ["2.1"]]
    assert any("runs 2 actions together" in note for note in notes)


def test_sentence_ends_split_only_when_both_lead_and_timescale_have_as_many_lines():
    actions, _ = _plan(
        (
            "2.2",
            "Safer journeys home",
            "Recruit two outreach workers for the night economy. Publish a leaflet on safe routes home.",
            "Council\nTransport Police",
            "May 2025\nAugust 2025",
        ),
    )
    assert _read(actions) == [
        ("Recruit two outreach workers for the night economy.", "Council", "", "May 2025"),
        ("Publish a leaflet on safe routes home.", "Transport Police", "", "August 2025"),
    ]


def test_two_sentences_beside_a_lead_and_a_partner_stay_one_action():
    actions, _ = _plan(
        (
            "2.2",
            "Safer journeys home",
            "Recruit two outreach workers for the night economy. They will work Friday and Saturday nights.",
            "Council\nTransport Police",
            "May 2025",
        ),
    )
    assert _read(actions) == [
        (
            "Recruit two outreach workers for the night economy. They will work Friday and Saturday nights.",
            "Council",
            "Transport Police",
            "May 2025",
        )
    ]


def test_a_glued_capital_with_one_lead_and_one_timescale_stays_one_action_and_is_noted_and_offered():
    text = "Map the support on offer to carersAgree a single referral form"
    actions, notes = _plan(("3.1", "Carers supported", text, "Carers Hub", "2026"))
    assert _read(actions) == [(text, "Carers Hub", "", "2026")]
    assert any("may be two lines run together" in note for note in notes)
    assert (text.index("Agree"), "before “Agree a single referral form” (a capital glued to a lower-case word)") in (
        split_points(text)
    )


def test_names_written_in_camel_case_are_not_lost_line_breaks():
    text = "Commission SafeLives to train the PowerPoint champions"
    actions, notes = _plan(("3.1", "Skilled staff", text, "Council\nHealth", "2025\n2026"))
    assert [a.activity for a in actions] == [text]
    assert not any("run together" in note or "runs 2 actions" in note for note in notes)


def test_a_row_opening_with_the_tail_of_the_action_above_gives_it_back_and_starts_its_own_action():
    actions, notes = _plan(
        ("4.1", "Families helped early", "Review how referrals reach the hub so that no family is", "Hub", "2025"),
        ("", "", "passed between teams Train reception staff to take referrals by phone", "Front Desk", "Sept 2025"),
    )
    assert _read(actions) == [
        ("Review how referrals reach the hub so that no family is passed between teams", "Hub", "", "2025"),
        ("Train reception staff to take referrals by phone", "Front Desk", "", "Sept 2025"),
    ]
    assert any("“passed between teams” ends action 4.1.1 above" in note for note in notes)


def test_a_one_word_name_inside_the_tail_is_passed_over_to_the_sentence_end():
    actions, _ = _plan(
        ("4.1", "Families helped early", "Review how referrals reach the hub so that no family is", "Hub", "2025"),
        ("", "", "passed between Council teams. Train reception staff to take referrals", "Front Desk", "2026"),
    )
    assert [a.activity for a in actions] == [
        "Review how referrals reach the hub so that no family is passed between Council teams.",
        "Train reception staff to take referrals",
    ]


def test_a_tail_whose_end_may_be_a_name_is_left_whole_and_noted():
    row = "passed between teams within Dorset Police Train reception staff"
    actions, notes = _plan(
        ("4.1", "Families helped early", "Review how referrals reach the hub so that no family is", "Hub", "2025"),
        ("", "", row, "Front Desk", "Sept 2025"),
    )
    assert [a.activity for a in actions] == ["Review how referrals reach the hub so that no family is", row]
    assert any("where the next action starts is unclear" in note for note in notes)


def test_a_row_starting_in_lower_case_under_a_finished_sentence_is_not_cut():
    actions, notes = _plan(
        ("4.1", "Families helped early", "Review how referrals reach the hub.", "Hub", "2025"),
        ("", "", "e-learning for reception staff Train them by phone", "Front Desk", "Sept 2025"),
    )
    assert [a.activity for a in actions][1] == "e-learning for reception staff Train them by phone"
    assert not any("ends action" in note or "unclear" in note for note in notes)


def test_in_a_plan_whose_actions_open_in_lower_case_a_lower_case_opening_is_no_tail():
    # Each action run on from "Action - " as the page writes it: the last one's first sentence is
    # its own, not the end of the action above, which stops without a full stop.
    rows = [
        ("3.1", "", "continue to work with partners to prevent homelessness.", "", "ongoing"),
        ("3.2", "", "ensure a supply of temporary accommodation; help those in it find a home", "", "ongoing"),
        ("3.3", "", "minimise the use of bed and breakfast. Where it is unavoidable, keep stays short.", "", "ongoing"),
    ]
    actions, notes = _plan(*rows)
    assert [a.activity for a in actions] == [row[2] for row in rows]
    assert not any("ends action" in note or "unclear" in note for note in notes)


def test_a_plan_writing_its_actions_in_capitals_still_gives_a_tail_back():
    actions, _ = _plan(
        ("4.1", "Families helped early", "Review how referrals reach the hub so that no family is", "Hub", "2025"),
        ("", "", "passed between teams Train reception staff to take referrals by phone", "Front Desk", "Sept 2025"),
        ("4.2", "", "Open a second hub in the east of the borough.", "Hub", "2026"),
        ("4.3", "", "Publish the hub's opening hours on every leaflet.", "Hub", "2026"),
    )
    assert [a.activity for a in actions][:2] == [
        "Review how referrals reach the hub so that no family is passed between teams",
        "Train reception staff to take referrals by phone",
    ]
