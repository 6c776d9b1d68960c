"""File ▸ Archive plan / Delete plan and Open plan's context menu, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.plans.listing import list_plans
from app.storage.backups import list_backups
from ui.common import prompts
from ui.plans.open_plan import OpenPlanDialog


def answer(monkeypatch, yes: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, ok_text="OK": asked.append(text) or yes)
    return asked


def pick_from_menu(text: str) -> None:
    """Choose ``text`` in the context menu about to open, with the arrow keys and Enter."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        menu.setActiveAction(next(a for a in menu.actions() if a.text().replace("&", "") == text))
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)


def titles(ctx, archived: bool = False) -> set[str]:
    return {plan.title for plan in list_plans(ctx.db, include_archived=archived)}


def test_delete_the_open_plan_asks_backs_up_and_undo_brings_it_back(
    qtbot, monkeypatch, main_window, ctx, demo_plan, small_plan
):
    main_window.open_plan(small_plan)
    asked = answer(monkeypatch, yes=False)
    main_window.actions["delete_plan"].trigger()
    assert "Delete the plan “Test Partnership – Small plan” and its 3 actions?" in asked[0]
    assert titles(ctx) == {demo_plan.title, "Small plan"}  # cancelled: nothing changed

    answer(monkeypatch, yes=True)
    main_window.actions["delete_plan"].trigger()
    assert titles(ctx) == {demo_plan.title}
    assert any(b.reason == "before-delete-plan" for b in list_backups(ctx))
    qtbot.waitUntil(lambda: main_window.plan_uuid == demo_plan.uuid)
    assert "Undo (Ctrl+Z) brings it back" in main_window.statusBar().currentMessage()

    main_window.actions["undo"].trigger()
    assert titles(ctx) == {demo_plan.title, "Small plan"}


def test_deleting_the_only_plan_shows_getting_started_and_undo_reopens_it(qtbot, monkeypatch, main_window, small_plan):
    main_window.open_plan(small_plan)
    answer(monkeypatch, yes=True)
    main_window.actions["delete_plan"].trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid is None)
    main_window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid == small_plan)


def test_archive_hides_the_plan_and_open_plan_restores_it(qtbot, monkeypatch, main_window, ctx, demo_plan, small_plan):
    main_window.open_plan(small_plan)
    answer(monkeypatch, yes=True)
    main_window.actions["archive_plan"].trigger()
    assert titles(ctx) == {demo_plan.title} and titles(ctx, archived=True) == {demo_plan.title, "Small plan"}
    qtbot.waitUntil(lambda: main_window.plan_uuid == demo_plan.uuid)

    dialog = OpenPlanDialog(ctx, main_window.plan_uuid, main_window.undo_stack, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    qtbot.mouseClick(dialog.show_archived, Qt.MouseButton.LeftButton)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Small plan")
    assert dialog.table.item(row, 4).text() == "Archived"
    dialog.table.selectRow(row)
    dialog.table.setFocus()
    pick_from_menu("Restore from archive")
    QTest.keyClick(dialog.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert titles(ctx) == {demo_plan.title, "Small plan"}
    assert main_window.undo_stack.undoText() == "Restore plan Small plan"


def test_delete_from_the_open_plan_context_menu(qtbot, monkeypatch, ctx, demo_plan, small_plan):
    stack = QUndoStack()
    dialog = OpenPlanDialog(ctx, small_plan, stack)
    qtbot.addWidget(dialog)
    dialog.show()
    answer(monkeypatch, yes=True)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Small plan")
    pick_from_menu("Delete plan…")
    dialog._context_menu(dialog.table.visualRect(dialog.table.model().index(row, 0)).center())
    assert titles(ctx) == {demo_plan.title}
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [demo_plan.title]
    stack.undo()
    assert titles(ctx) == {demo_plan.title, "Small plan"}


def test_the_undo_hint_after_archiving_has_room_in_a_laptop_s_status_bar(qtbot, monkeypatch, main_window, small_plan):
    main_window.show()
    main_window.resize(784, 432)  # a 1280×720 screen at 150%, in Qt's pixels
    main_window.open_plan(small_plan)
    answer(monkeypatch, yes=True)
    main_window.actions["archive_plan"].trigger()
    bar = main_window.statusBar()
    message = bar.currentMessage()
    hint = message[: message.index("brings it back") + len("brings it back")]
    assert hint.startswith("Plan archived; Undo (Ctrl+Z)")
    # QStatusBar paints a message up to the first permanent widget on show
    room = min(
        child.geometry().left()
        for child in bar.children()
        if child.isWidgetType() and child.isVisible() and child.geometry().left() > 0
    )
    assert bar.fontMetrics().horizontalAdvance(hint) + 12 < room


def test_archiving_the_only_plan_says_where_it_went(qtbot, monkeypatch, main_window, small_plan):
    main_window.open_plan(small_plan)
    answer(monkeypatch, yes=True)
    main_window.actions["archive_plan"].trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid is None)
    text = main_window.empty_state.intro.text()
    assert "no plans here yet" not in text
    assert "1 archived plan is kept: File ▸ Open plan, tick “Show archived plans” to restore one." in text
    main_window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: main_window.plan_uuid == small_plan)
