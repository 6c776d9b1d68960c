"""A plan of headings and numbered lines, no bullets ("Aim 2: …" over "2.1 Reduce…", "2.2 Reduce…"),
as a web page pasted into a sheet a line a row (an invented plan)."""

from app.importing.led_refs import leading_ref
from app.importing.numbered_lines import numbered_runs
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable


def _sheet(*lines):
    rows = tuple((line,) for line in lines)
    table = RawTable("plan.xlsx", "sheet 'Plan'", 0, rows, tuple(range(1, len(rows) + 1)), ())
    return preview_document(RawDocument("plan.xlsx", "xlsx", "Plan", (table,)), ImportOptions())


AIMS = (
    "Aim 1: Fewer people hurt on the roads",
    "Objectives",
    "1.1Enforce speed limits near schools",
    "1.2 Educate new drivers about road safety",
    "Aim 2: Less theft in the town centre",
    "Objectives",
    "2.1 Mark bicycles at town centre events",
    "2.2 Patrol the car parks at night",
)


def test_lines_numbered_under_an_aim_are_its_list_of_actions():
    preview = _sheet(*AIMS)
    assert [p.title for p in preview.draft.priorities] == [
        "Fewer people hurt on the roads",
        "Less theft in the town centre",
    ]
    assert [a.activity for a in preview.draft.actions] == [
        "Enforce speed limits near schools",
        "Educate new drivers about road safety",
        "Mark bicycles at town centre events",
        "Patrol the car parks at night",
    ]


def test_the_numbers_are_the_actions_refs_and_the_label_no_objective():
    preview = _sheet(*AIMS)
    assert [a.ref for a in preview.draft.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert not [o.text for p in preview.draft.priorities for o in p.objectives if o.text]


def test_only_runs_counting_up_from_one_are_lists():
    assert numbered_runs(["2.1 Reduce theft", "2.2 Reduce damage", "Some text"], [False] * 3) == {0, 1}
    assert numbered_runs(["2.1 Reduce theft", "2.3 Reduce damage"], [False] * 2) == set()
    assert numbered_runs(["2.1 Reduce theft"], [False]) == set()  # one line is no list
    assert numbered_runs(["2.5 million people were surveyed", "2.6 million more"], [False] * 2) == set()


def test_a_number_run_into_its_words_is_the_action_s_ref():
    assert leading_ref("2.1Reduce theft of a vehicle by 21%") == ("2.1", "Reduce theft of a vehicle by 21%")
    assert leading_ref("2.5Million people") is None  # an amount, not a ref
    assert leading_ref("2.1REDUCE") is None  # capitals only: no word begins there


def test_numbered_lines_right_above_a_bulleted_list_head_it_as_objectives():
    document = RawDocument(
        "plan.docx",
        "docx",
        "Plan",
        (),
        (
            "Priority 1: Reduce violence",
            "1.1 Reduce knife crime",
            "1.2 Reduce domestic abuse",
            "• Run a knife crime campaign",
            "• Fund two more advocates",
        ),
    )
    draft = preview_document(document, ImportOptions()).draft
    assert [a.activity for a in draft.actions] == ["Run a knife crime campaign", "Fund two more advocates"]
    assert [o.text for p in draft.priorities for o in p.objectives] == ["Reduce knife crime", "Reduce domestic abuse"]
