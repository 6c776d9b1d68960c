"""Issue 14's "done when": the day's work in a window the size of a 1280×720 screen at 150%
(853×480 logical, less the frame), from the keyboard: open, filter, update three actions,
request updates, import two returns, write the report. Every control used is on screen."""

from __future__ import annotations

from datetime import date

import openpyxl
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QScrollArea, QWidget

from app.plan_setup.leads import lead_rows
from app.queries.actions import action_rows, progress_history
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


def press_when_shown(kind: type[QWidget], *keys: Qt.Key) -> list[QWidget]:
    """Press ``keys`` in the next modal ``kind`` to open (a dialog's exec() blocks the test until it closes)."""
    pressed: list[QWidget] = []
    timer = QTimer()
    timer.setInterval(20)

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            pressed.append(dialog)
            for key in keys:
                QTest.keyClick(dialog.focusWidget() or dialog, key)

    timer.timeout.connect(press)
    timer.start()
    pressed.append(timer)  # kept alive until the dialog is met
    return pressed


def back_in(qtbot, window) -> None:
    """Back from a dialog, the offscreen platform does not hand activation back as a desktop does;
    shortcuts and the menu bar's mnemonics reach the active window only."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def choose_from_menu(qtbot, window, menu_key: Qt.Key, item_key: Qt.Key) -> None:
    """Alt and the menu's underlined letter, then the item's: as a keyboard user opens a menu."""
    back_in(qtbot, window)
    QTest.keyClick(window, menu_key, KEYS.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is not None, "the menu did not open"
    QTest.keyClick(menu, item_key)


def lead_returns(issued, monkeypatch) -> None:
    """Each lead fills in one row of the workbook it was sent; the open dialog picks them all."""
    for path in issued:
        workbook = openpyxl.load_workbook(path)
        workbook[UPDATES_SHEET]["G2"] = "Returned by the lead."
        workbook.save(path)
    monkeypatch.setattr(prompts, "open_paths", lambda *args, **kwargs: issued)


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

    # Request updates: Plan ▸ Request updates (Alt+P, U), Select all, the folder, Write workbooks.
    choose_from_menu(qtbot, window, Qt.Key.Key_P, Qt.Key.Key_U)
    request = window.dialogs["returns"]
    qtbot.waitUntil(lambda: request.isActiveWindow())  # its shortcuts reach it once active
    on_screen(request.write_button)
    QTest.keyClick(request, Qt.Key.Key_A, KEYS.AltModifier)  # Select &all
    QTest.keyClick(request, Qt.Key.Key_F, KEYS.AltModifier)  # Save in &folder
    assert request.folder.hasFocus()
    request.folder.selectAll()
    QTest.keyClicks(request.folder, str(tmp_path))
    written = press_when_shown(QMessageBox, Qt.Key.Key_Return)  # "Wrote n workbook(s)": OK
    QTest.keyClick(request, Qt.Key.Key_W, KEYS.AltModifier)  # &Write workbooks
    qtbot.waitUntil(lambda: len(written) == 2 and not shiboken6.isValid(request), timeout=10000)
    workbooks = sorted(tmp_path.glob("*.xlsx"))
    assert len(workbooks) >= 2

    # Import two returns (one row changed in each): Plan ▸ Import returns (Alt+P, I), Import changes.
    lead_returns(workbooks[:2], monkeypatch)
    choose_from_menu(qtbot, window, Qt.Key.Key_P, Qt.Key.Key_I)
    dialog = window.dialogs["returns"]
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Reading"), timeout=10000)
    assert dialog.changes_model.rowCount() == 2
    on_screen(dialog.import_button)
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_I, KEYS.AltModifier)  # &Import changes
    # The import runs off the UI thread; the dialog closes (and is deleted) when it is done.
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10000)
    notes = [progress_history(ctx.db, r.uuid) for r in action_rows(ctx.db, demo_plan.uuid)]
    assert sum(1 for history in notes if history and history[0].note == "Returned by the lead.") == 2

    # Write the report: its dialog fits with its buttons on screen, then a lasting notice.
    target = tmp_path / "board pack.pdf"
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: target)
    monkeypatch.setattr(report_menu, "open_document", lambda path: True)

    # Reports ▸ Progress report (Ctrl+Shift+R); Enter on "Produce report…".
    report = press_when_shown(ReportDialog, Qt.Key.Key_Return)
    back_in(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_R, KEYS.ControlModifier | KEYS.ShiftModifier)
    qtbot.waitUntil(
        lambda: target.exists() and getattr(window.findChild(report_menu.ReportController), "notice", None) is not None,
        timeout=30000,
    )
    assert len(report) == 2  # pressed in the report dialog, whose buttons fit (tests/window/test_fits_small_screens.py)
    notice = window.findChild(report_menu.ReportController).notice
    assert str(target) in notice.message.text()


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click on a widget that is on screen (at ``pos``, or its middle)."""
    on_screen(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos if pos is not None else widget.rect().center())


def scroll_to(qtbot, widget: QWidget) -> None:
    """Drag the scroll bar of the pane holding ``widget`` until it is in sight, as a mouse user does."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    while widget.visibleRegion().isEmpty() and bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.singleStep() * 3)
        qtbot.wait(10)


def click_menu(qtbot, window, title: str, entry: str) -> None:
    """A click on the menu bar's ``title``, then on ``entry`` in the menu it opens."""
    back_in(qtbot, window)
    bar = window.menuBar()
    heading = next(action for action in bar.actions() if action.text().replace("&", "") == title)
    click(qtbot, bar, bar.actionGeometry(heading).center())
    menu = heading.menu()
    qtbot.waitUntil(menu.isVisible)
    item = next(action for action in menu.actions() if action.text().replace("&", "").rstrip("…") == entry)
    click(qtbot, menu, menu.actionGeometry(item).center())


def click_when_shown(kind: type[QWidget], button_of) -> list:
    """Click ``button_of(dialog)`` in the next modal ``kind`` to open (its exec() blocks the test)."""
    clicked: list = []
    timer = QTimer()
    timer.setInterval(20)

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            button = button_of(dialog)
            on_screen(button)
            clicked.append(dialog)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    timer.timeout.connect(press)
    timer.start()
    clicked.append(timer)
    return clicked


def test_the_days_work_on_a_small_laptop_with_the_mouse(qtbot, main_window, ctx, demo_plan, tmp_path, monkeypatch):
    """The same day with the mouse: menus, buttons, a lead chosen from the filter's list, rows
    clicked (typing only the words a note or a folder needs)."""
    window = main_window
    window.today = lambda: TODAY
    window.resize(853 - 16, 480 - 48)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # Open the plan: File ▸ Open plan, click the plan, click Open.
    click_menu(qtbot, window, "File", "Open plan")
    chooser = window.findChild(OpenPlanDialog)
    qtbot.waitUntil(lambda: chooser.isVisible())
    first = chooser.table.visualItemRect(chooser.table.item(0, 0))
    click(qtbot, chooser.table.viewport(), first.center())
    click(qtbot, chooser.open_button)
    qtbot.waitUntil(lambda: window.plan_uuid == demo_plan.uuid)

    # Filter: open the Lead list and click the lead with the most actions.
    busiest = max(lead_rows(ctx.db, demo_plan.uuid), key=lambda lead: lead.action_count)
    combo = window.filter_bar.lead
    qtbot.waitUntil(lambda: combo.findData(busiest.uuid) > 0)  # the plan's leads have arrived
    back_in(qtbot, window)
    for _ in range(3):  # offscreen, the window's activation arriving late can close the list: open it again
        click(qtbot, combo)
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # a click as soon as the list opens is ignored
        if combo.view().isVisible():
            break
    index = combo.model().index(combo.findData(busiest.uuid), 0)
    combo.view().scrollTo(index)
    click(qtbot, combo.view().viewport(), combo.view().visualRect(index).center())
    qtbot.waitUntil(lambda: window.proxy.rowCount() == busiest.action_count)
    assert busiest.action_count >= 3

    # Update three actions: click the row, click the note, type it, click Add update.
    updated = []
    for row in range(3):
        cell = window.table.visualRect(window.proxy.index(row, 0))
        click(qtbot, window.table.viewport(), cell.center())
        note = window.detail.progress.note
        scroll_to(qtbot, note)
        click(qtbot, note)
        QTest.keyClicks(note, "Agreed at the delivery group.")
        scroll_to(qtbot, window.detail.progress.add_button)
        click(qtbot, window.detail.progress.add_button)
        updated.append(window.detail.row.uuid)
    assert len(set(updated)) == 3
    assert all(progress_history(ctx.db, u)[0].note == "Agreed at the delivery group." for u in updated)

    # Request updates: Plan ▸ Request updates, Select all, the folder, Write workbooks, OK.
    click_menu(qtbot, window, "Plan", "Request updates")
    request = window.dialogs["returns"]
    qtbot.waitUntil(request.isVisible)
    click(qtbot, next(b for b in request.findChildren(QPushButton) if b.text() == "Select &all"))
    click(qtbot, request.folder)
    request.folder.selectAll()
    QTest.keyClicks(request.folder, str(tmp_path))
    written = click_when_shown(QMessageBox, lambda box: box.defaultButton() or box.buttons()[0])
    click(qtbot, request.write_button)
    qtbot.waitUntil(lambda: len(written) == 2 and not shiboken6.isValid(request), timeout=10000)
    workbooks = sorted(tmp_path.glob("*.xlsx"))
    assert len(workbooks) >= 2

    # Import two returns: Plan ▸ Import returns, Import changes.
    lead_returns(workbooks[:2], monkeypatch)
    click_menu(qtbot, window, "Plan", "Import returns")
    dialog = window.dialogs["returns"]
    qtbot.waitUntil(lambda: not dialog.summary.text().startswith("Reading"), timeout=10000)
    assert dialog.changes_model.rowCount() == 2
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10000)
    notes = [progress_history(ctx.db, r.uuid) for r in action_rows(ctx.db, demo_plan.uuid)]
    assert sum(1 for history in notes if history and history[0].note == "Returned by the lead.") == 2

    # Write the report: Reports ▸ Progress report, click Produce report.
    target = tmp_path / "board pack.pdf"
    monkeypatch.setattr(prompts, "save_path", lambda *args, **kwargs: target)
    monkeypatch.setattr(report_menu, "open_document", lambda path: True)
    report = click_when_shown(ReportDialog, lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Ok))
    click_menu(qtbot, window, "Reports", "Progress report")
    qtbot.waitUntil(
        lambda: target.exists() and getattr(window.findChild(report_menu.ReportController), "notice", None) is not None,
        timeout=30000,
    )
    assert len(report) == 2
    assert str(target) in window.findChild(report_menu.ReportController).notice.message.text()
