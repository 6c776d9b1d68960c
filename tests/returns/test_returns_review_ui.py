"""Returns never change what a lead wrote without saying so, and any returned row can be rejected."""

from __future__ import annotations

import openpyxl
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows, progress_history
from app.returns import issue_requests
from exports.returns.workbook import UPDATES_SHEET
from ui.common import prompts


def test_a_lead_word_read_as_another_status_is_shown_noted_and_one_row_rejected(
    qtbot, main_window, ctx, small_plan, tmp_path, monkeypatch
):
    main_window.open_plan(small_plan)
    lead = lead_rows(ctx.db, small_plan)[0]
    path = issue_requests(ctx, small_plan, [lead.uuid], tmp_path).issued[0].workbook
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[UPDATES_SHEET]
    sheet["F2"], sheet["G2"] = "Delayed", "Venue fell through."
    sheet["F3"], sheet["G3"] = "On-track", "Going well."
    sheet["G4"] = "Not what we agreed."
    workbook.save(path)

    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [path])
    main_window.actions["import_returns"].trigger()
    dialog = main_window.dialogs["returns"]
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Reading"), timeout=10000)
    model = dialog.changes_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["1.1.1", "1.1.2", "1.1.3"]
    assert model.index(0, 2).data() == "On track → Off track (lead wrote 'Delayed')"
    assert model.index(1, 2).data() == "unchanged"  # "On-track" is the same words: nothing to flag
    notes = [dialog.problems.item(n).text() for n in range(dialog.problems.count())]
    assert len(notes) == 1
    assert "the lead wrote 'Delayed', read as 'Off track'" in notes[0] and notes[0].startswith("Note — ")

    # Reject the third row from the keyboard: go to it and press Space on its tick.
    dialog.changes.setFocus()
    dialog.changes.setCurrentIndex(model.index(2, 0))
    QTest.keyClick(dialog.changes, Qt.Key.Key_Space)
    assert model.index(2, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.summary.text() == "2 action(s) will be updated. 1 row(s) left out."

    with qtbot.waitSignal(dialog.finished, timeout=10000):  # applied off the UI thread
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # The import runs off the UI thread; the dialog closes (and is deleted) when it is done.
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10000)
    rows = {row.ref: row for row in action_rows(ctx.db, small_plan)}
    assert rows["1.1.1"].status == "Off track"
    first_note = progress_history(ctx.db, rows["1.1.1"].uuid)[0].note
    assert first_note == "Venue fell through.\nStatus written in the return: 'Delayed'."
    assert progress_history(ctx.db, rows["1.1.3"].uuid) == []  # the rejected row changed nothing
    assert len(progress_history(ctx.db, rows["1.1.2"].uuid)) == 1


def two_returns(ctx, plan_uuid, folder) -> list:
    """Returns from the first two leads asked for updates on two actions or more, two notes each."""
    found = []
    for lead in (lead for lead in lead_rows(ctx.db, plan_uuid) if lead.action_count >= 2):
        path = issue_requests(ctx, plan_uuid, [lead.uuid], folder).issued[0].workbook
        workbook = openpyxl.load_workbook(path)
        sheet = workbook[UPDATES_SHEET]
        if sheet.max_row >= 3:
            note = ("Kept", "Dropped")[len(found)]
            sheet["G2"], sheet["G3"] = f"{note} one.", f"{note} two."
            workbook.save(path)
            found.append((lead, path))
        if len(found) == 2:
            return found
    raise AssertionError("the demo plan has two leads with two actions each")


def test_a_whole_leads_return_is_left_out_from_the_keyboard_and_the_import_undoes_as_one(
    qtbot, main_window, ctx, demo_plan, tmp_path, monkeypatch
):
    main_window.open_plan(demo_plan.uuid)
    (_, kept), (dropped_lead, dropped) = two_returns(ctx, demo_plan.uuid, tmp_path)
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [kept, dropped])
    main_window.actions["import_returns"].trigger()
    dialog = main_window.dialogs["returns"]
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Reading"), timeout=10000)
    returns = dialog.returns_list
    assert returns.count() == 2
    item = returns.item_for(dropped.name)
    assert item.text() == f"{dropped_lead.name} — {dropped.name}: all 2 row(s) accepted"

    # Alt+R reaches the list of returns; arrows and Space leave that lead's return out whole.
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert returns.hasFocus()
    QTest.keyClick(returns, Qt.Key.Key_Home)
    if returns.currentItem() is not item:
        QTest.keyClick(returns, Qt.Key.Key_Down)
    QTest.keyClick(returns, Qt.Key.Key_Space)
    assert item.text() == f"{dropped_lead.name} — {dropped.name}: left out (2 row(s))"
    model = dialog.changes_model
    dropped_rows = [r for r in range(model.rowCount()) if model.file_of(r) == dropped.name]
    ticks = [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(model.rowCount())]
    assert [ticks[r] for r in dropped_rows] == [Qt.CheckState.Unchecked] * 2
    assert ticks.count(Qt.CheckState.Checked) == 2
    assert dialog.summary.text() == "2 action(s) will be updated. 2 row(s) left out."

    # Ticking one of its rows back (Space in the table) shows the return as partly accepted;
    # Space on the return accepts it all, and Space again leaves it out once more.
    dialog.changes.setFocus()
    dialog.changes.setCurrentIndex(model.index(dropped_rows[0], 0))
    QTest.keyClick(dialog.changes, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.PartiallyChecked
    returns.setFocus()
    QTest.keyClick(returns, Qt.Key.Key_Space)
    assert dialog.summary.text() == "4 action(s) will be updated."
    QTest.keyClick(returns, Qt.Key.Key_Space)
    assert dialog.summary.text() == "2 action(s) will be updated. 2 row(s) left out."

    before = main_window.undo_stack.count()
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        QTest.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)

    def notes() -> list[str]:
        return [u.note for row in action_rows(ctx.db, demo_plan.uuid) for u in progress_history(ctx.db, row.uuid)]

    assert sorted(n for n in notes() if n.startswith(("Kept", "Dropped"))) == ["Kept one.", "Kept two."]
    assert main_window.undo_stack.count() == before + 1  # the import and what it left out: one step
    main_window.actions["undo"].trigger()
    assert not [n for n in notes() if n.startswith(("Kept", "Dropped"))]
    main_window.actions["redo"].trigger()
    assert sorted(n for n in notes() if n.startswith(("Kept", "Dropped"))) == ["Kept one.", "Kept two."]
