"""In the window: a colleague's change to the same field shows both values and the officer chooses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.editing.commands import SetFields
from app.editing.concurrency import seen_in
from app.queries.actions import action_rows
from tests.pg_fixtures import COLLEAGUE, colleague_context
from ui.editing.conflict_dialog import ConflictDialog
from ui.workspace.table.model import COL_STATUS

pytestmark = pytest.mark.both_engines


def _answer_conflict(qtbot, choose_mine: bool, shown: list, field: str = "status") -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        shown.append([button.text() for pair in dialog.choices.values() for button in pair])
        theirs, mine = dialog.choices[field]
        (mine if choose_mine else theirs).setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("choose_mine", [False, True])
def test_the_second_officer_sees_both_values_and_chooses(qtbot, ctx, small_plan, main_window, tmp_path, choose_mine):
    window = main_window
    window.open_plan(small_plan)
    colleague = colleague_context(ctx, tmp_path / "colleague")
    try:
        row = next(r for r in action_rows(colleague.db, small_plan) if r.ref == "1.1.1")
        colleague.commands.execute(
            SetFields("action", row.uuid, {"status": "Complete", "comments": "Done"}, seen=seen_in(row, ["status"]))
        )
    finally:
        colleague.close()
    shown: list = []
    _answer_conflict(qtbot, choose_mine, shown)
    status_cell = window.model.index(0, COL_STATUS)
    assert window.model.setData(status_cell, "At risk")
    assert shown == [[f"Keep {COLLEAGUE}'s: Complete", "Use mine: At risk"]]
    after = next(r for r in action_rows(ctx.db, small_plan) if r.ref == "1.1.1")
    assert after.status == ("At risk" if choose_mine else "Complete")
    assert after.comments == "Done"  # the colleague's other field was never in question
    assert window.model.row_at(0).comments == "Done"  # the window shows the merged record


@pytest.mark.sqlite_only  # the refresh is published by hand; tests/editing/test_live_refresh.py has the server's
def test_typing_survives_a_colleagues_refresh_and_then_clashes_with_their_value(
    qtbot, ctx, small_plan, main_window, tmp_path
):
    from app.editing.events import Change

    window = main_window
    window.show()
    qtbot.waitExposed(window)
    window.open_plan(small_plan)
    row = window.model.row_at(0)
    window.select_actions([row.uuid])
    qtbot.waitUntil(lambda: window.detail.row is not None and window.detail.row.uuid == row.uuid)
    comments = window.detail.long_edits["comments"]
    window.activateWindow()
    comments.setFocus()
    qtbot.waitUntil(comments.hasFocus)
    comments.setPlainText("Mine, half typed")

    colleague = colleague_context(ctx, tmp_path / "colleague")
    try:
        fresh = next(r for r in action_rows(colleague.db, small_plan) if r.uuid == row.uuid)
        values = {"comments": "Theirs", "status": "Complete"}
        colleague.commands.execute(SetFields("action", row.uuid, values, seen=seen_in(fresh, values)))
    finally:
        colleague.close()
    ctx.bus.publish(Change(small_plan, frozenset({"action"}), frozenset({row.uuid}), "Edit", by=COLLEAGUE))
    assert window.detail.row.status == "Complete"  # the colleague's other field is shown at once
    assert comments.toPlainText() == "Mine, half typed"  # and the officer's typing is not lost

    shown: list = []
    _answer_conflict(qtbot, True, shown, field="comments")
    window.detail.save_field("comments")
    assert shown == [[f"Keep {COLLEAGUE}'s: Theirs", "Use mine: Mine, half typed"]]
    after = next(r for r in action_rows(ctx.db, small_plan) if r.uuid == row.uuid)
    assert (after.comments, after.status) == ("Mine, half typed", "Complete")
