"""Actions numbered 1, 2, 3 at the start of their own cells in a table with no Ref column (invented plan)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable


def _preview(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())


def test_numbers_counting_up_one_a_cell_are_the_actions_refs():
    preview = _preview(
        ("Actions", "Lead"),
        ("1. Run a schools awareness programme", "Community Safety Unit"),
        ("2. Publish a reporting leaflet", "Press Office"),
        ("3. Train housing officers", "Housing"),
    )
    assert [(a.ref, a.activity) for a in preview.draft.actions] == [
        ("1", "Run a schools awareness programme"),
        ("2", "Publish a reporting leaflet"),
        ("3", "Train housing officers"),
    ]
    assert any("opens with its number" in note for note in preview.notes)


def test_a_lone_numbered_action_keeps_its_number_as_a_list_item():
    preview = _preview(("Actions", "Lead"), ("1. Run a schools awareness programme", "Community Safety Unit"))
    assert [a.activity for a in preview.draft.actions] == ["1. Run a schools awareness programme"]


def test_numbers_that_do_not_count_up_are_wording():
    preview = _preview(
        ("Actions", "Lead"),
        ("1. Run a schools awareness programme", "Community Safety Unit"),
        ("3. Publish a reporting leaflet", "Press Office"),
    )
    assert [a.activity for a in preview.draft.actions] == [
        "1. Run a schools awareness programme",
        "3. Publish a reporting leaflet",
    ]


def test_a_row_without_a_number_leaves_them_all_as_written():
    preview = _preview(
        ("Actions", "Lead"),
        ("1. Run a schools awareness programme", "Community Safety Unit"),
        ("Publish a reporting leaflet", "Press Office"),
    )
    assert preview.draft.actions[0].activity == "1. Run a schools awareness programme"
