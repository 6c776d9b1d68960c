"""The Meetings dialog says once, under the date, that a typed meeting date cannot be read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from app.plan_setup.reference_data import meetings


def shown_messages(dialog, words: str) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and words in label.text()]


def test_an_unreadable_meeting_date_is_explained_once(qtbot, ctx, small_plan, meetings_dialog):
    dialog = meetings_dialog
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.body.lineEdit(), "Safer Anytown Board")
    QTest.keyClick(dialog.body, Qt.Key.Key_Tab)
    assert dialog.date.hasFocus()
    dialog.date.lineEdit().selectAll()
    QTest.keyClicks(dialog.date, "31/02/2027")
    QTest.keyClick(dialog.date, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert meetings(ctx.db, small_plan) == []
    [message] = shown_messages(dialog, "not a date")
    assert message.startswith("⚠ '31/02/2027' is not a date that can be read.")
    assert dialog.date.hasFocus()

    # Another refusal still shows in the dialog, and the date's message goes once it is corrected.
    dialog.date.lineEdit().selectAll()
    QTest.keyClicks(dialog.date, "27 Feb 2027")
    dialog.body.setFocus()
    dialog.body.lineEdit().selectAll()
    QTest.keyClick(dialog.body, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages(dialog, "not a date") == []
    assert shown_messages(dialog, "Say which board") == ["⚠ Say which board or group meets."]
    QTest.keyClicks(dialog.body.lineEdit(), "Safer Anytown Board")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [m.date for m in meetings(ctx.db, small_plan)] == [date(2027, 2, 27)]
    assert shown_messages(dialog, "⚠") == []


def add_meeting(qtbot, dialog, body: str, typed_date: str) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.body.lineEdit(), body)
    QTest.keyClick(dialog.body, Qt.Key.Key_Tab)
    dialog.date.lineEdit().selectAll()
    QTest.keyClicks(dialog.date, typed_date)
    QTest.keyClick(dialog.date, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_the_same_body_meeting_twice_on_one_day_is_refused_naming_the_date(qtbot, ctx, small_plan, meetings_dialog):
    dialog = meetings_dialog
    add_meeting(qtbot, dialog, "Safer Anytown Board", "12/03/2027")
    add_meeting(qtbot, dialog, "safer anytown board", "12 Mar 2027")
    assert [(m.body, m.date) for m in meetings(ctx.db, small_plan)] == [("Safer Anytown Board", date(2027, 3, 12))]
    [message] = shown_messages(dialog, "already meets")
    assert "Fri 12 Mar 2027" in message

    # Another group meeting that day is a different meeting; editing the one meeting keeps its date.
    add_meeting(qtbot, dialog, "VAWG Delivery Group", "12/03/2027")
    assert sorted(m.body for m in meetings(ctx.db, small_plan)) == ["Safer Anytown Board", "VAWG Delivery Group"]
    dialog.select(next(m.uuid for m in meetings(ctx.db, small_plan) if m.body == "Safer Anytown Board"))
    dialog.title.setFocus()
    QTest.keyClicks(dialog.title, "Quarterly board")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages(dialog, "already meets") == []
    assert {m.title for m in meetings(ctx.db, small_plan)} == {"Quarterly board", ""}
