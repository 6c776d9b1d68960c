"""The menus, shortcuts and features are on the window from start-up's first read on, before the data
is open: a command chosen then waits for the data (under a busy cursor) and runs once it is open, once;
one touching only the window runs at once. The data's opening is held back by the gate of
``test_first_read_window``, opened by a helper thread only once the UI thread has said it waits."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.window.test_first_read_window import Start, _data_folder
from ui.window.errors import log

WAITS = "waits for it"  # what the log says when a command waits for the data (``DataOpening.wait``)


class _OpenWhenWaitedFor(logging.Handler):
    """Opens ``start``'s gate from another thread once the UI thread logs that it waits for the data:
    the UI thread is then blocked in the wait, and the gate opens without any sleeping."""

    def __init__(self, start: Start) -> None:
        super().__init__()
        self.start = start
        self.waited = threading.Event()
        self.opener = threading.Thread(target=self._open, daemon=True)
        self.opener.start()

    def emit(self, record: logging.LogRecord) -> None:
        if WAITS in record.getMessage():
            self.waited.set()

    def _open(self) -> None:
        if self.waited.wait(30):
            self.start.gate.set()


@pytest.fixture
def start(qtbot, tmp_path, _template_databases) -> Iterator[Start]:
    started = Start(qtbot, _data_folder(tmp_path, _template_databases["demo"]))
    yield started
    started.close()


@pytest.fixture
def opener(start) -> Iterator[_OpenWhenWaitedFor]:
    handler = _OpenWhenWaitedFor(start)
    level = log.level
    log.setLevel(logging.INFO)  # the line saying the UI thread waits is at INFO
    log.addHandler(handler)
    yield handler
    log.removeHandler(handler)
    log.setLevel(level)
    start.gate.set()
    handler.opener.join(5)


def _menus_live(qtbot, start: Start) -> None:
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown and window.commands_installed)
    assert window.ctx is None and not start.gate.is_set()


def test_add_action_chosen_before_the_data_opens_runs_once_it_is(qtbot, start, opener):
    from app.queries.actions import action_rows

    window = start.window
    _menus_live(qtbot, start)
    window.table.selectRow(0)
    before = window.model.rowCount()
    assert window.actions["add_action"].isEnabled()
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.table.hasFocus())
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert opener.waited.is_set()  # it waited for the data, rather than failing or being dropped
    assert window.ctx is not None and not window.opening
    assert window.model.rowCount() == before + 1 and window.undo_stack.count() == 1
    assert len(action_rows(window.ctx.db, window.plan_uuid)) == before + 1
    assert QApplication.overrideCursor() is None  # the busy cursor is gone


def test_a_dialog_chosen_from_a_menu_before_the_data_opens_opens_once_it_is(qtbot, start, opener):
    window = start.window
    _menus_live(qtbot, start)
    window.menus["edit"].menuAction().trigger()  # the menu bar's Edit is live, not greyed
    assert window.menus["edit"].menuAction().isEnabled()
    window.actions["history"].trigger()  # Edit ▸ Change history…

    assert opener.waited.is_set() and window.ctx is not None
    assert window.dialogs["history"].isVisible()
    window.dialogs["history"].close()


def test_find_chosen_before_the_data_opens_runs_at_once(qtbot, start):
    window = start.window
    _menus_live(qtbot, start)
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.table.hasFocus())
    window.actions["find"].trigger()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_bar.search)
    assert window.ctx is None and not start.gate.is_set()  # it did not wait for the data


def test_the_timeline_tab_chosen_before_the_data_opens_shows_once_it_is(qtbot, start, opener):
    from ui.timeline.install import show_timeline

    window = start.window
    _menus_live(qtbot, start)
    panel = show_timeline(window)

    assert opener.waited.is_set() and window.ctx is not None
    assert panel is not None and window.panels["timeline"] is panel
