"""New plan, Open plan and Plan properties, driven as a user would."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.plans.listing import get_plan, list_plans
from ui.plans.new_plan import NewPlanDialog
from ui.plans.open_plan import OpenPlanDialog
from ui.plans.plan_properties import PlanPropertiesDialog


def test_create_a_plan_by_typing_its_fields(qtbot, ctx):
    stack = QUndoStack()
    dialog = NewPlanDialog(ctx, None, stack)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.title, "Serious Violence Duty Plan 2024-25")
    qtbot.keyClicks(dialog.form.partnership, "Anytown CSP")
    dialog.form.period_start.set_value(date(2024, 4, 1))
    dialog.form.period_end.set_value(date(2025, 3, 31))
    qtbot.keyClicks(dialog.form.version, "v1")
    dialog.form.approval.setCurrentIndex(dialog.form.approval.findData("approved"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    plan = get_plan(ctx.db, dialog.created_uuid)
    assert (plan.title, plan.partnership, plan.version_label, plan.approval, plan.marking) == (
        "Serious Violence Duty Plan 2024-25",
        "Anytown CSP",
        "v1",
        "approved",
        "OFFICIAL",
    )
    assert (plan.period_start, plan.period_end) == (date(2024, 4, 1), date(2025, 3, 31))
    assert stack.count() == 1


def test_new_plan_without_title_or_with_backwards_period_is_refused_in_place(qtbot, ctx):
    dialog = NewPlanDialog(ctx, None, QUndoStack())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "needs a title" in dialog.message.text()
    qtbot.keyClicks(dialog.form.title, "Plan")
    dialog.form.period_start.set_value(date(2025, 4, 1))
    dialog.form.period_end.set_value(date(2024, 3, 31))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "ends (31 Mar 2024) before it starts" in dialog.message.text()
    assert list_plans(ctx.db) == [] and dialog.created_uuid is None


def test_open_plan_lists_plans_with_counts_and_finds_by_typing(qtbot, ctx, demo_plan, small_plan):
    dialog = OpenPlanDialog(ctx, small_plan, QUndoStack())
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert rows == {demo_plan.title: "67", "Small plan": "3"}
    qtbot.keyClicks(dialog.search, "BCP")
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 0).text() for r in visible] == [demo_plan.title]
    dialog.table.selectRow(visible[0])
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_uuid == demo_plan.uuid


def test_plan_properties_edit_goes_on_the_undo_stack(qtbot, ctx, small_plan):
    stack = QUndoStack()
    dialog = PlanPropertiesDialog(ctx, small_plan, stack)
    qtbot.addWidget(dialog)
    assert dialog.form.title.text() == "Small plan"
    dialog.form.title.clear()
    qtbot.keyClicks(dialog.form.title, "Renamed plan")
    dialog.form.marking.setCurrentText("OFFICIAL-SENSITIVE")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plan = get_plan(ctx.db, small_plan)
    assert (plan.title, plan.marking, plan.partnership) == ("Renamed plan", "OFFICIAL-SENSITIVE", "Test Partnership")
    stack.undo()
    assert get_plan(ctx.db, small_plan).title == "Small plan"


def test_enter_in_the_new_plan_title_creates_the_plan(qtbot, ctx):
    dialog = NewPlanDialog(ctx, None, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.create_button.isDefault()
    qtbot.keyClicks(dialog.form.title, "Typed then Enter")
    qtbot.keyClick(dialog.form.title, Qt.Key.Key_Return)
    assert get_plan(ctx.db, dialog.created_uuid).title == "Typed then Enter"
