"""What the user does to the window between the first read's rows and the data being attached is
still there once it is: the panes as left, the filter, the selection, the focus; and a window closed
meanwhile ends cleanly. The data's opening is held back by the gate of ``test_first_read_window``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
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
    qtbot.waitUntil(lambda: window.rows_shown)
    before = start.opening.paths.database.read_bytes()
    window.close()
    start.gate.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: start.opening.ctx is not None)
    QApplication.processEvents()
    assert window.ctx is None and "add_action" not in window.actions
    start.opening.ctx.close()
    start.opening.ctx = None
    assert start.opening.paths.database.read_bytes() == before
