"""Plan → "Request updates…" and "Import returns…": the lead update round trip in the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.returns import (
    ReturnsPreview,
    ReturnsReadStopped,
    preview_returns,
    returns_command,
)
from ui.common import prompts
from ui.common.background import run_in_background
from ui.common.screen_fit import fit_to_screen
from ui.editing.undo import CommandOutcome
from ui.returns.changes_model import ChangesModel, ChangesTable, ReturnsList
from ui.returns.request_dialog import RequestUpdatesDialog

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

XLSX_FILTER = "Excel workbooks (*.xlsx);;All files (*)"


STOPPED = "stopped by the user"


class ImportReturnsDialog(QDialog):
    """Pick returned workbooks, see every change and problem, then import them as one undoable step."""

    preview_ready = Signal()  # the preview (or its failure) for the files chosen last is showing
    # Emitted from the reading thread (so delivered queued): generation, index, total, file name.
    reading_progress = Signal(int, int, int, str)

    def __init__(
        self,
        ctx: AppContext,
        plan_uuid: str,
        run_command_in_background: Callable[..., object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_uuid = plan_uuid
        self.run_command_in_background = run_command_in_background  # MainWindow.run_command_in_background
        self.paths: list[Path] = []
        self.preview: ReturnsPreview | None = None
        self._generation = 0
        self._stop_reading = threading.Event()
        self.reading_progress.connect(self._show_progress)
        self.setWindowTitle("Import returns")
        self.setAccessibleName("Import returns")
        self.add_button = QPushButton("&Add files…", self)
        self.add_button.clicked.connect(self.add_files)
        self.clear_button = QPushButton("C&lear", self)
        self.clear_button.clicked.connect(lambda: self.set_paths([]))
        # Many returns take a while to read: the user can stop and choose again without waiting.
        self.stop_button = QPushButton("&Stop reading", self)
        self.stop_button.setAccessibleName("Stop reading the returned workbooks")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self._stop_reading.set())
        self.files_label = QLabel("No files chosen.", self)
        self.files_label.setWordWrap(True)
        self.changes_model = ChangesModel(self)
        self.changes = ChangesTable(self)
        self.changes.setAccessibleName("Changes to import")
        self.changes.setModel(self.changes_model)
        self.changes_model.ticks_changed.connect(self._show_summary)
        self.changes.setWordWrap(True)
        # A long action wraps into a row taller than a small screen's table: scroll through it, not past it.
        self.changes.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.changes.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self.changes.resizeRowsToContents())
        self.changes.verticalHeader().hide()
        self._size_columns()
        self.returns_list = ReturnsList(self.changes_model, self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Problems found")
        self.problems.setWordWrap(True)
        # A problem can wrap to more lines than the list is high: scrolled by the pixel, all of it is read.
        self.problems.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.summary = QLabel(self)
        # It names the workbook being read: unwrapped, a long name would widen the dialog off a small screen.
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("&Import changes", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.add_button)
        file_row.addWidget(self.clear_button)
        file_row.addWidget(self.stop_button)
        file_row.addWidget(self.files_label, 1)
        layout.addLayout(file_row)
        # The changes above; each lead's return (to leave one out whole) beside the problems below.
        # A splitter, so the user can give either more room on a short screen.
        upper, lower = QWidget(self), QWidget(self)
        upper_layout, lower_layout = QVBoxLayout(upper), QGridLayout(lower)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        changes_label = QLabel("&Changes that will be made:", self)
        changes_label.setBuddy(self.changes)
        upper_layout.addWidget(changes_label)
        upper_layout.addWidget(self.changes)
        returns_label = QLabel("&Returns (untick one to leave it out):", self)
        returns_label.setBuddy(self.returns_list)
        problems_label = QLabel("&Problems:", self)
        problems_label.setBuddy(self.problems)
        lower_layout.addWidget(returns_label, 0, 0)
        lower_layout.addWidget(problems_label, 0, 1)
        lower_layout.addWidget(self.returns_list, 1, 0)
        lower_layout.addWidget(self.problems, 1, 1)
        lower_layout.setColumnStretch(0, 1)
        lower_layout.setColumnStretch(1, 1)
        for small in (self.returns_list, self.problems):
            small.setMinimumHeight(small.fontMetrics().height() * 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([3000, 1000])  # in proportion: three quarters to the changes
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 620)

    def add_files(self) -> None:
        chosen = prompts.open_paths(self, "Choose returned workbooks", XLSX_FILTER)
        if chosen:
            self.set_paths([*self.paths, *(p for p in chosen if p not in self.paths)])

    def set_paths(self, paths: list[Path]) -> None:
        """Read the chosen workbooks on the thread pool (many returns take a while); the preview follows."""
        self.paths = list(paths)
        self.files_label.setText(", ".join(p.name for p in self.paths) or "No files chosen.")
        self._show(None)
        self._generation += 1
        self._stop_reading.set()  # a read still running for the previous choice stops at its next file
        self._stop_reading = stop = threading.Event()
        if not self.paths:
            self.stop_button.setEnabled(False)
            self.summary.setText("")
            self.preview_ready.emit()
            return
        generation = self._generation
        self.summary.setText(f"Reading {len(self.paths)} workbook(s)…")
        self.stop_button.setEnabled(True)
        ctx, plan_uuid, chosen, progress = self.ctx, self.plan_uuid, tuple(self.paths), self.reading_progress

        def keep_reading(index: int, total: int, name: str) -> bool:
            progress.emit(generation, index, total, name)
            return not stop.is_set()

        run_in_background(
            lambda: preview_returns(ctx, plan_uuid, list(chosen), keep_reading),
            lambda preview: self._previewed(generation, preview),
            lambda message: self._failed(generation, message),
            lambda exc: STOPPED if isinstance(exc, ReturnsReadStopped) else str(exc),
        )

    def _show_progress(self, generation: int, index: int, total: int, name: str) -> None:
        if generation == self._generation and not self._stop_reading.is_set():
            self.summary.setText(f"Reading {index + 1} of {total}: {name}…")

    def _previewed(self, generation: int, preview: ReturnsPreview) -> None:
        if generation != self._generation:  # the files changed while these were being read
            return
        self.stop_button.setEnabled(False)
        self._show(preview)
        self._show_summary()
        self.preview_ready.emit()

    def _show_summary(self) -> None:
        if self.preview is None:
            return
        accepted, total = self.changes_model.accepted_count(), len(self.preview.changes)
        text = f"{accepted} action(s) will be updated."
        if accepted < total:
            text += f" {total - accepted} row(s) left out."
        self.summary.setText(text)
        self.import_button.setEnabled(accepted > 0)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.stop_button.setEnabled(False)
        if message == STOPPED:
            self.summary.setText("Reading stopped: nothing will be imported. Add files or Clear to start again.")
            self.preview_ready.emit()
            return
        self.summary.setText("The workbooks could not be read.")
        QListWidgetItem(f"Not imported — {message}", self.problems)
        self.preview_ready.emit()

    def _show(self, preview: ReturnsPreview | None) -> None:
        self.preview = preview
        self.changes_model.set_preview(preview)
        self._size_columns()  # the refs' width is known now
        self.changes.resizeRowsToContents()
        self.problems.clear()
        for problem in preview.problems if preview else ():
            prefix = "Not imported" if problem.blocking else "Note"
            QListWidgetItem(f"{prefix} — {problem.describe()}", self.problems)
        self.import_button.setEnabled(bool(preview and preview.can_apply))

    # Shares of what Ref and Revised timescale leave (they take what their contents and headings
    # need) for Action, Status and Progress note; "From" has the rest, about a quarter. Shares of the
    # whole width left "From" four letters wide at 200% scaling.
    COLUMN_SHARES = {1: 0.3, 2: 0.15, 3: 0.3}

    def _size_columns(self) -> None:
        """Columns in proportion to the table's width, so on a small screen "From" is not squeezed out."""
        header = self.changes.horizontalHeader()
        taken = 0
        for column in (0, 4):
            needed = max(self.changes.sizeHintForColumn(column), header.sectionSizeFromContents(column).width())
            self.changes.setColumnWidth(column, needed)
            taken += needed
        rest = max(self.changes.viewport().width() - taken, self.fontMetrics().averageCharWidth() * 40)
        for column, share in self.COLUMN_SHARES.items():
            self.changes.setColumnWidth(column, max(round(rest * share), self._widest_word(column)))

    def _widest_word(self, column: int) -> int:
        """The width the column's longest word needs, so a short status ("unchanged") is never cut."""
        model, metrics = self.changes_model, self.changes.fontMetrics()
        words = {word for row in range(model.rowCount()) for word in str(model.index(row, column).data()).split()}
        margin = 2 * self.changes.style().pixelMetric(self.changes.style().PixelMetric.PM_FocusFrameHMargin) + 4
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + margin

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._size_columns()

    def reject(self) -> None:
        self._stop_reading.set()  # closing the dialog does not leave the thread pool reading on
        super().reject()

    def apply(self) -> None:
        if self.preview is None or not self.preview.can_apply or not self.changes_model.accepted_count():
            return
        self.import_button.setEnabled(False)
        self.run_command_in_background(
            returns_command(self.preview, left_out=frozenset(self.changes_model.left_out)),
            "Importing returns",
            self._applied,
            self,
        )

    def _applied(self, outcome: CommandOutcome) -> None:
        if outcome:
            self.accept()
        else:
            self.import_button.setEnabled(True)


def open_request_dialog(window: MainWindow) -> RequestUpdatesDialog | None:
    if window.plan_uuid is None:
        return None
    dialog = RequestUpdatesDialog(window.ctx, window.plan_uuid, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialogs["returns"] = dialog
    dialog.open()
    return dialog


def open_import_dialog(window: MainWindow) -> ImportReturnsDialog | None:
    if window.plan_uuid is None:
        return None
    dialog = ImportReturnsDialog(window.ctx, window.plan_uuid, window.run_command_in_background, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialogs["returns"] = dialog
    dialog.open()
    dialog.add_files()
    return dialog
