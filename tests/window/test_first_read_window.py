"""Start-up shows the plan's rows from its first read (plain sqlite3) while the database code and the
data open behind them; an edit made meanwhile waits for the data and is kept; and whatever the
first read cannot take (a migration due, a damaged file) opens the ordinary way, dialogs included.

The data's opening is held back by a gate the test opens, never by waiting a while."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.queries.actions import action_rows
from app.storage.paths import AppPaths
from ui.common import prompts
from ui.window.data_opening import DataOpening
from ui.window.errors import log
from ui.window.main_window import MainWindow
from ui.workspace.table.model import COL_ACTION
from ui.workspace.table.view import ActionTableView

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class Start:
    """A window starting as ``run_gui`` starts it, its data opened only once ``gate`` is set."""

    def __init__(self, qtbot, paths: AppPaths) -> None:
        self.gate = threading.Event()
        self.opening_began = threading.Event()  # set once the data has begun to open, behind the gate
        self.gave_up: list[bool] = []
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.opening = DataOpening(self.window, paths, None, None, lambda: self.gave_up.append(True), self._open)

    def _open(self, data_dir: Path, database_url: str | None) -> AppContext:
        self.opening_began.set()
        assert self.gate.wait(30), "the test never let the data open"
        return AppContext.open(data_dir, database_url=database_url)

    def close(self) -> None:
        self.gate.set()
        QThreadPool.globalInstance().waitForDone()
        if self.opening.ctx is not None:
            self.opening.ctx.close()


def _data_folder(tmp_path: Path, source: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copy(source, paths.database)
    return paths


@pytest.fixture
def start(qtbot, tmp_path, _template_databases) -> Iterator[Start]:
    started = Start(qtbot, _data_folder(tmp_path, _template_databases["demo"]))
    yield started
    started.close()


@pytest.fixture
def opened_when_waited_for(start):
    """Sets the gate the moment the UI thread starts waiting for the data, from the log line it writes."""

    class OpenTheGate(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "waits for it" in record.getMessage():
                start.gate.set()

    handler = OpenTheGate()
    level = log.level
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    yield
    log.removeHandler(handler)
    log.setLevel(level)


def test_the_rows_are_shown_before_the_data_is_open_then_the_window_becomes_editable(qtbot, start):
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    assert window.ctx is None and window.opening
    assert window.model.rowCount() > 50 and window.plan_uuid is not None
    assert window.plan_tree.model().rowCount() > 0
    assert window.centre.currentIndex() == 1
    assert window.count_label.text().endswith("actions shown")
    assert "add_action" not in window.actions  # the menus come with the data

    window.filter_bar.search.setText("MARAC")  # searching works on the rows shown
    assert 0 < window.proxy.rowCount() < window.model.rowCount()

    start.gate.set()
    qtbot.waitUntil(lambda: not window.opening)
    assert window.ctx is start.opening.ctx
    assert window.actions["add_action"].isEnabled()
    assert window.filter_bar.search.text() == "MARAC"  # nothing the user did meanwhile was reset
    assert window.model.rowCount() == len(action_rows(window.ctx.db, window.plan_uuid))


def test_an_edit_before_the_data_is_open_waits_for_it_and_is_kept(qtbot, start, opened_when_waited_for):
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    assert window.ctx is None and not start.gate.is_set()
    index = window.model.index(0, COL_ACTION)
    uuid = index.data(Qt.ItemDataRole.UserRole + 2)

    assert window.model.setData(index, "Typed before the data was open", Qt.ItemDataRole.EditRole)

    assert window.ctx is not None and "add_action" in window.actions  # attached while the edit waited
    stored = {row.uuid: row.activity for row in action_rows(window.ctx.db, window.plan_uuid)}
    assert stored[uuid] == "Typed before the data was open"
    assert window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: not window.opening)
    assert window.model.index(0, COL_ACTION).data() == "Typed before the data was open"
    window.undo_stack.undo()
    assert {row.uuid: row.activity for row in action_rows(window.ctx.db, window.plan_uuid)}[uuid] != stored[uuid]


def test_a_progress_update_added_before_the_data_is_open_is_kept(qtbot, start, opened_when_waited_for):
    window = start.window
    qtbot.waitUntil(lambda: window.rows_shown)
    window.table.selectRow(0)
    row = window.detail.row
    assert row is not None and window.ctx is None
    progress = window.detail.progress
    progress.note.setPlainText("Met the board")
    progress.add_button.click()

    assert window.ctx is not None
    from app.queries.actions import progress_history

    latest = progress_history(window.ctx.db, row.uuid)[0]
    assert (latest.note, latest.author) == ("Met the board", window.ctx.user)
    assert progress.author.text() == window.ctx.user


def test_a_database_needing_a_migration_opens_the_ordinary_way(qtbot, tmp_path):
    start = Start(qtbot, _data_folder(tmp_path, FIXTURES / "schema_0005.sqlite3"))
    try:
        window = start.window
        QThreadPool.globalInstance().waitForDone()  # the first read has given way
        qtbot.wait(20)
        assert start.opening.first_read is None and not window.rows_shown
        start.gate.set()
        qtbot.waitUntil(lambda: not window.opening, timeout=20000)
        assert window.plan_uuid is not None and window.model.rowCount() > 0
        assert list((tmp_path / "data" / "backups").glob("*before-migration*"))
    finally:
        start.close()


def test_a_damaged_database_meets_its_dialog_as_before(qtbot, tmp_path, _template_databases, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda _parent, title, text, details=None: shown.append(title))
    paths = _data_folder(tmp_path, _template_databases["demo"])
    damaged = bytearray(paths.database.read_bytes())
    damaged[4096 * 2 :] = b"\xa5" * (len(damaged) - 4096 * 2)
    paths.database.write_bytes(bytes(damaged))
    start = Start(qtbot, paths)
    try:
        start.gate.set()
        qtbot.waitUntil(lambda: bool(start.gave_up), timeout=20000)
        assert start.opening.first_read is None
        assert shown == ["The database is damaged"]
        assert paths.database.read_bytes() == bytes(damaged)
    finally:
        start.close()


def test_the_rows_are_painted_before_the_database_code_starts_loading(qtbot, tmp_path, _template_databases):
    """Started any sooner, step 2's imports hold Python's lock while the first paint asks for it at
    every cell it draws (and the paint waited for the platform's next frame meanwhile)."""
    painted: list[bool] = []

    class TablePaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and isinstance(watched.parent(), ActionTableView):
                painted.append(True)
            return False

    class Recording(Start):
        def _open(self, data_dir: Path, database_url: str | None) -> AppContext:
            self.painted_when_opening = bool(painted)
            return super()._open(data_dir, database_url)

    watcher = TablePaints()
    QApplication.instance().installEventFilter(watcher)
    start = Recording(qtbot, _data_folder(tmp_path, _template_databases["demo"]))
    try:
        qtbot.waitUntil(lambda: hasattr(start, "painted_when_opening"))
        assert start.painted_when_opening
        assert start.opening.rows_painted_at is not None
    finally:
        QApplication.instance().removeEventFilter(watcher)
        start.close()
