"""A Lead cell's line naming how the work is delivered ("In Service training programme and Healthy
Scheme") is no partner; kept in the action's comments (invented plans written as workbooks)."""

from openpyxl import Workbook

from app.importing.delivery_lines import names_a_means
from app.importing.service import ImportOptions, preview_import

HEADER = ("Ref", "Action", "Lead Agency / Officer", "Target date")


def _action(path, lead):
    workbook = Workbook()
    for row in (
        ("Town Centre Safety Delivery Plan 2025/26", "", "", ""),
        HEADER,
        ("1", "Run a safety course", lead, "May 2025"),
    ):
        workbook.active.append(list(row))
    workbook.save(str(path))
    return preview_import(path, ImportOptions()).draft.actions[0]


def test_a_programme_line_in_the_lead_cell_is_kept_in_the_comments_not_the_partners(tmp_path):
    action = _action(
        tmp_path / "plan.xlsx", "Community Safety Unit\nYouth Service\nPeer mentoring programme and Safe Places Scheme"
    )
    assert (action.lead, action.partners) == ("Community Safety Unit", "Youth Service")
    assert "Peer mentoring programme and Safe Places Scheme" in action.comments


def test_bodies_on_their_lines_stay_partners(tmp_path):
    action = _action(tmp_path / "plan.xlsx", "Community Safety Unit\nYouth Service\nVictim Support")
    assert (action.lead, action.partners) == ("Community Safety Unit", "Youth Service; Victim Support")


def test_only_a_line_whose_every_part_names_a_means_is_one():
    assert names_a_means("In Service training programme and Healthy Scheme")
    assert names_a_means("Peer mentoring programme")
    assert not names_a_means("Healthy Schools Programme")  # a named programme the plan works with
    assert not names_a_means("Neighbourhood Watch Scheme")
    assert not names_a_means("Inspection and Advisory Service")
    assert not names_a_means("Training team and Youth Service")  # a body among them
