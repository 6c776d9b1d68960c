"""Plans written as headings and bullet lists, with no table (invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_document, preview_import
from exports.importing.source import RawDocument, RawTable


def _plan(preview):
    draft = preview.draft
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    return (
        [p.title for p in draft.priorities],
        [(a.activity, objectives.get(a.objective_refs[0], "") if a.objective_refs else "") for a in draft.actions],
    )


def test_a_word_plan_of_headings_and_bullet_lists_is_read_as_its_actions(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Safer Streets Plan"),
            ("heading", "Night-time economy"),
            ("para", "To make the town centre safe for everyone at night."),
            ("bullet", "Open a night-time hub in each town."),
            ("bullet", "Train door staff in first aid."),
            ("heading", "Road safety"),
            ("para", "To reduce the number of people hurt on our roads."),
            ("bullet", "Run speed watch sessions near every school."),
        ],
    )
    priorities, actions = _plan(preview_import(path, ImportOptions()))
    assert priorities == ["Night-time economy", "Road safety"]
    assert actions == [
        ("Open a night-time hub in each town.", "To make the town centre safe for everyone at night."),
        ("Train door staff in first aid.", "To make the town centre safe for everyone at night."),
        ("Run speed watch sessions near every school.", "To reduce the number of people hurt on our roads."),
    ]


def test_a_sheet_of_one_column_pasted_from_a_web_page_is_read_the_same_way():
    lines = (
        ("Priority 1 - Prevention",),
        ("To stop abuse before it starts.",),
        ("• Deliver healthy relationships sessions in schools.",),
        ("• Publish a directory of local support.",),
    )
    table = RawTable("plan.csv", "sheet", 0, lines, tuple(range(1, len(lines) + 1)))
    preview = preview_document(RawDocument("plan.csv", "csv", "", (table,), ()), ImportOptions())
    priorities, actions = _plan(preview)
    assert priorities == ["Prevention"]
    assert actions == [
        ("Deliver healthy relationships sessions in schools.", "To stop abuse before it starts."),
        ("Publish a directory of local support.", "To stop abuse before it starts."),
    ]


def test_only_the_lists_under_an_action_label_are_actions_and_the_label_names_nothing(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Priority 1 - Hate crime"),
            ("para", "Hate crime can take many forms, including the following:"),
            ("bullet", "Verbal abuse and threats."),
            ("bullet", "Damage to property."),
            ("heading", "Outcome 1: Reporting is easier"),
            ("heading", "What we will do:"),
            ("bullet", "Open third-party reporting centres in libraries."),
            ("bullet", "Train housing officers to recognise hate incidents."),
            ("heading", "Outcome 2: Victims are supported"),
            ("heading", "Actions"),
            ("bullet", "Refer every victim to the support service within two days."),
        ],
    )
    priorities, actions = _plan(preview_import(path, ImportOptions()))
    assert priorities == ["Hate crime"]
    assert actions == [
        ("Open third-party reporting centres in libraries.", "Reporting is easier"),
        ("Train housing officers to recognise hate incidents.", "Reporting is easier"),
        ("Refer every victim to the support service within two days.", "Victims are supported"),
    ]


def test_each_sheet_of_one_column_is_read_on_its_own():
    first = (("Outcome 1: Safer streets",), ("Actions",), ("• Light the underpass.",), ("• Fund two wardens.",))
    second = (("Outcome 2: Fewer fires",), ("Actions",), ("• Fit smoke alarms.",), ("• Visit every tower block.",))
    tables = tuple(
        RawTable("plan.xlsx", f"sheet '{name}'", index, rows, tuple(range(1, len(rows) + 1)))
        for index, (name, rows) in enumerate((("Streets", first), ("Fire", second)))
    )
    preview = preview_document(RawDocument("plan.xlsx", "xlsx", "", tables, ()), ImportOptions())
    priorities, actions = _plan(preview)
    assert priorities == ["Safer streets", "Fewer fires"]
    assert [activity for activity, _objective in actions] == [
        "Light the underpass.",
        "Fund two wardens.",
        "Fit smoke alarms.",
        "Visit every tower block.",
    ]


def test_numbered_outcomes_heading_lists_are_objectives_not_empty_sections_in_the_notes(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Priority 1 - Prepare"),
            ("heading", "Outcome 1: Frontline staff recognise the signs of exploitation"),
            ("para", "Actions"),
            ("bullet", "Deliver training to housing officers."),
            ("bullet", "Share the referral pathway with schools."),
            ("heading", "Outcome 2: Victims are referred to support quickly"),
            ("para", "Actions"),
            ("bullet", "Publish the referral pathway on the council website."),
        ],
    )
    preview = preview_import(path, ImportOptions())
    priorities, actions = _plan(preview)
    assert priorities == ["Prepare"]
    assert [objective for _, objective in actions] == [
        "Frontline staff recognise the signs of exploitation",
        "Frontline staff recognise the signs of exploitation",
        "Victims are referred to support quickly",
    ]
    assert not [note for note in preview.notes if "left out as a section" in note], preview.notes


def test_list_items_opening_in_lower_case_under_a_heading_are_one_action_each():
    # no objective line between the heading and its list: each item is a row of its own in the table
    # read from the list, never the rest of the item above (a page cut joins rows of a Word table)
    paragraphs = (
        "Priority 1: Safer streets",
        "We will:",
        "• work with schools on knife crime",
        "• train door staff in first aid",
        "Priority 2: Safer homes",
        "We will:",
        "• target harden the homes of victims",
    )
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (), paragraphs), ImportOptions())
    assert [a.activity for a in preview.draft.actions] == [
        "work with schools on knife crime",
        "train door staff in first aid",
        "target harden the homes of victims",
    ]
