"""Returns never change what a lead wrote without saying so, and any returned row can be rejected."""

from __future__ import annotations

import openpyxl
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
    rows = {row.ref: row for row in action_rows(ctx.db, small_plan)}
    assert rows["1.1.1"].status == "Off track"
    first_note = progress_history(ctx.db, rows["1.1.1"].uuid)[0].note
    assert first_note == "Venue fell through.\nStatus written in the return: 'Delayed'."
    assert progress_history(ctx.db, rows["1.1.3"].uuid) == []  # the rejected row changed nothing
    assert len(progress_history(ctx.db, rows["1.1.2"].uuid)) == 1
