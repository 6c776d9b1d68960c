"""The plan's own writing tells a name from a sentence's first word in a tail run into the next
action ("…within BCP Specific course…"), on invented rows."""

from __future__ import annotations

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Objective", "Action", "Lead", "By when")
ABOVE = ("6.1", "Young people safer online", "Offer every school an assembly so that", "Youth Team", "2025")


def _plan(*rows: tuple[str, ...]):
    table = RawTable("plan.xlsx", "sheet 1", 0, (HEADER, ABOVE, *rows), tuple(range(1, len(rows) + 3)))
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())
    return [a.activity for a in preview.draft.actions], preview.notes


def test_an_ordinary_word_after_an_acronym_starts_the_next_action():
    activities, notes = _plan(
        (
            "",
            "",
            "pupils hear the same message across NWP Weekly clinics for parents at the library",
            "Library",
            "2026",
        ),
        ("", "", "Publish the clinic times weekly on the website", "Comms", "2026"),  # "weekly": an ordinary word
    )
    assert activities[:2] == [
        "Offer every school an assembly so that pupils hear the same message across NWP",
        "Weekly clinics for parents at the library",
    ]
    assert any("“pupils hear the same message across NWP” ends action" in note for note in notes)


def test_words_the_plan_writes_together_elsewhere_are_a_name_and_the_row_stays_whole():
    row = "pupils hear the same message across NWP Hostel residents and their families"
    activities, notes = _plan(
        ("", "", row, "Library", "2026"),
        ("", "", "Give the hostel a weekly drop-in", "NWP Hostel", "2026"),  # the name again, and "hostel"
    )
    assert activities[:2] == ["Offer every school an assembly so that", row]
    assert any("where the next action starts is unclear" in note for note in notes)


def test_a_capital_the_plan_never_writes_in_lower_case_leaves_the_row_whole():
    row = "pupils hear the same message across NWP Weekly clinics for parents at the library"
    activities, notes = _plan(("", "", row, "Library", "2026"))
    assert activities == ["Offer every school an assembly so that", row]
    assert any("where the next action starts is unclear" in note for note in notes)
