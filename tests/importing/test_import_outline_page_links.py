"""Plans of headings and lists copied from a web page: its links and numbered lists (invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_import


def _plan(preview):
    draft = preview.draft
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    return (
        [(p.code, p.title) for p in draft.priorities],
        [(a.activity, objectives.get(a.objective_refs[0], "") if a.objective_refs else "") for a in draft.actions],
    )


def test_a_link_back_up_the_page_written_after_each_section_is_no_objective(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Community Safety Plan"),
            ("heading", "Housing"),
            ("bullet", "Open a housing advice desk."),
            ("bullet", "Review the tenancy support offer."),
            ("para", "Back to top"),
            ("heading", "Health"),
            ("bullet", "Fund two more drug workers."),
            ("bullet", "Run a winter health campaign."),
            ("para", "Back to top"),
        ],
    )
    priorities, actions = _plan(preview_import(path, ImportOptions()))
    assert [title for _, title in priorities] == ["Housing", "Health"]
    assert all(objective != "Back to top" for _, objective in actions)
    assert [activity for activity, _ in actions] == [
        "Open a housing advice desk.",
        "Review the tenancy support offer.",
        "Fund two more drug workers.",
        "Run a winter health campaign.",
    ]


_PRINCIPLES = [
    ("heading", "Carers Partnership Plan"),
    ("para", "Our work follows three principles:"),
    ("para", "1. fairness"),
    ("para", "2. openness"),
    ("para", "3. respect"),
]


def test_numbered_principles_with_nothing_under_them_take_no_priority_code(tmp_path):
    lines = [
        *_PRINCIPLES,
        ("heading", "Support for carers"),
        ("bullet", "Open a carers hub."),
        ("bullet", "Train staff."),
        ("heading", "Isolation"),
        ("bullet", "Run lunch clubs."),
        ("bullet", "Fund befrienders."),
    ]
    preview = preview_import(outline_docx(tmp_path / "plan.docx", lines), ImportOptions())
    priorities, _ = _plan(preview)
    assert priorities == [("1", "Support for carers"), ("2", "Isolation")]
    assert [a.ref for a in preview.draft.actions] == ["1.1", "1.2", "2.1", "2.2"]


def test_a_numbered_list_of_lines_heads_no_lists_in_a_plan_with_no_priority_heading(tmp_path):
    lines = [
        *_PRINCIPLES,
        ("para", "We will improve support for carers."),
        ("para", "We will:"),
        ("bullet", "Open a carers hub."),
        ("bullet", "Train staff."),
        ("para", "We will reduce isolation."),
        ("para", "We will:"),
        ("bullet", "Run lunch clubs."),
        ("bullet", "Fund befrienders."),
    ]
    priorities, actions = _plan(preview_import(outline_docx(tmp_path / "plan.docx", lines), ImportOptions()))
    assert all(title not in {"fairness", "openness", "respect"} for _, title in priorities)
    assert [code for code, _ in priorities] == ["1"]
    assert actions[0] == ("Open a carers hub.", "We will improve support for carers.")
    assert actions[-1] == ("Fund befrienders.", "We will reduce isolation.")


def test_numbered_steps_read_as_actions_take_no_priority_code_of_their_own(tmp_path):
    # "1. a carers hub" is an action of the list under the label; read among the paragraphs too, it
    # is a heading with nothing under it, so its number goes to the plan's priorities
    lines = [
        ("heading", "Carers Partnership Plan"),
        ("para", "We will work with the:"),
        ("bullet", "Carers Board"),
        ("bullet", "Delivery Group"),
        ("heading", "Support for carers"),
        ("para", "We'll do this through:"),
        ("para", "1. a carers hub"),
        ("para", "2. staff training"),
        ("heading", "Isolation"),
        ("para", "We'll do this through:"),
        ("para", "1. lunch clubs"),
        ("para", "2. befrienders"),
    ]
    preview = preview_import(outline_docx(tmp_path / "plan.docx", lines), ImportOptions())
    priorities, _ = _plan(preview)
    assert priorities == [("1", "Support for carers"), ("2", "Isolation")]
    assert [a.ref for a in preview.draft.actions] == ["1.1", "1.2", "2.1", "2.2"]
