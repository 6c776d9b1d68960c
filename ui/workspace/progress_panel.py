"""An action's progress history (newest first) and the form to add a dated update."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.editing.command_errors import CommandError
from models.snapshots.rows import ActionRow, ProgressRow
from models.status import Status
from ui.common.key_bindings import KeyBindings
from ui.common.widgets import TypedDateEdit, date_field
from ui.workspace.table.model import format_date

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

NO_STATUS_CHANGE = "(status unchanged)"


def history_text(update: ProgressRow) -> str:
    head = format_date(update.date)
    if update.author:
        head += f" – {update.author}"
    if update.status:
        head += f" – {update.status}"
    return f"{head}\n{update.note}" if update.note else head


class ProgressPanel(QWidget):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.row: ActionRow | None = None
        self.setAccessibleName("Progress updates")
        self.title = QLabel("<b>Progress updates</b>")
        self.history = QListWidget()
        self.history.setAccessibleName("Progress history, newest first")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.date = TypedDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName("Update date")
        # Not known until the data is open (start-up's first read on screen): ``data_opened``.
        self.author = QLineEdit(window.ctx.user if window.ctx is not None else "")
        self.author.setAccessibleName("Update author")
        self.status = QComboBox()
        self.status.setAccessibleName("Status after this update")
        self.status.addItem(NO_STATUS_CHANGE, "")
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Update note")
        self.note.setPlaceholderText("What has happened since the last update?")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().height() * 5 + 12)
        # Ctrl+Enter adds the update without leaving the keyboard (Tab also reaches "Add update").
        KeyBindings(self.note).bind("Ctrl+Return", self.add_update).bind("Ctrl+Enter", self.add_update)
        self.add_button = QPushButton("Add update")
        self.add_button.setToolTip("Add this update (Ctrl+Enter in the note)")
        self.add_button.setAccessibleName("Add update")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Date", date_field(self.date))
        form.addRow("Author", self.author)
        form.addRow("Status", self.status)
        form.addRow("Note", self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.history, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_update)
        self.set_action(None)

    def set_action(self, row: ActionRow | None) -> None:
        changed_action = (row.uuid if row else None) != (self.row.uuid if self.row else None)
        self.row = row
        self.history.clear()
        for widget in (self.date, self.author, self.status, self.note, self.add_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.title.setText("<b>Progress updates</b>")
            return
        if self.window.ctx is None:
            self.history.addItem("Opening your plans…")  # read again by ``data_opened``
            return
        from app.queries.actions import progress_history

        updates = progress_history(self.window.ctx.db, row.uuid)
        self.title.setText(f"<b>Progress updates</b> ({len(updates)})")
        for update in updates:
            item = QListWidgetItem(history_text(update))
            item.setToolTip(f"Added by {update.author or 'unknown'}; source: {update.source or 'typed in'}")
            self.history.addItem(item)
        if not updates:
            self.history.addItem("No updates yet.")
        if changed_action:
            self.problem.hide()

    def data_opened(self) -> None:
        """The data is open (after start-up's first read): the author and the history can be read."""
        if not self.author.text():
            self.author.setText(self.window.ctx.user)
        self.set_action(self.row)

    def add_update(self) -> None:
        row = self.row
        if row is None or not self.window.wait_for_data():  # the author is filled in once the data is open
            return
        from app.editing.action_commands import progress_update_command

        note = self.note.toPlainText().strip()
        status = self.status.currentData() or None
        if not note and not status:
            self._problem("Write a note or choose a status for the update. Nothing was added.")
            return
        try:
            day = self.date.checked_date().toPython()
        except CommandError:
            return  # the date field says what is wrong with the date typed, under it
        command = progress_update_command(row, day, self.author.text().strip(), note, status)
        outcome = self.window.run_command(command)
        if outcome:
            self.note.clear()
            self.status.setCurrentIndex(0)
            self.problem.hide()
        else:
            self._problem(outcome.refusal)

    def _problem(self, text: str) -> None:
        self.problem.setText(f"⚠ {text}")
        self.problem.show()
