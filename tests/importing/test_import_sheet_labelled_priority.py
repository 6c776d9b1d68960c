"""A priority written as a label line with its words on the next line ("Priority three", "Aim 1"), in
a sheet: above the header row, or among the lines of a one-column sheet of headings and lists. It
names the priority as the same lines do in Word (invented plans)."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

AIM = "To increase the supply of good quality affordable homes for local people in every part of the district."


def _draft(*rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 1", 0, rows, tuple(range(1, len(rows) + 1)))
    return preview_document(RawDocument("plan.xlsx", "xlsx", "", (table,), ()), ImportOptions()).draft


def test_a_label_over_a_long_sentence_above_the_headers_names_the_tables_priority():
    draft = _draft(
        ("Housing Action Plan", "", ""),
        ("Aim 1", "", ""),
        (AIM, "", ""),
        ("Action", "Lead", "Timescale"),
        ("Review the allocations policy.", "Housing team", "March 2027"),
    )
    assert [(p.code, p.title) for p in draft.priorities] == [("1", AIM)]
    assert [a.activity for a in draft.actions] == ["Review the allocations policy."]


def test_a_detail_labelled_on_the_line_above_its_value_is_no_priority():
    # "Key outcome:" then its outcome: the numbered heading above them names the priority.
    draft = _draft(
        ("Drug and Alcohol Action Plan", "", ""),
        ("Priority 1 - Prevention and Early Intervention", "", ""),
        ("Key outcome:", "", ""),
        ("Fewer people develop problem drug use.", "", ""),
        ("Action", "Lead", "Timescale"),
        ("Run a schools prevention programme.", "ADP", "March 2026"),
    )
    assert [(p.code, p.title) for p in draft.priorities] == [("1", "Prevention and Early Intervention")]


def test_a_one_column_sheet_of_records_takes_its_priority_from_the_label_and_the_sentence_under_it():
    sentence = "Where a household does become homeless, to help them find a new home as quickly as possible."
    draft = _draft(
        ("Homelessness Strategy 2022 to 2025",),
        ("Priority three",),
        (sentence,),
        ("3.1",),
        ("Action - work with partners to prevent homelessness.",),
        ("• year - ongoing",),
        ("3.2",),
        ("Action - relieve homelessness within the timescales set by law.",),
        ("• year - year 1",),
    )
    assert [(p.code, p.title) for p in draft.priorities] == [("3", sentence)]
    assert [a.ref for a in draft.actions] == ["3.1", "3.2"]
