"""A lead cell naming the lead officer and their email under the agency (invented examples)."""

from app.importing.lead_contacts import split_lead_contact
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Action", "Who will lead? (name, post & agency and email address)", "By when")


def _actions(*rows):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())
    return preview.draft.actions


def test_the_officer_and_email_under_the_agency_are_its_contact_not_partners():
    (action,) = _actions(
        (
            "3.1",
            "Count offenders in settled housing",
            "Probation Service\nA.Khan / Data team\namir.khan@probation.example",
            "June 2009",
        ),
    )
    assert (action.lead, action.partners) == ("Probation Service", "")
    assert action.comments.startswith("Lead contact: A.Khan / Data team amir.khan@probation.example")


def test_an_email_run_onto_the_agency_line_by_a_pdf_is_cut_off_there():
    assert split_lead_contact("Housing Options Jane Smith j.smith@council.exa mple") == (
        "Housing Options",
        "Jane Smith j.smith@council.exa mple",
    )
    assert split_lead_contact("Police\npat.lee@police.example") == ("Police", "pat.lee@police.example")
    # a team's address, or one whose words name the agency, cuts no name out of the lead
    assert split_lead_contact("Thames Valley Police\npolice.contact@tvp.example") == (
        "Thames Valley Police",
        "police.contact@tvp.example",
    )
    assert split_lead_contact("Community Safety Team (cst@council.example)") == (
        "Community Safety Team",
        "(cst@council.example)",
    )


def test_partners_on_other_lines_stay_partners_and_a_cell_naming_only_the_officer_keeps_them():
    (action,) = _actions(
        ("3.2", "Agree referral routes", "Council\nJo Bell jo.bell@council.example\nPolice", "May 2009"),
    )
    assert (action.lead, action.partners) == ("Council", "Police")
    assert split_lead_contact("Jane Smith\njane.smith@council.example") == ("Jane Smith", "jane.smith@council.example")
    assert split_lead_contact("Police\nProbation") == ("Police\nProbation", "")
