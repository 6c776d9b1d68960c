"""General rules for reading real plans' rows, each on an invented example, never a copy of one plan's row."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from app.importing.text import read_lead_cell
from exports.importing.headers import field_for_header
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")


def _plan(*rows: tuple[str, ...], header: tuple[str, ...] = HEADER, preceding: tuple[str, ...] = (), **document):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), preceding)
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), **document), ImportOptions())
    return preview.draft, preview.notes


def test_a_row_pasted_two_cells_left_is_moved_back_under_its_headers():
    draft, notes = _plan(
        ("5.1", "Fewer repeat callers", "Set up a caller review panel", "Housing Team", "March 2025"),
        ("Train call handlers in the new script", "Call Centre", "Q2 2025/26", "", ""),
    )
    second = draft.actions[1]
    assert (second.activity, second.lead, second.timescale) == (
        "Train call handlers in the new script",
        "Call Centre",
        "Q2 2025/26",
    )
    assert second.objective_refs == ["5.1"]
    assert any("to the left of their headers" in note for note in notes)


def test_a_row_with_a_sentence_in_the_ref_column_is_moved_right_even_when_its_dates_repeat():
    draft, _ = _plan(
        ("5.1", "Fewer repeat callers", "Set up a caller review panel", "Housing Team", "March 2025", "Fewer calls"),
        ("Callers are helped first time", "Publish a plain-English guide", "Comms", "TBC", "TBC", ""),
        header=(*HEADER, "Measure"),
    )
    second = draft.actions[1]
    assert (second.activity, second.lead, second.timescale, second.evidence) == (
        "Publish a plain-English guide",
        "Comms",
        "TBC",
        "TBC",
    )


def test_a_row_whose_timescale_is_in_place_is_not_moved():
    draft, _ = _plan(("5.1", "Fewer repeat callers", "Review panel by June", "Housing Team", "Ongoing"))
    assert (draft.actions[0].lead, draft.actions[0].timescale) == ("Housing Team", "Ongoing")


def test_inline_refs_make_one_action_each_and_timescales_are_cut_at_the_refs_even_glued_to_a_year():
    draft, notes = _plan(
        (
            "",
            "Safer parks",
            "7.3.1 Survey lighting in the parks 7.3.2 Agree a repair list 7.3.3 Publish the results",
            "Parks Service",
            "7.3.1 May 20247.3.2 Ongoing7.3.3 Dec 2024",
        ),
    )
    assert [(a.ref, a.activity, a.timescale) for a in draft.actions] == [
        ("7.3.1", "Survey lighting in the parks", "May 2024"),
        ("7.3.2", "Agree a repair list", "Ongoing"),
        ("7.3.3", "Publish the results", "Dec 2024"),
    ]
    assert all(a.lead == "Parks Service" and a.objective_refs == ["7.3"] for a in draft.actions)
    assert any("3 inline refs" in note for note in notes)


def test_text_before_a_new_inline_ref_ends_the_action_above():
    draft, _ = _plan(
        ("", "Safer parks", "7.3.1 Survey lighting and litter in the parks and", "Parks Service", "May 2024"),
        ("", "", "play areas. 7.3.2 Agree a repair list", "Parks Service", "June 2024"),
    )
    assert [a.activity for a in draft.actions] == [
        "Survey lighting and litter in the parks and play areas.",
        "Agree a repair list",
    ]


def test_paragraph_aligned_cells_are_one_action_per_line():
    draft, notes = _plan(
        (
            "2.2",
            "Better data",
            "Agree a data set\nBuild a dashboard\nReport quarterly",
            "Analyst\nIT Team\nBoard",
            "Jan\nMar\nJun",
        ),
    )
    assert [(a.activity, a.lead, a.timescale) for a in draft.actions] == [
        ("Agree a data set", "Analyst", "Jan"),
        ("Build a dashboard", "IT Team", "Mar"),
        ("Report quarterly", "Board", "Jun"),
    ]
    assert any("read as 3 actions" in note for note in notes)


def test_paragraph_counts_that_differ_keep_one_action_and_say_so():
    draft, notes = _plan(
        ("2.2", "Better data", "Agree a data set\nBuild a dashboard", "Analyst\nIT Team\nBoard", "Mar")
    )
    assert len(draft.actions) == 1
    assert any("kept as one action" in note for note in notes)


def test_a_lead_cell_of_organisations_on_separate_lines_is_the_lead_and_partners():
    draft, notes = _plan(
        ("1.1", "Safer homes", "Fit door alarms", "Fire Service\nHousing Trust\nVictim Support", "2025")
    )
    assert (draft.actions[0].lead, draft.actions[0].partners) == ("Fire Service", "Housing Trust; Victim Support")
    assert any("3 organisations" in note for note in notes)


def test_a_lead_name_wrapped_over_two_lines_stays_one_name():
    cell = read_lead_cell("Office of the Police and\nCrime Commissioner")
    assert (cell.lead, cell.partners) == ("Office of the Police and Crime Commissioner", ())


def test_a_lead_cell_that_holds_only_refs_or_says_to_be_agreed_names_no_lead():
    assert read_lead_cell("3.1.1 3.1.2").no_lead and not read_lead_cell("3.1.1 3.1.2").lead
    sentence = "Leads to be agreed at the next meeting of the steering group"
    draft, _ = _plan(("1.1", "Safer homes", "Fit door alarms", sentence, "2025"))
    assert draft.actions[0].lead == "" and sentence in draft.actions[0].comments


def test_headers_named_by_their_last_words():
    assert [field_for_header(h) for h in ("Target completion date", "Nominated lead officer", "Action owner")] == [
        "timescale",
        "lead",
        "lead",
    ]


def test_with_no_action_header_the_longest_text_beside_a_lead_column_is_the_actions():
    draft, _ = _plan(
        ("1", "Run a winter campaign on cold calling scams", "Trading Standards", "Nov-25"),
        ("2", "Give every new tenant a home safety visit", "Housing", "Apr-26"),
        header=("#", "Goals", "Lead", "Target date"),
    )
    assert [(a.activity, a.lead, a.timescale) for a in draft.actions] == [
        ("Run a winter campaign on cold calling scams", "Trading Standards", "Nov-25"),
        ("Give every new tenant a home safety visit", "Housing", "Apr-26"),
    ]


def test_refs_alone_under_a_row_that_listed_several_continue_that_list():
    draft, notes = _plan(
        ("6.1 6.2 6.3", "Homes are safer", "Fit door alarms", "Fire Service", "2025"),
        ("1.4", "", "Offer a home visit", "Fire Service", "2026"),
    )
    assert [a.objective_refs for a in draft.actions] == [["6.1", "6.2", "6.3", "1.4"]] * 2
    assert any("continue the ref list" in note for note in notes)


def test_a_ref_alone_under_a_single_ref_row_still_starts_its_own_group():
    draft, _ = _plan(
        ("6.1", "Homes are safer", "Fit door alarms", "Fire Service", "2025"),
        ("6.2", "", "Offer a home visit", "Fire Service", "2026"),
    )
    assert [a.objective_refs for a in draft.actions] == [["6.1"], ["6.2"]]


def test_an_objective_cell_led_by_its_ref_names_that_objective_without_the_ref():
    draft, _ = _plan(("", "3.2 Improve reporting of hate crime", "Launch a reporting app", "Police", "2025"))
    [priority] = draft.priorities
    assert [(o.ref, o.text) for o in priority.objectives] == [("3.2", "Improve reporting of hate crime")]
    assert draft.actions[0].objective_refs == ["3.2"]
