"""The smaller points of issue 14: Last changed, stale details, quarters that say what they are."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.editing.commands import SetFields
from app.plans.listing import get_plan
from app.queries.actions import action_rows
from ui.plans.open_plan import OpenPlanDialog


def test_last_changed_in_open_plan_moves_after_an_action_is_edited(qtbot, ctx, small_plan):
    before = get_plan(ctx.db, small_plan).modified_at
    action = action_rows(ctx.db, small_plan)[0]
    ctx.commands.execute(SetFields("action", action.uuid, {"activity": "Edited later"}))
    after = get_plan(ctx.db, small_plan).modified_at
    assert after > before
    dialog = OpenPlanDialog(ctx, small_plan, QUndoStack())
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 5).text()
    assert shown == f"{after.replace(tzinfo=UTC).astimezone():%d %b %Y %H:%M}"


def test_details_pane_keeps_nothing_of_the_previous_plan(qtbot, main_window, ctx, demo_plan, small_plan):
    main_window.open_plan(demo_plan.uuid)
    main_window.table.selectRow(0)
    pane = main_window.detail
    ctx.commands.execute(SetFields("action", pane.row.uuid, {"percent_complete": 60, "confidential": True}))
    assert pane.percent.value() == 60 and pane.confidential.isChecked() and pane.lead.count() > 1
    main_window.open_plan(small_plan)
    assert pane.row is None
    assert (pane.percent.value(), pane.confidential.isChecked(), pane.lead.count()) == (0, False, 0)
    assert pane.status.currentIndex() == 0 and pane.ref.text() == ""


def test_a_quarter_says_it_was_read_as_a_financial_quarter(qtbot, main_window, ctx, small_plan):
    main_window.open_plan(small_plan)
    action = action_rows(ctx.db, small_plan)[0]
    ctx.commands.execute(SetFields("action", action.uuid, {"timescale_text": "Q3 2027"}))
    main_window.select_actions([action.uuid])
    due = main_window.detail.due.text()
    assert due.startswith("31 Dec 2027") and "financial quarter: October 2027 to December 2027" in due


def test_plan_tree_names_wrap_whole_at_1280x720(qtbot, main_window, demo_plan):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    main_window.resize(1264, 672)  # 1280x720 less the window frame
    main_window.show()
    main_window.open_plan(demo_plan.uuid)
    QApplication.processEvents()
    tree = main_window.plan_tree
    column = tree.header().sectionSize(0)
    item, checked = tree.topLevelItem(1), 0
    while item is not None:
        rect = tree.visualItemRect(item)
        text_width = column - (rect.left() + tree.header().offset())
        needed = tree.fontMetrics().boundingRect(
            QRect(0, 0, text_width - 8, 10000), Qt.TextFlag.TextWordWrap, item.text(0)
        )
        assert rect.height() >= needed.height(), item.text(0)  # every line of the name is shown
        checked += needed.height() > tree.fontMetrics().height()  # and long names did wrap
        item = tree.itemBelow(item)
    assert checked >= 5
