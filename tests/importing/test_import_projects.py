"""Plans of projects (a PCSP action plan's layout): the project is the action, its key activities
under it; with an Action column too, the project names the actions' group (invented plans)."""

from app.importing.service import ImportOptions, preview_document
from exports.importing.headers import field_for_header
from exports.importing.source import RawDocument, RawTable


def _draft(header, *rows):
    table = RawTable("plan.docx", "table 1", 0, (header, *rows), tuple(range(1, len(rows) + 2)), ())
    return preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions()).draft


def test_a_project_is_the_action_and_its_key_activities_are_kept_under_its_name():
    draft = _draft(
        ("Project", "Aims & description", "Key Activities", "Lead", "By when"),
        ("Safer Streets Summer", "Fewer assaults in town", "Street pastors\nTaxi marshals", "Council", "2026"),
        ("Farm Watch", "Fewer thefts of machinery", "Mark quad bikes", "Police", "2026"),
    )
    assert [a.activity for a in draft.actions] == [
        "Safer Streets Summer\nStreet pastors\nTaxi marshals",
        "Farm Watch\nMark quad bikes",
    ]


def test_beside_an_action_column_the_project_names_the_group_and_project_lead_is_a_lead():
    assert field_for_header("Project lead") == "lead"
    draft = _draft(
        ("Project", "Action", "Project lead", "By when"),
        ("Safer Streets Summer", "Recruit street pastors", "Council", "June 2026"),
        ("", "Run taxi marshals on Fridays", "Council", "July 2026"),
    )
    assert [a.activity for a in draft.actions] == ["Recruit street pastors", "Run taxi marshals on Fridays"]
    assert [a.lead for a in draft.actions] == ["Council", "Council"]
    objectives = {o.ref: o.text for p in draft.priorities for o in p.objectives}
    assert [objectives[a.objective_refs[0]] for a in draft.actions] == ["Safer Streets Summer"] * 2
