"""Actions numbered inside their own cell, in a table with no Ref column; a "Why…?" column (invented plan)."""

from app.importing.led_refs import leading_ref
from app.importing.service import ImportOptions, preview_document
from exports.importing.headers import field_for_header
from exports.importing.source import RawDocument, RawTable

HEADER = ("Action", "Lead Agency", "Why is this a priority", "By When", "How will we measure success")


def _draft(*rows):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_a_number_at_the_start_of_the_action_cell_is_its_ref_when_no_column_holds_refs():
    draft = _draft(
        ("1.1. Run a licensing awareness session", "Licensing", "Too many late licences", "Jan 2007", "Session held"),
        ("1.2 Map off-licence density", "Public Health", "Alcohol too easy to get", "March 2007", "Map shared"),
        ("2.1) Train door staff in first aid", "Police", "Night-time injuries", "Nov 2006", "Staff trained"),
    )
    assert [(a.ref, a.activity, a.evidence) for a in draft.actions] == [
        ("1.1", "Run a licensing awareness session", "Session held"),
        ("1.2", "Map off-licence density", "Map shared"),
        ("2.1", "Train door staff in first aid", "Staff trained"),
    ]
    assert [p.code for p in draft.priorities] == ["1", "2"]


def test_a_why_column_is_the_reason_not_an_objective_and_a_list_number_is_no_ref():
    assert field_for_header("Why is this a priority") == ""
    assert field_for_header("Priority") != ""
    assert leading_ref("1. Develop a plan") is None  # a list item
    assert leading_ref("1.1 Map services\n1.2 Agree routes") is None  # several actions: read elsewhere
    draft = _draft(("1.1. Run a licensing awareness session", "Licensing", "Too many late licences", "Jan 2007", ""))
    assert [o.text for p in draft.priorities for o in p.objectives] == [""]


def test_a_number_followed_by_a_word_of_amount_is_wording_not_a_ref():
    assert leading_ref("2.5 Million people will see the campaign") is None
    assert leading_ref("1.5 Thousand leaflets delivered to homes") is None
    assert leading_ref("2.5m Funding bid for street lighting") is None
    assert leading_ref("3.1a Train door staff in first aid") == ("3.1a", "Train door staff in first aid")
    assert leading_ref("1.1 Run a campaign\n2.5 Million people reached") == (
        "1.1",
        "Run a campaign\n2.5 Million people reached",
    )
    draft = _draft(
        ("1.1. Run a licensing awareness session", "Licensing", "Too many late licences", "Jan 2007", ""),
        ("2.5 Million visitors a year: patrol the promenade", "Police", "Summer disorder", "Aug 2007", ""),
    )
    assert [a.activity for a in draft.actions] == [
        "Run a licensing awareness session",
        "2.5 Million visitors a year: patrol the promenade",
    ]
    assert draft.actions[1].ref != "2.5"
    assert [p.code for p in draft.priorities] == ["1"]


def test_a_code_run_into_the_number_at_the_start_of_the_cell_is_its_ref_too():
    draft = _draft(
        ("SP1.1 Facilitate partnership meetings", "PCSP", "The public are not heard", "March 2026", "Meetings held"),
        ("SP2.3 Run a farm watch scheme", "Police", "Rural thefts", "March 2026", "Members signed up"),
    )
    assert [(a.ref, a.activity) for a in draft.actions] == [
        ("SP1.1", "Facilitate partnership meetings"),
        ("SP2.3", "Run a farm watch scheme"),
    ]
    assert leading_ref("NI 143 refers to settled accommodation") is None  # a code apart from its number
