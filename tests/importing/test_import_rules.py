"""General rules for reading real plans' rows, each on an invented example, never a copy of one plan's row."""

from __future__ import annotations

import pytest

from app.importing.service import ImportOptions, preview_document, preview_import
from app.importing.text import parse_priority_heading, parse_ref_cell, read_lead_cell
from exports.importing.headers import field_for_header
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")


def _plan(*rows: tuple[str, ...], header=HEADER, preceding=(), title="Plan", paragraphs=()):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), preceding)
    document = RawDocument("plan.docx", "docx", title, (table,), paragraphs)
    preview = preview_document(document, ImportOptions())
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


def test_a_header_ending_to_date_holds_the_work_so_far_not_a_timescale():
    assert [field_for_header(h) for h in ("Work to date", "Progress to date", "Action taken to date")] == [
        "comments"
    ] * 3
    assert field_for_header("Date") == "timescale"
    draft, _ = _plan(
        ("1", "Agree a referral route", "A panel meets monthly", "Publish the route to schools"),
        header=("No.", "Requirement", "Work to date", "Action required"),
    )
    assert [(a.activity, a.timescale, a.comments) for a in draft.actions] == [
        ("Publish the route to schools", "", "A panel meets monthly")
    ]


def test_a_header_opening_with_a_time_word_names_the_timescale_not_another_action_column():
    assert [field_for_header(h) for h in ("Year to Action", "Date for action", "When to act")] == ["timescale"] * 3
    draft, _ = _plan(
        ("1", "Monitor noise on every karting day", "On-going"),
        header=("No.", "Actions", "Year to Action"),
    )
    assert [(a.activity, a.timescale) for a in draft.actions] == [("Monitor noise on every karting day", "On-going")]


def test_question_headers_name_their_columns():
    header = (
        "Item (number)",
        "What are we going to do?",
        "Who will lead?",
        "Who else needs to be involved?",
        "How will we know?",
        "When?",
    )
    assert [field_for_header(h) for h in header] == ["ref", "activity", "lead", "partners", "evidence", "timescale"]
    draft, _ = _plan(
        ("2.1", "Map hostel places for prison leavers", "Council Housing", "Probation", "A map shared", "June 2009"),
        header=header,
    )
    assert [(a.activity, a.lead, a.partners, a.evidence) for a in draft.actions] == [
        ("Map hostel places for prison leavers", "Council Housing", "Probation", "A map shared")
    ]


def test_a_why_header_is_the_reason_for_the_action_not_its_objective():
    assert [field_for_header(h) for h in ("Why is this a priority", "Why?", "How will we measure success")] == [
        "",
        "",
        "evidence",
    ]
    draft, _ = _plan(
        ("Run a licensing awareness session", "Licensing", "Too many late licences", "Jan 2007"),
        header=("Action", "Lead", "Why is this a priority", "By When"),
    )
    named = [p.title for p in draft.priorities] + [o.text for p in draft.priorities for o in p.objectives]
    assert "Too many late licences" not in named and draft.actions[0].lead == "Licensing"


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Objective three: To PROTECT older residents", ("3", "To PROTECT older residents")),
        ("Priority 2 –", ("2", "")),
        ("Aim C", ("3", "")),
        ("Theme 4: Safer streets", ("4", "Safer streets")),
        ("Strategic priority II", ("2", "")),
        ("Aim a healthier borough", None),
        ("Priority area", None),
    ],
)
def test_headings_numbered_in_words_roman_numerals_or_letters(text, expected):
    assert parse_priority_heading(text) == expected


def test_a_bold_paragraph_right_above_a_table_names_its_priority(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Town Safety Plan")
    for title, action in (("Safer streets", "Repair street lights"), ("Calmer nights", "Fund taxi marshals")):
        document.add_paragraph().add_run(title).bold = True
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Action", "Lead", "Timescale"), strict=True):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, (action, "Council", "2025"), strict=True):
            cell.text = text
    document.save(tmp_path / "plan.docx")
    draft = preview_import(tmp_path / "plan.docx").draft
    assert [(p.code, p.title) for p in draft.priorities] == [("1", "Safer streets"), ("2", "Calmer nights")]
    assert [a.ref for a in draft.actions] == ["1.1", "2.1"]


def test_rows_above_a_sheets_headers_are_its_title_priority_and_listed_objectives():
    table = RawTable(
        "plan.xlsx",
        "sheet 'Plan'",
        0,
        (
            ("Town Safety Plan 2025-28", "", ""),
            ("Safer streets", "", ""),
            ("- 1.1 Streets are well lit", "", ""),
            ("Our actions:", "", ""),
            ("Ref", "Action", "Lead"),
            ("1.1", "Repair street lights", "Council"),
        ),
        tuple(range(1, 7)),
    )
    draft = preview_document(RawDocument("plan.xlsx", "xlsx", "", (table,)), ImportOptions()).draft
    assert [(p.code, p.title) for p in draft.priorities] == [("1", "Safer streets")]
    assert [(o.ref, o.text) for o in draft.priorities[0].objectives] == [("1.1", "Streets are well lit")]
    assert draft.title == "Town Safety Plan 2025-28"


def test_a_short_name_in_the_activity_column_beside_a_sentence_on_its_left_is_moved_back():
    draft, _ = _plan(
        ("5.1", "Fewer repeat callers", "Set up a caller review panel", "Housing Team", "March 2025", ""),
        ("", "Publish a plain-English guide for callers", "Comms Team", "TBC", "TBC", ""),
        header=(*HEADER, "Measure"),
    )
    assert (draft.actions[1].activity, draft.actions[1].lead) == (
        "Publish a plain-English guide for callers",
        "Comms Team",
    )


def test_a_coded_ref_is_the_actions_own_ref():
    assert parse_ref_cell("HC 4").action_ref == "HC 4" and parse_ref_cell("Funding2.2").objective_refs == ("2.2",)
    draft, _ = _plan(("HC 4", "Hate crime", "Train third-party reporting centres", "Police", "2025"))
    assert draft.actions[0].ref == "HC 4"


def test_the_header_repeated_in_other_words_or_case_is_dropped_never_an_objective():
    draft, notes = _plan(
        ("1.1", "Homes are safer", "Fit door alarms", "Fire Service", "2025"),
        ("REF", "OBJECTIVES", "ACTIONS", "LEAD", "WHEN"),
        ("", "", "Offer a home visit", "Fire Service", "2026"),
    )
    assert [a.activity for a in draft.actions] == ["Fit door alarms", "Offer a home visit"]
    assert [o.ref for p in draft.priorities for o in p.objectives] == ["1.1"]
    assert any("header row repeated" in note for note in notes)


def test_a_lone_line_starting_mid_sentence_joins_the_action_above_whatever_its_column():
    draft, _ = _plan(
        ("1.1", "Homes are safer", "Fit door alarms in every flat on the", "Fire Service", "2025"),
        ("estate before winter", "", "", "", ""),
    )
    assert draft.actions[0].activity == "Fit door alarms in every flat on the estate before winter"


def test_a_column_with_no_header_holding_refs_is_the_ref_column():
    draft, _ = _plan(
        ("2.1.1", "Fit door alarms", "Fire Service", "2025"),
        ("2.1.2", "Offer a home visit", "Fire Service", "2026"),
        header=("", "Action", "Lead", "Timescale"),
    )
    assert [(a.ref, a.objective_refs) for a in draft.actions] == [("2.1.1", ["2.1"]), ("2.1.2", ["2.1"])]


def test_a_lead_that_is_two_of_the_plans_other_leads_run_together_is_a_lead_and_a_partner():
    draft, notes = _plan(
        ("1.1", "Homes are safer", "Fit door alarms", "Fire Service", "2025"),
        ("", "", "Offer a home visit", "Housing Trust", "2026"),
        ("", "", "Check alarms yearly", "Fire Service Housing Trust", "2027"),
    )
    assert (draft.actions[2].lead, draft.actions[2].partners) == ("Fire Service", "Housing Trust")
    assert any("two leads the plan names elsewhere" in note for note in notes)


def test_a_lead_run_together_with_a_partner_the_plan_names_is_a_lead_and_a_partner():
    draft, notes = _plan(
        ("1.1", "Safer nights", "Review licensed premises", "Licensing", "2025"),
        ("", "", "Patrol the night-time economy", "Police\nCDRP", "2026"),
        ("", "", "Train door staff", "Licensing CDRP", "2027"),
        ("", "", "Publish the licensing policy", "Licensing Team", "2027"),
    )
    assert (draft.actions[1].lead, draft.actions[1].partners) == ("Police", "CDRP")
    assert (draft.actions[2].lead, draft.actions[2].partners) == ("Licensing", "CDRP")
    assert (draft.actions[3].lead, draft.actions[3].partners) == ("Licensing Team", "")
    assert any("a lead and a partner the plan names elsewhere" in note for note in notes)


def test_the_title_sets_the_plan_period_and_a_bare_month_is_read_inside_it_keeping_its_words(ctx):
    from datetime import date

    from app.importing.service import apply_import
    from app.queries.actions import action_rows

    table = RawTable(
        "plan.docx",
        "table 1",
        0,
        (HEADER, ("1.1", "Safer homes", "Fit door alarms", "Fire Service", "June"), ("", "", "Visit", "Fire", "Q3")),
        (1, 2, 3),
    )
    document = RawDocument("plan.docx", "docx", "Community Safety Action Plan April 2009 – March 2010", (table,))
    preview = preview_document(document, ImportOptions())
    assert (preview.draft.period_start, preview.draft.period_end) == (date(2009, 4, 1), date(2010, 3, 31))
    assert preview.unparsed_timescales == ()
    rows = action_rows(ctx.db, apply_import(ctx, preview))
    assert [(row.timescale_text, row.due_date) for row in rows] == [
        ("June", date(2009, 6, 30)),
        ("Q3", date(2009, 12, 31)),
    ]


def test_a_bare_month_that_falls_twice_in_a_multi_year_period_is_kept_as_written_and_listed():
    draft, notes = _plan(("1.1", "Safer homes", "Fit door alarms", "Fire Service", "June"), title="Plan 2012 – 2015")
    assert draft.period_start.year == 2012 and draft.actions[0].timescale_read == ""
    assert any("read as financial years" in note for note in notes)
    assert any("fall more than once" in note for note in notes)


def test_an_objective_title_cut_by_a_page_break_is_finished_not_made_a_fragment():
    draft, notes = _plan(
        ("Improve the response to", "Train call handlers", "Police", "2025"),
        ("victims of hate crime", "Open a reporting line", "Council", "2026"),
        header=("Objective", "Action", "Lead", "Timescale"),
    )
    [priority] = draft.priorities
    assert [o.text for o in priority.objectives] == ["Improve the response to victims of hate crime"]
    assert [a.objective_refs for a in draft.actions] == [["1.1"], ["1.1"]]
    assert any("continues the title of objective 1.1" in note for note in notes)


def test_the_documents_own_section_numbers_are_not_priorities_and_a_theme_heading_wins():
    draft, notes = _plan(
        ("1.1", "Fewer first-time entrants", "Run a youth diversion scheme", "YOS", "2025"),
        paragraphs=(
            "1 Introduction ........ 3",
            "2 Context ........ 5",
            "Theme 1: Prevention and Early Intervention ........ 12",
            "1 Introduction",
            "2 Context",
        ),
    )
    assert [(p.code, p.title) for p in draft.priorities] == [("1", "Prevention and Early Intervention")]
    assert any("'2 Context' has no objectives or actions" in note for note in notes)


def test_an_objective_cell_repeating_the_ref_cells_ref_is_titled_without_it():
    draft, _ = _plan(("4.2", "4.2 Fewer repeat victims", "Offer target hardening", "Police", "2025"))
    assert [(o.ref, o.text) for o in draft.priorities[0].objectives] == [("4.2", "Fewer repeat victims")]


def test_a_heading_cut_short_in_a_contents_list_takes_its_full_title_from_the_table():
    draft, _ = _plan(
        ("Objective one: To REDUCE harm caused by alcohol", "", "", "", ""),
        ("1.1", "Fewer assaults", "Map the late-night venues", "Police", "2025"),
        paragraphs=("Objective one: To REDUCE harm ........ 4",),
    )
    assert [p.title for p in draft.priorities] == ["To REDUCE harm caused by alcohol"]
    assert field_for_header("Area") == "objective"


def test_a_theme_column_beside_an_objective_column_names_each_rows_priority():
    draft, _ = _plan(
        ("Theme 1: Safer streets", "Better lighting", "Repair street lights", "Council", "2025"),
        ("Theme 1: Safer streets", "Better lighting", "Map dark alleys", "Police", "2026"),
        ("Calmer nights", "Fewer assaults", "Fund taxi marshals", "BID", "2025"),
        header=("Theme", "Objective", "Action", "Lead", "Timescale"),
    )
    assert [(p.code, p.title, [o.text for o in p.objectives]) for p in draft.priorities] == [
        ("1", "Safer streets", ["Better lighting"]),
        ("2", "Calmer nights", ["Fewer assaults"]),
    ]
    assert [a.objective_refs for a in draft.actions] == [["1.1"], ["1.1"], ["2.1"]]
