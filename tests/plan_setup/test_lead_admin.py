"""Qt-free lead care: merge suggestions across leads, aliases, email warnings."""

import pytest

from app.editing.commands import CommandError, CreateRecord
from app.plan_setup.lead_admin import add_alias_command, alias_rows, email_warning, merge_suggestions
from app.plan_setup.leads import lead_rows
from models.snapshots.rows import LeadRow


def _lead(uuid, name, aliases=(), actions=0):
    return LeadRow(uuid, name, "group", "", "", tuple(aliases), actions)


def test_suggestions_span_leads_and_keep_the_busiest():
    rows = [
        _lead("a", "DA Operational Group", ["DA Op's Group"], actions=9),
        _lead("b", "DA Ops Group", actions=2),
        _lead("c", "Dorset Police", actions=5),
    ]
    [suggestion] = merge_suggestions(rows)
    assert suggestion.keep_uuid == "a"
    assert suggestion.merge_uuids == ("b",)
    assert suggestion.names == ("DA Operational Group", "DA Ops Group")


def test_spellings_already_aliased_to_one_lead_are_not_suggested():
    rows = [_lead("a", "DA Operational Group", ["DA Ops Group", "DA OP's group"], actions=9)]
    assert merge_suggestions(rows) == []


def test_demo_plan_merge_suggestion_after_an_import_added_a_spelling(ctx, demo_plan):
    ctx.commands.execute(CreateRecord("lead", {"plan_uuid": demo_plan.uuid, "name": "DA Operations Group"}))
    suggestions = merge_suggestions(lead_rows(ctx.db, demo_plan.uuid))
    assert [s.names for s in suggestions] == [("DA Operational Group", "DA Operations Group")]


def test_email_warning_says_what_the_store_refuses():
    assert email_warning("") is None
    assert email_warning("cst@bcpcouncil.gov.uk") is None
    assert email_warning("cst@bcpcouncil.gov.uk, safety@bcpcouncil.gov.uk") is None
    assert "“cst at bcpcouncil” is not an email address" in email_warning("cst at bcpcouncil")
    assert email_warning("cst@bcpcouncil") is not None


def test_add_alias_refuses_blank_and_spellings_of_other_leads(ctx, small_plan):
    rows = lead_rows(ctx.db, small_plan)
    lead = rows[0]
    with pytest.raises(CommandError, match="already names this lead"):
        add_alias_command(rows, lead.uuid, "cst")
    with pytest.raises(CommandError, match="Type the other spelling"):
        add_alias_command(rows, lead.uuid, "  ")
    ctx.commands.execute(add_alias_command(rows, lead.uuid, " Comm Safety "))
    assert [a.alias for a in alias_rows(ctx.db, lead.uuid)] == ["CST", "Comm Safety", "Community Safety team"]
