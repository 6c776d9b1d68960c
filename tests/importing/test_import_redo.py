"""An import undone by mistake: Ctrl+Z goes back to the plan open before, Edit ▸ Redo (Ctrl+Y)
brings the same plan back (same uuids, same rows, audited as a redo) and opens it, Ctrl+Z takes
it away again, and the edits made before the import can still be undone."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sample_plans import write_csv
from test_import_corrections import ROWS
from test_import_wizard import choose_file, click, finish, open_wizard

from app.editing.commands import SetFields
from app.plans.builder import CreatePlan
from app.plans.draft import PlanDraft
from app.plans.listing import list_plans
from app.queries.actions import action_rows, audit_trail
from ui.plans.open_plan import OpenPlanDialog


def _key(qtbot, window, key: Qt.Key) -> None:
    """Ctrl+``key`` as typed in the window (made active again once the wizard has closed)."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def _shown_uuids(window) -> set[str]:
    return {window.model.row_at(r).uuid for r in range(window.model.rowCount())}


def _import_csv(qtbot, window, tmp_path) -> str:
    wizard = open_wizard(window)
    choose_file(qtbot, wizard, write_csv(tmp_path / "imported plan.csv", ROWS))
    for _page in ("tables", "columns", "rows"):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    finish(qtbot, wizard)
    assert window.plan_uuid == wizard.created_plan_uuid
    return window.plan_uuid


def _edited_then_imported(qtbot, window, ctx, small_plan, tmp_path) -> tuple[str, str]:
    window.show()
    window.open_plan(small_plan)
    first = action_rows(ctx.db, small_plan)[0]
    assert window.run_command(SetFields("action", first.uuid, {"status": "At risk"}, label="Mark at risk"))
    imported = _import_csv(qtbot, window, tmp_path)
    assert imported != small_plan and window.model.rowCount() == 3
    return first.uuid, imported


def test_redo_brings_an_undone_import_back_with_the_same_plan_and_actions(
    qtbot, main_window, ctx, small_plan, tmp_path
):
    window = main_window
    edited, imported = _edited_then_imported(qtbot, window, ctx, small_plan, tmp_path)
    uuids = _shown_uuids(window)
    rows = [(r.ref, r.activity, r.lead_name) for r in action_rows(ctx.db, imported)]

    _key(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.plan_uuid == small_plan)
    assert [p.uuid for p in list_plans(ctx.db)] == [small_plan]
    assert window.model.rowCount() == 3 and window.plan_label.text() == "Test Partnership – Small plan"
    redo = window.actions["redo"]
    assert redo.isEnabled() and redo.text() == "&Redo Import imported plan.csv"
    assert window.statusBar().currentMessage() == "Undone: Import imported plan.csv. Redo (Ctrl+Y) brings it back."

    _key(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: window.plan_uuid == imported)
    assert _shown_uuids(window) == uuids
    assert [(r.ref, r.activity, r.lead_name) for r in action_rows(ctx.db, imported)] == rows
    assert audit_trail(ctx.db, imported)[0].command_label == "Redo: Import imported plan.csv"
    assert window.actions["undo"].text() == "&Undo Import imported plan.csv"

    _key(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.plan_uuid == small_plan)
    assert [p.uuid for p in list_plans(ctx.db)] == [small_plan]
    _key(qtbot, window, Qt.Key.Key_Z)  # the edit made before the import is still on the history
    assert next(r.status for r in action_rows(ctx.db, small_plan) if r.uuid == edited) == "On track"
    assert not window.actions["undo"].isEnabled()


def _plain(value) -> bool:
    if isinstance(value, dict):
        return all(_plain(k) and _plain(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


def test_the_step_kept_to_redo_an_import_is_plain_data(qtbot, main_window, ctx, small_plan, tmp_path):
    window = main_window
    _edited, imported = _edited_then_imported(qtbot, window, ctx, small_plan, tmp_path)
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: window.plan_uuid == small_plan)
    stack = window.undo_stack
    command, label = stack.command(stack.index()).next_run(forward=True)
    # No ORM object: the redo runs in a session of its own, whatever became of the import's.
    assert isinstance(command, SetFields) and _plain(dataclasses.asdict(command))
    assert (command.entity, command.uuid, dict(command.values)) == ("plan", imported, {"deleted": False})
    assert label == "Redo: Import imported plan.csv"


def test_choosing_another_plan_after_undoing_an_import_clears_the_history(
    qtbot, main_window, ctx, small_plan, tmp_path
):
    window = main_window
    other = ctx.commands.execute(CreatePlan(PlanDraft("Other plan"))).inverse.uuid
    _edited, imported = _edited_then_imported(qtbot, window, ctx, small_plan, tmp_path)
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: window.plan_uuid == small_plan)
    assert window.actions["redo"].isEnabled()
    window.actions["open_plan"].trigger()
    chooser = window.findChild(OpenPlanDialog)
    row = next(r for r in range(chooser.table.rowCount()) if chooser.table.item(r, 0).text() == "Other plan")
    chooser.table.selectRow(row)
    qtbot.keyClick(chooser.table, Qt.Key.Key_Return)
    assert window.plan_uuid == other
    assert not window.actions["undo"].isEnabled() and not window.actions["redo"].isEnabled()
    assert imported not in {p.uuid for p in list_plans(ctx.db)}
