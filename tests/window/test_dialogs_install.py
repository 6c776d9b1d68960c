"""The plan dialogs reached through the main window's real File and Plan menus."""

from PySide6.QtCore import Qt

from app.plans.listing import get_plan, list_plans
from app.queries.structure import priority_tree
from ui.plan_setup.glossary import GlossaryDialog
from ui.plan_setup.leads import LeadsDialog
from ui.plan_setup.measures import MeasuresDialog
from ui.plan_setup.meetings import MeetingsDialog
from ui.plan_setup.priorities import PrioritiesDialog
from ui.plans.new_plan import NewPlanDialog
from ui.plans.open_plan import OpenPlanDialog
from ui.plans.plan_properties import PlanPropertiesDialog


def _menu_action(window, menu_key, text):
    return next(a for a in window.menus[menu_key].actions() if a.text().replace("&", "") == text)


def test_every_dialog_opens_from_its_menu_on_the_current_plan(qtbot, ctx, demo_plan, main_window):
    main_window.open_plan(demo_plan.uuid)
    for menu_key, text, dialog_class in (
        ("file", "Plan properties…", PlanPropertiesDialog),
        ("plan", "Priorities and objectives…", PrioritiesDialog),
        ("plan", "Leads…", LeadsDialog),
        ("plan", "Glossary…", GlossaryDialog),
        ("plan", "Performance measures…", MeasuresDialog),
        ("plan", "Meetings…", MeetingsDialog),
    ):
        _menu_action(main_window, menu_key, text).trigger()
        dialog = main_window.findChild(dialog_class)
        assert dialog is not None and dialog.isVisible(), text
        assert dialog.plan_uuid == demo_plan.uuid and dialog.undo_stack is main_window.undo_stack
        dialog.reject()
        qtbot.waitUntil(lambda dialog_class=dialog_class: main_window.findChild(dialog_class) is None)


def test_editor_changes_land_on_the_window_undo_stack_and_tree(qtbot, ctx, demo_plan, main_window):
    main_window.open_plan(demo_plan.uuid)
    _menu_action(main_window, "plan", "Priorities and objectives…").trigger()
    dialog = main_window.findChild(PrioritiesDialog)
    dialog.title.setText("Prevention first")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert main_window.undo_stack.undoText() == "Rename priority"
    assert main_window.plan_tree.topLevelItem(1).text(0) == "1 Prevention first"  # the window's tree follows
    assert dialog.undo_button.text() == "Undo Rename priority"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert priority_tree(ctx.db, demo_plan.uuid)[0].title == "Preventing Violence and Abuse"


def test_new_plan_from_ctrl_n_opens_it_and_open_plan_chooser_switches_back(qtbot, ctx, demo_plan, main_window):
    main_window.open_plan(demo_plan.uuid)
    new_action = _menu_action(main_window, "file", "New plan…")
    assert new_action.shortcut().toString() == "Ctrl+N" and new_action.isEnabled()
    new_action.trigger()
    dialog = main_window.findChild(NewPlanDialog)
    qtbot.keyClicks(dialog.form.title, "Serious Violence Duty Plan")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert get_plan(ctx.db, main_window.plan_uuid).title == "Serious Violence Duty Plan"
    assert len(list_plans(ctx.db)) == 2

    open_action = _menu_action(main_window, "file", "Open plan…")
    assert open_action.shortcut().toString() == "Ctrl+O"
    open_action.trigger()
    chooser = main_window.findChild(OpenPlanDialog)
    row = next(r for r in range(chooser.table.rowCount()) if chooser.table.item(r, 0).text() == demo_plan.title)
    chooser.table.selectRow(row)
    qtbot.keyClick(chooser.table, Qt.Key.Key_Return)
    assert main_window.plan_uuid == demo_plan.uuid


def test_undo_takes_a_new_plan_back_to_the_plan_open_before(qtbot, ctx, demo_plan, main_window):
    main_window.open_plan(demo_plan.uuid)
    _menu_action(main_window, "file", "New plan…").trigger()
    dialog = main_window.findChild(NewPlanDialog)
    qtbot.keyClicks(dialog.form.title, "Serious Violence Duty Plan")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    created = main_window.plan_uuid
    assert created != demo_plan.uuid
    undo = main_window.actions["undo"]
    assert undo.isEnabled() and "Serious Violence Duty Plan" in undo.text()
    undo.trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid == demo_plan.uuid)
    assert [p.uuid for p in list_plans(ctx.db)] == [demo_plan.uuid]
    assert main_window.model.rowCount() == 67


def test_plan_editors_are_disabled_without_a_plan(main_window):
    assert main_window.plan_uuid is None
    assert not _menu_action(main_window, "plan", "Leads…").isEnabled()
    assert not _menu_action(main_window, "file", "Plan properties…").isEnabled()
    assert _menu_action(main_window, "file", "New plan…").isEnabled()


def test_redo_brings_back_a_new_plan_undone_and_opens_it(qtbot, ctx, demo_plan, main_window):
    main_window.open_plan(demo_plan.uuid)
    _menu_action(main_window, "file", "New plan…").trigger()
    dialog = main_window.findChild(NewPlanDialog)
    qtbot.keyClicks(dialog.form.title, "Serious Violence Duty Plan")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    created = main_window.plan_uuid
    main_window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid == demo_plan.uuid)
    redo = main_window.actions["redo"]
    assert redo.isEnabled() and redo.text() == "&Redo Create plan Serious Violence Duty Plan"
    redo.trigger()
    assert main_window.plan_uuid == created
    assert get_plan(ctx.db, created).title == "Serious Violence Duty Plan"
    assert main_window.windowTitle() == "Serious Violence Duty Plan – Delivery Desk"
    main_window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid == demo_plan.uuid)
    assert [p.uuid for p in list_plans(ctx.db)] == [demo_plan.uuid]
