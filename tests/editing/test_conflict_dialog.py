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


def _answer_conflict(qtbot, choose_mine: bool, shown: list) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        shown.append([button.text() for pair in dialog.choices.values() for button in pair])
        theirs, mine = dialog.choices["status"]
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
