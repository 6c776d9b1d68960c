"""The leads editor: edit, spellings, gentle email check, merging duplicates in one undo step."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.editing.commands import CreateRecord, SetFields
from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows
from ui.common import prompts
from ui.plan_setup.leads import LeadsDialog


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def yes(monkeypatch):
    questions = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, ok_text="OK": questions.append(text) or True)
    return questions


@pytest.fixture
def split_da_ops(ctx, demo_plan):
    """An import met "DA Ops Group" as a new lead and gave it four of the DA Operational Group's actions."""
    new_lead = CreateRecord("lead", {"plan_uuid": demo_plan.uuid, "name": "DA Operations Group"})
    ctx.commands.execute(new_lead)
    moved = [r.uuid for r in action_rows(ctx.db, demo_plan.uuid) if r.lead_name == "DA Operational Group"][:4]
    for uuid in moved:
        ctx.commands.execute(SetFields("action", uuid, {"lead_uuid": new_lead.uuid}))
    return new_lead.uuid, moved


def _dialog(qtbot, ctx, plan_uuid):
    dialog = LeadsDialog(ctx, plan_uuid, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _counts(ctx, plan_uuid):
    return {lead.name: lead.action_count for lead in lead_rows(ctx.db, plan_uuid)}


def test_merge_suggested_da_ops_leads_and_undo_in_one_step(qtbot, ctx, demo_plan, split_da_ops, yes):
    new_uuid, moved = split_da_ops
    before = _counts(ctx, demo_plan.uuid)
    dialog = _dialog(qtbot, ctx, demo_plan.uuid)
    assert [dialog.merges.list.item(r).text() for r in range(dialog.merges.list.count())] == [
        "Merge DA Operations Group into DA Operational Group"
    ]
    _click(qtbot, dialog.merges.merge_button)
    assert "• DA Operations Group (4 actions)" in yes[0]
    after = _counts(ctx, demo_plan.uuid)
    assert "DA Operations Group" not in after
    assert after["DA Operational Group"] == before["DA Operational Group"] + 4
    assert dialog.merges.list.isHidden() and dialog.merges.none_found.isVisibleTo(dialog)
    assert dialog.undo_stack.count() == 1

    dialog.undo_stack.undo()
    assert _counts(ctx, demo_plan.uuid) == before
    assert {r.lead_uuid for r in action_rows(ctx.db, demo_plan.uuid) if r.uuid in moved} == {new_uuid}


def test_merge_selected_leads_into_the_current_one(qtbot, ctx, small_plan, yes):
    ctx.commands.execute(CreateRecord("lead", {"plan_uuid": small_plan, "name": "Police"}))
    dialog = _dialog(qtbot, ctx, small_plan)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Community Safety Team", "Police"]
    dialog.table.selectAll()
    dialog.table.setCurrentCell(0, 0, dialog.table.selectionModel().SelectionFlag.NoUpdate)
    assert dialog.merge_selected_button.isEnabled()
    _click(qtbot, dialog.merge_selected_button)
    assert [(r.name, r.action_count) for r in lead_rows(ctx.db, small_plan)] == [("Community Safety Team", 3)]


def test_edit_name_kind_email_refusing_what_is_not_an_address(qtbot, ctx, small_plan):
    dialog = _dialog(qtbot, ctx, small_plan)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "BCP Community Safety Team")
    dialog.kind.setCurrentIndex(dialog.kind.findData("group"))
    qtbot.keyClicks(dialog.email, "cst.bcpcouncil.gov.uk")
    assert dialog.email_warning.isVisible() and "is not an email address" in dialog.email_warning.text()
    _click(qtbot, dialog.save_button)
    assert lead_rows(ctx.db, small_plan)[0].email != "cst.bcpcouncil.gov.uk"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "cst@bcpcouncil.gov.uk; safety@bcpcouncil.gov.uk")
    assert not dialog.email_warning.isVisible()
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    [lead] = lead_rows(ctx.db, small_plan)
    assert (lead.name, lead.kind) == ("BCP Community Safety Team", "group")
    assert lead.email == "cst@bcpcouncil.gov.uk, safety@bcpcouncil.gov.uk"
    assert dialog.table.item(0, 2).text() == "cst@bcpcouncil.gov.uk, safety@bcpcouncil.gov.uk"


def test_add_and_remove_spellings(qtbot, ctx, small_plan):
    dialog = _dialog(qtbot, ctx, small_plan)
    assert [dialog.aliases.item(r).text() for r in range(dialog.aliases.count())] == ["CST", "Community Safety team"]
    qtbot.keyClicks(dialog.new_alias, "cst")
    qtbot.keyClick(dialog.new_alias, Qt.Key.Key_Return)
    assert "already names this lead" in dialog.message.text()
    dialog.new_alias.clear()
    qtbot.keyClicks(dialog.new_alias, "Comm Safety")
    _click(qtbot, dialog.add_alias_button)
    assert lead_rows(ctx.db, small_plan)[0].aliases == ("CST", "Comm Safety", "Community Safety team")
    dialog.aliases.setCurrentRow(0)
    qtbot.keyClick(dialog.aliases, Qt.Key.Key_Delete)
    assert lead_rows(ctx.db, small_plan)[0].aliases == ("Comm Safety", "Community Safety team")


def test_a_lead_with_actions_is_not_deleted(qtbot, ctx, small_plan):
    dialog = _dialog(qtbot, ctx, small_plan)
    _click(qtbot, dialog.delete_lead_button)
    assert "leads 3 actions: merge it into another lead instead" in dialog.message.text()
    assert len(lead_rows(ctx.db, small_plan)) == 1


def test_a_hundred_character_lead_name_does_not_widen_the_dialog(qtbot, ctx, small_plan):
    lead = lead_rows(ctx.db, small_plan)[0]
    name = "Bournemouth, Christchurch and Poole Community Safety Partnership Domestic Abuse Strategic Delivery Group"
    dialog = _dialog(qtbot, ctx, small_plan)
    narrow = dialog.minimumSizeHint().width()
    ctx.commands.execute(SetFields("lead", lead.uuid, {"name": name}))
    qtbot.waitUntil(lambda: dialog.name.text() == name)
    dialog.select_lead(lead.uuid)
    assert dialog.name.text() == name and dialog.name.cursorPosition() == 0  # read from its start
    assert dialog.details.title().startswith("Lead: Bournemouth") and dialog.details.title().endswith("…")
    assert dialog.minimumSizeHint().width() <= narrow + 20
