"""Glossary, meetings and performance measures editors, driven as a user would."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from app.editing.commands import CreateRecord
from app.editing.history import change_history
from app.plan_setup.reference_data import glossary, measures, meetings
from app.reporting import ReportOptions, build_report
from ui.common import prompts
from ui.plan_setup.glossary import GlossaryDialog
from ui.plan_setup.measures import MeasuresDialog
from ui.plan_setup.meetings import MeetingsDialog


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot, dialog_class, ctx, plan_uuid):
    dialog = dialog_class(ctx, plan_uuid, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _column(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]


def test_add_a_glossary_term_then_find_edit_and_delete_it(qtbot, ctx, demo_plan, monkeypatch):
    dialog = _open(qtbot, GlossaryDialog, ctx, demo_plan.uuid)
    before = len(glossary(ctx.db, demo_plan.uuid))
    _click(qtbot, dialog.new_button)
    assert dialog.save_button.text() == "&Add term"
    qtbot.keyClicks(dialog.term, "ISVA")
    qtbot.keyClicks(dialog.meaning, "Independent Sexual Violence Advisor")
    _click(qtbot, dialog.save_button)
    terms = {row.term: row.meaning for row in glossary(ctx.db, demo_plan.uuid)}
    assert len(terms) == before + 1 and terms["ISVA"] == "Independent Sexual Violence Advisor"
    assert dialog.current_row().term == "ISVA"
    assert _column(dialog.table, 0) == sorted(_column(dialog.table, 0), key=str.casefold)

    qtbot.keyClicks(dialog.search, "advisor")
    assert "ISVA" in _column(dialog.table, 0) and len(_column(dialog.table, 0)) < before
    dialog.term.setText("ISVA ")
    qtbot.keyClick(dialog.meaning, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.meaning, "s")
    qtbot.keyClick(dialog.term, Qt.Key.Key_Return)
    assert {r.term: r.meaning for r in glossary(ctx.db, demo_plan.uuid)}["ISVA"].endswith("Advisors")

    _click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.term, "isva")
    _click(qtbot, dialog.save_button)
    assert "already explains “ISVA”" in dialog.message.text()

    monkeypatch.setattr(prompts, "confirm", lambda *_args, **_kwargs: True)
    dialog.select(next(r.uuid for r in glossary(ctx.db, demo_plan.uuid) if r.term == "ISVA"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert "ISVA" not in {r.term for r in glossary(ctx.db, demo_plan.uuid)}
    dialog.undo_stack.undo()
    assert "ISVA" in {r.term for r in glossary(ctx.db, demo_plan.uuid)}


def test_add_a_meeting_with_the_date_picker(qtbot, ctx, demo_plan):
    dialog = _open(qtbot, MeetingsDialog, ctx, demo_plan.uuid)
    assert dialog.date.calendarPopup()
    count = len(meetings(ctx.db, demo_plan.uuid))
    _click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.body.lineEdit(), "DA Strategic Group")
    dialog.date.setDate(QDate(2022, 3, 9))
    qtbot.keyClicks(dialog.title, "Year-end review")
    _click(qtbot, dialog.save_button)
    rows = meetings(ctx.db, demo_plan.uuid)
    assert len(rows) == count + 1
    added = next(r for r in rows if r.title == "Year-end review")
    assert (added.body, added.date) == ("DA Strategic Group", date(2022, 3, 9))
    assert dialog.table.item(dialog.table.currentRow(), 0).text() == "Wed 09 Mar 2022"
    dates = [r.date for r in rows]
    shown = [dialog.current_row().date] + [d for d in dates if d != added.date]
    assert sorted(shown) == sorted(dates)


def test_edit_a_meetings_agenda_item_undoably_and_the_report_cover_names_it(qtbot, ctx, demo_plan):
    dialog = _open(qtbot, MeetingsDialog, ctx, demo_plan.uuid)
    _click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.body.lineEdit(), "Safer Communities Board")
    dialog.date.setDate(QDate(2022, 3, 9))
    _click(qtbot, dialog.save_button)
    added = next(r for r in meetings(ctx.db, demo_plan.uuid) if r.body == "Safer Communities Board")
    assert added.agenda_item == "" and dialog.agenda_item.text() == ""

    qtbot.keyClicks(dialog.agenda_item, " 7b ")
    qtbot.keyClick(dialog.agenda_item, Qt.Key.Key_Return)
    edited = next(r for r in meetings(ctx.db, demo_plan.uuid) if r.uuid == added.uuid)
    assert edited.agenda_item == "7b"
    assert dialog.table.item(dialog.table.currentRow(), dialog.headers.index("Agenda item")).text() == "7b"
    history = change_history(ctx.db, demo_plan.uuid, added.uuid)
    assert (history[0].field, history[0].old, history[0].new) == ("Agenda item", "(empty)", "7b")
    assert history[0].change == "Edit meeting"

    options = ReportOptions(meeting_body="Safer Communities Board", meeting_date=date(2022, 3, 9))
    assert build_report(ctx.db, demo_plan.uuid, options, date(2022, 3, 1)).cover.agenda_item == "7b"
    dialog.undo_stack.undo()
    assert next(r for r in meetings(ctx.db, demo_plan.uuid) if r.uuid == added.uuid).agenda_item == ""
    assert dialog.agenda_item.text() == ""
    assert build_report(ctx.db, demo_plan.uuid, options, date(2022, 3, 1)).cover.agenda_item == ""


def test_meeting_needs_a_body(qtbot, ctx, small_plan):
    dialog = _open(qtbot, MeetingsDialog, ctx, small_plan)
    _click(qtbot, dialog.new_button)
    dialog.body.setCurrentText("")
    _click(qtbot, dialog.save_button)
    assert "Say which board or group meets" in dialog.message.text()
    assert meetings(ctx.db, small_plan) == []


@pytest.mark.parametrize("typed_target", ["25", "25%"])
def test_add_a_measure_with_two_period_values(qtbot, ctx, small_plan, typed_target):
    dialog = _open(qtbot, MeasuresDialog, ctx, small_plan)
    assert not dialog.values.isEnabled()
    _click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.name, "Repeat referrals to MARAC")
    qtbot.keyClicks(dialog.unit, "%")
    dialog.direction.setCurrentIndex(dialog.direction.findData("down"))
    qtbot.keyClicks(dialog.baseline, "28")
    qtbot.keyClicks(dialog.target, typed_target)
    _click(qtbot, dialog.save_button)
    assert dialog.values.isEnabled()
    for period, value in (("2023-24 Q1", "27"), ("2023-24 Q2", "26.5")):
        qtbot.keyClicks(dialog.values.period, period)
        qtbot.keyClicks(dialog.values.value, value)
        _click(qtbot, dialog.values.add_button)
        dialog.values.table.setCurrentCell(-1, 0)  # as a user clicking away before typing the next one

    [measure] = measures(ctx.db, small_plan)
    assert (measure.name, measure.unit, measure.direction, measure.baseline, measure.target) == (
        "Repeat referrals to MARAC",
        "%",
        "down",
        28.0,
        25.0,
    )
    assert [(v.period, v.value) for v in measure.values] == [("2023-24 Q1", 27.0), ("2023-24 Q2", 26.5)]
    assert dialog.table.item(0, 5).text() == "26.5 (2023-24 Q2)"


def test_edit_and_delete_a_period_value_and_refuse_a_non_number(qtbot, ctx, demo_plan):
    dialog = _open(qtbot, MeasuresDialog, ctx, demo_plan.uuid)
    first = measures(ctx.db, demo_plan.uuid)[0]
    dialog.select(first.uuid)
    dialog.values.table.setCurrentCell(0, 0)
    assert dialog.values.period.text() == first.values[0].period
    dialog.values.value.setText("thirty")
    _click(qtbot, dialog.values.save_button)
    assert "The value must be a number" in dialog.message.text()
    dialog.values.value.setText("30")
    _click(qtbot, dialog.values.save_button)
    assert measures(ctx.db, demo_plan.uuid)[0].values[0].value == 30.0
    qtbot.keyClick(dialog.values.table, Qt.Key.Key_Delete)
    assert len(measures(ctx.db, demo_plan.uuid)[0].values) == len(first.values) - 1


def test_open_editor_follows_changes_made_elsewhere(qtbot, ctx, small_plan):
    dialog = _open(qtbot, GlossaryDialog, ctx, small_plan)
    assert dialog.table.rowCount() == 0
    ctx.commands.execute(CreateRecord("glossary", {"plan_uuid": small_plan, "term": "CSP", "meaning": "Partnership"}))
    assert _column(dialog.table, 0) == ["CSP"]
