"""A lead cell naming who commissions or funds the work after the body doing it (invented examples)."""

from app.importing.funder_clauses import split_funder_clause
from app.importing.service import ImportOptions, preview_document
from exports.importing.source import RawDocument, RawTable

HEADER = ("Ref", "Action", "Lead", "Timescale")


def _actions(*rows):
    table = RawTable("plan.docx", "table 1", 0, (HEADER, *rows), tuple(range(1, len(rows) + 2)), ())
    preview = preview_document(RawDocument("plan.docx", "docx", "Plan", (table,), ()), ImportOptions())
    return preview.draft.actions


def test_the_body_commissioned_leads_and_its_funders_are_no_partners():
    first, second = _actions(
        (
            "1.1",
            "Run the family mentoring scheme",
            "Safe Families – commissioned by the City and County councils",
            "March 2027",
        ),
        ("1.2", "Open a victims' hub", "Victim Support (funded by the PCC)", "June 2027"),
    )
    assert (first.lead, first.partners) == ("Safe Families", "")
    assert first.comments.startswith("Commissioned by the City and County councils")
    assert (second.lead, second.partners) == ("Victim Support", "")
    assert second.comments.startswith("Funded by the PCC")


def test_a_lead_cell_naming_no_funder_is_left_whole():
    assert split_funder_clause("Prevent Officer – Geoff Thomas") == ("Prevent Officer – Geoff Thomas", "")
    assert split_funder_clause("Commissioned Services Team") == ("Commissioned Services Team", "")
    # with nothing before the clause, no one would be left to lead: the cell stays as written
    assert split_funder_clause("Funded by the PCC") == ("Funded by the PCC", "")
    assert split_funder_clause("Youth Service, grant funded by the Home Office\nPolice") == (
        "Youth Service\nPolice",
        "grant funded by the Home Office",
    )
