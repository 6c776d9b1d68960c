"""Plan → "Request updates…" and "Import returns…": the lead update round trip in the window."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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
from ui.returns.request_dialog import RequestUpdatesDialog

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

XLSX_FILTER = "Excel workbooks (*.xlsx);;All files (*)"


class ChangesModel(QAbstractTableModel):
    """The changes an import would make, one row per action; each row's tick says it is accepted."""

    HEADERS = ("Ref", "Action", "Status", "Progress note", "Revised timescale", "From")
    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._files: list[str] = []
        self._markers: list[str] = []
        self.left_out: set[str] = set()  # markers of the rows the user unticked

    def set_preview(self, preview: ReturnsPreview | None) -> None:
        self.beginResetModel()
        self._rows = []
        self._files = []
        self._markers = []
        self.left_out = set()
        for change in preview.changes if preview else ():
            status = f"{change.status_from} → {change.status_to}" if change.status_to else "unchanged"
            if change.status_written:
                status += f" (lead wrote '{change.status_written}')"
            timescale = ""
            if change.timescale_to:
                timescale = f"{change.timescale_from or '(none)'} → {change.timescale_to}"
            source = f"{change.author}, row {change.sheet_row}"
            self._rows.append((change.ref, change.activity, status, change.note, timescale, source))
            self._files.append(change.file)
            self._markers.append(change.marker)
        self.endResetModel()

    def accepted_count(self) -> int:
        return sum(marker not in self.left_out for marker in self._markers)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        marker = self._markers[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.left_out.discard(marker)
        else:
            self.left_out.add(marker)
        self.dataChanged.emit(index, index, [role])
        self.ticks_changed.emit()
        return True

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            left_out = self._markers[index.row()] in self.left_out
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return "Ticked: this row is imported. Untick it (Space) to leave it out."
            if index.column() == len(self.HEADERS) - 1:
                return self._files[index.row()]
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


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
        self.changes = QTableView(self)
        self.changes.setAccessibleName("Changes to import")
        self.changes.setModel(self.changes_model)
        self.changes_model.ticks_changed.connect(self._show_summary)
        self.changes.setWordWrap(True)
        self.changes.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: self.changes.resizeRowsToContents())
        self.changes.verticalHeader().hide()
        for column, width in enumerate((60, 240, 150, 240, 140)):
            self.changes.setColumnWidth(column, width)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Problems found")
        self.problems.setWordWrap(True)
        self.summary = QLabel(self)
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
        changes_label = QLabel("&Changes that will be made:", self)
        changes_label.setBuddy(self.changes)
        layout.addWidget(changes_label)
        layout.addWidget(self.changes, 3)
        problems_label = QLabel("&Problems:", self)
        problems_label.setBuddy(self.problems)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
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
        self.changes.resizeRowsToContents()
        self.problems.clear()
        for problem in preview.problems if preview else ():
            prefix = "Not imported" if problem.blocking else "Note"
            QListWidgetItem(f"{prefix} — {problem.describe()}", self.problems)
        self.import_button.setEnabled(bool(preview and preview.can_apply))

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
