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
