"""What the user does to the window between the first read's rows and the data being attached is
still there once it is: the panes as left, the filter, the selection, the focus; and a window closed
meanwhile ends cleanly. The data's opening is held back by the gate of ``test_first_read_window``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from tests.window.test_first_read_window import Start, _data_folder
from ui.window.panes import STATE_KEY
from ui.window.settings import app_settings


@pytest.fixture
def start(qtbot, tmp_path, _template_databases) -> Iterator[Start]:
    started = Start(qtbot, _data_folder(tmp_path, _template_databases["demo"]))
    yield started
    started.close()


def _attached(qtbot, start: Start) -> None:
    start.gate.set()
    qtbot.waitUntil(lambda: not start.window.opening)


def test_a_pane_closed_while_the_data_opens_stays_closed(qtbot, tmp_path, _template_databases):
    # The panes as a previous session left them: both open.
    (tmp_path / "earlier").mkdir()
    earlier = Start(qtbot, _data_folder(tmp_path / "earlier", _template_databases["demo"]))
    _attached(qtbot, earlier)
    earlier.window.close()
    earlier.close()
    assert app_settings().value(STATE_KEY) is not None

    start = Start(qtbot, _data_folder(tmp_path, _template_databases["demo"]))
    try:
        window = start.window
        qtbot.waitUntil(lambda: window.rows_shown)
        assert window.detail_dock.isVisible()
        window.detail_dock.close()
        _attached(qtbot, start)
        assert not window.detail_dock.isVisible()
    finally:
        start.close()


def test_the_search_the_row_and_the_focus_are_kept_through_the_attach(qtbot, start):
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    window.filter_bar.search.setText("MARAC")
    shown = window.proxy.rowCount()
    window.table.selectRow(0)
    uuid = window.detail.row.uuid
    window.filter_bar.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_bar.search)

    _attached(qtbot, start)
    QApplication.processEvents()
    assert window.filter_bar.search.text() == "MARAC" and window.proxy.rowCount() == shown
    assert window.table.selected_uuids() == [uuid] and window.detail.row.uuid == uuid
    assert QApplication.focusWidget() is window.filter_bar.search


def test_closing_the_window_while_the_data_opens_leaves_nothing_attached(qtbot, start, tmp_path):
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown and start.opening_began.is_set())
    before = start.opening.paths.database.read_bytes()
    window.close()
    start.gate.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: start.opening.ctx is not None)
    QApplication.processEvents()
    assert window.ctx is None and not hasattr(window, "change_signal")
    start.opening.ctx.close()
    start.opening.ctx = None
    assert start.opening.paths.database.read_bytes() == before


def test_a_detail_field_typed_in_while_the_data_opens_is_kept_and_saved(qtbot, start):
    from app.queries.actions import action_rows

    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    window.table.selectRow(0)
    uuid = window.detail.row.uuid
    edit = window.detail.long_edits["activity"]
    edit.setFocus()
    qtbot.waitUntil(lambda: edit.hasFocus())
    edit.setPlainText("Typed while the data opened")

    _attached(qtbot, start)
    QApplication.processEvents()
    assert edit.toPlainText() == "Typed while the data opened" and edit.hasFocus()
    window.filter_bar.search.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: not edit.hasFocus())
    stored = {row.uuid: row.activity for row in action_rows(window.ctx.db, window.plan_uuid)}
    assert stored[uuid] == "Typed while the data opened"
    assert window.undo_stack.count() == 1


def test_an_edit_waiting_for_data_that_cannot_open_gets_the_dialog_and_changes_nothing(
    qtbot, tmp_path, _template_databases, monkeypatch
):
    from app.storage.database import DatabaseError
    from ui.common import prompts
    from ui.window.startup_checks import CANNOT_OPEN
    from ui.workspace.table.model import COL_ACTION

    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, title, text, details=None: shown.append(title))
    paths = _data_folder(tmp_path, _template_databases["demo"])
    before = paths.database.read_bytes()

    class Failing(Start):
        def _open(self, data_dir, database_url):
            raise DatabaseError("The database could not be opened")

    start = Failing(qtbot, paths)
    try:
        window = start.window
        qtbot.waitUntil(lambda: window.rows_shown)
        index = window.model.index(0, COL_ACTION)
        typed_over = index.data()
        accepted = window.model.setData(index, "Typed before the failure", Qt.ItemDataRole.EditRole)
        assert shown == [CANNOT_OPEN] and start.gave_up  # run_gui's give-up closes the window
        assert window.ctx is None and not hasattr(window, "change_signal")
        assert not accepted and window.model.index(0, COL_ACTION).data() == typed_over
        assert paths.database.read_bytes() == before
    finally:
        start.close()


def test_a_cell_being_typed_in_while_the_data_opens_stays_open_and_is_saved(qtbot, start):
    from PySide6.QtWidgets import QAbstractItemView

    from app.queries.actions import action_rows
    from ui.workspace.table.model import COL_ACTION

    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    window.table.setFocus()
    index = window.proxy.index(0, COL_ACTION)
    uuid = index.data(Qt.ItemDataRole.UserRole + 2)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    qtbot.waitUntil(lambda: window.table.state() == QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: window.table.viewport().isAncestorOf(QApplication.focusWidget()))  # the editor
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, " and more")

    _attached(qtbot, start)
    QApplication.processEvents()
    assert window.table.state() == QAbstractItemView.State.EditingState
    assert QApplication.focusWidget() is editor
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    stored = {row.uuid: row.activity for row in action_rows(window.ctx.db, window.plan_uuid)}
    assert " and more" in stored[uuid]


def test_a_pane_resized_while_the_data_opens_keeps_its_width(qtbot, start):
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    QApplication.processEvents()  # the panes' first sizing, on the window's first show (nothing saved yet)
    sized = window.detail_dock.width()
    window.resizeDocks([window.detail_dock], [sized // 2], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.detail_dock.width() < sized * 3 // 4)
    narrowed = window.detail_dock.width()

    _attached(qtbot, start)
    QApplication.processEvents()  # a sizing the attach posted, had it posted one
    assert window.detail_dock.width() == narrowed


def test_the_getting_started_page_stays_alone_through_the_attach(qtbot, tmp_path, _template_databases):
    (tmp_path / "earlier").mkdir()
    earlier = Start(qtbot, _data_folder(tmp_path / "earlier", _template_databases["demo"]))
    _attached(qtbot, earlier)  # a previous session left both panes open
    earlier.window.close()
    earlier.close()

    start = Start(qtbot, _data_folder(tmp_path, _template_databases["empty"]))
    try:
        window = start.window
        qtbot.waitUntil(lambda: window.rows_shown)
        assert start.opening.first_read is not None and window.centre.currentWidget() is window.empty_page
        _attached(qtbot, start)
        assert window.centre.currentWidget() is window.empty_page
        assert not window.detail_dock.isVisible() and not window.tree_dock.isVisible()
    finally:
        start.close()


def test_the_plans_saved_filters_come_with_the_data_read_off_the_ui_thread(
    qtbot, tmp_path, _template_databases, monkeypatch
):
    import threading

    from app.context import AppContext
    from app.plans.listing import list_plans
    from app.queries import saved_filters as saved
    from app.queries.filters import ActionFilter
    from app.queries.first_read import first_plan

    paths = _data_folder(tmp_path, _template_databases["demo"])
    ctx = AppContext.open(paths.data_dir, user="test")
    try:
        plan = first_plan(list_plans(ctx.db), [])
        saved.save_filter(ctx.db, plan.uuid, "Housing actions", ActionFilter(text="housing"))
    finally:
        ctx.close()
    read_on: list[bool] = []
    real = saved.saved_filters
    monkeypatch.setattr(
        saved,
        "saved_filters",
        lambda *args: read_on.append(threading.current_thread() is threading.main_thread()) or real(*args),
    )
    start = Start(qtbot, paths)
    try:
        window = start.window
        qtbot.waitUntil(lambda: window.rows_shown)
        _attached(qtbot, start)
        names = [window.filter_bar.saved.itemText(i) for i in range(window.filter_bar.saved.count())]
        assert "Housing actions" in names
        assert read_on == [False]  # the data's first ORM query, made beside opening it
    finally:
        start.close()
