"""A plan of lists laid out as records: the same labels under each heading (invented plans)."""

from __future__ import annotations

from sample_plans import outline_docx

from app.importing.service import ImportOptions, preview_import


def _record(recommendation: str, steps: list[str], done: list[str]) -> list[tuple[str, str]]:
    return [
        ("heading", recommendation),
        ("para", "Planned steps"),
        *(("bullet", step) for step in steps),
        ("para", "Notes"),
        *(("bullet", note) for note in done),
        ("para", "RAG"),
        ("para", "Amber"),
    ]


def test_labels_repeated_under_each_heading_head_nothing_and_the_records_lists_share_its_objective(tmp_path):
    first = "The board should agree a data set and review it each quarter."
    second = "The board should train its members in their role."
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Youth Justice Improvement Plan"),
            ("heading", "Governance"),  # written once: a heading
            ("para", "The recommendations are:"),
            *_record(first, ["Agree the data set.", "Report it each quarter."], ["Publish the data set."]),
            *_record(second, ["Hold an induction for new members."], ["Book the induction.", "Find a trainer."]),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [p.title for p in draft.priorities] == ["Governance"]  # not "Planned steps", "Notes", "RAG", "Amber"
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert list(objectives.values()) == [first, second]  # one objective a record, however many lists
    assert [(a.activity, objectives[a.objective_refs[0]]) for a in draft.actions] == [
        ("Agree the data set.", first),
        ("Report it each quarter.", first),
        ("Publish the data set.", first),
        ("Hold an induction for new members.", second),
        ("Book the induction.", second),
        ("Find a trainer.", second),
    ]


def test_a_records_later_list_reporting_what_was_done_is_the_progress_of_its_actions(tmp_path):
    first = "The board should agree a data set and review it each quarter."
    second = "The board should train its members in their role."
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Youth Justice Improvement Plan"),
            *_record(
                first,
                ["Data set to be agreed.", "Board members to review it each quarter."],
                ["The data set was agreed in May 2021.", "Quarterly reviews now in place."],
            ),
            *_record(
                second,
                ["Hold an induction for new members.", "Members will attend a practice week."],
                ["Induction has been delivered to all members.", "Practice week attended by two members."],
            ),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [(a.activity, objectives[a.objective_refs[0]], a.comments) for a in draft.actions] == [
        ("Data set to be agreed.", first, "The data set was agreed in May 2021.\nQuarterly reviews now in place."),
        (
            "Board members to review it each quarter.",
            first,
            "The data set was agreed in May 2021.\nQuarterly reviews now in place.",
        ),
        (
            "Hold an induction for new members.",
            second,
            "Induction has been delivered to all members.\nPractice week attended by two members.",
        ),
        (
            "Members will attend a practice week.",
            second,
            "Induction has been delivered to all members.\nPractice week attended by two members.",
        ),
    ]


def test_a_records_later_list_still_to_do_stays_actions(tmp_path):
    steps = ["Agree the data set.", "The data set to be reported each quarter."]
    later = ["Induction has been delivered.", "Members to attend a practice week."]  # one still to do
    path = outline_docx(
        tmp_path / "plan.docx",
        [("heading", "Youth Justice Improvement Plan"), *_record("The board should review its data.", steps, later)],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [a.activity for a in draft.actions] == steps + later
    assert not any(a.comments for a in draft.actions)


def test_the_same_sub_headings_under_each_priority_are_its_lists_objectives(tmp_path):
    path = outline_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Exploitation Plan"),
            ("heading", "Children"),
            ("heading", "Prevention"),
            ("bullet", "Run a lesson on grooming in every school."),
            ("heading", "Protection"),
            ("bullet", "Refer every missing child to the hub."),
            ("heading", "Adults"),
            ("heading", "Prevention"),
            ("bullet", "Brief care homes on cuckooing."),
            ("heading", "Protection"),
            ("bullet", "Hold a safeguarding meeting within a week."),
        ],
    )
    draft = preview_import(path, ImportOptions()).draft
    assert [p.title for p in draft.priorities] == ["Children", "Adults"]
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [objectives[a.objective_refs[0]] for a in draft.actions] == [
        "Prevention",
        "Protection",
        "Prevention",
        "Protection",
    ]
