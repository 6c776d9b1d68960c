"""File ▸ Restore from backup…: the backups with dates and plan summaries, restore, retention.

Also the start-up checks that belong with backups: the synced-folder warning on the window, and
(in ``ui.window.application``) the one-instance lock and the offer to restore over a damaged database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.storage.backups import MAX_RETENTION, MIN_RETENTION, BackupInfo, list_backups
from app.storage.restore import RestoreError, backup_retention, restore_in_place, set_backup_retention
from app.storage.synced_folders import synced_folder_warning
from ui.common import prompts
from ui.common.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

REASONS = {
    "daily": "Daily",
    "before-migration": "Before upgrade",
    "before-restore": "Before a restore",
    "manual": "Made by hand",
}
COLUMNS = ("Taken", "Why", "Plans in it", "Size")


def describe_reason(reason: str) -> str:
    return REASONS.get(reason, reason.replace("-", " ").capitalize())


def describe_when(info: BackupInfo) -> str:
    return info.taken_at.strftime("%a %d %b %Y, %H:%M")


class RestoreBackupDialog(QDialog):
    """Lists backups newest first; Restore asks for confirmation and replaces the data."""

    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.setWindowTitle("Restore from backup")
        self.setAccessibleName("Restore from backup")
        fit_to_screen(self, 820, 420)

        intro = QLabel(
            "Delivery Desk backs up your data on the first open of each day and before every import, "
            "merge, upgrade and restore. Restoring replaces all current data with the chosen backup; "
            "the current data is backed up first, so a restore can itself be undone.",
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName("Backups")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_label = QLabel("No backups yet: one is taken on the first open of each day.", self)

        self.retention = QSpinBox(self)
        self.retention.setRange(MIN_RETENTION, MAX_RETENTION)
        self.retention.setAccessibleName("Number of backups to keep")
        self.retention.setValue(backup_retention(ctx.db))
        self.retention.valueChanged.connect(self._on_retention_changed)
        retention_label = QLabel("&Keep the newest", self)
        retention_label.setBuddy(self.retention)
        retention_row = QHBoxLayout()
        retention_row.addWidget(retention_label)
        retention_row.addWidget(self.retention)
        retention_row.addWidget(QLabel("backups (older ones are removed when the next backup is taken)", self), 1)

        self.backup_now_button = QPushButton("&Back up now", self)
        self.backup_now_button.setAccessibleName("Back up now")
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton("&Restore…", self)
        self.restore_button.setAccessibleName("Restore the selected backup")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(retention_row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.ctx.paths)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (describe_when(info), describe_reason(info.reason), info.summary(), f"{info.size / 1024:,.0f} KB")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{info.path.name}\n{info.summary()}")
                if not info.usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.backups)
        first_usable = next((row for row, info in enumerate(self.backups) if info.usable), None)
        if first_usable is not None:
            self.table.selectRow(first_usable)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info if info.usable else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _on_retention_changed(self, value: int) -> None:
        set_backup_retention(self.ctx.db, value)

    def backup_now(self) -> None:
        try:
            made = self.ctx.db.backup("manual")
        except OSError as exc:
            prompts.error(self, "Backup failed", f"The backup could not be written: {exc}")
            return
        if made is None:
            prompts.info(self, "Nothing to back up", "There are no plans to back up yet.")
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        question = (
            f"Replace all current data with the backup taken {describe_when(info)}?\n\n"
            f"It holds: {info.summary()}.\n\n"
            "Everything changed since then will be replaced. The current data is backed up first, "
            "so you can restore it again from this list."
        )
        if not prompts.confirm(self, "Restore from backup", question, ok_text="Restore"):
            return
        try:
            restore_in_place(self.ctx, info)
        except (RestoreError, OSError) as exc:
            prompts.error(self, "Restore failed", str(exc))
            self.refresh()
            return
        self.restored.emit()
        self.accept()


def _reopen_after_restore(window: MainWindow) -> None:
    """Undo history refers to the replaced data, so it goes; show the same plan if the backup has it."""
    from app.plans.listing import list_plans

    plans = [plan.uuid for plan in list_plans(window.ctx.db)]
    current = window.plan_uuid if window.plan_uuid in plans else (plans[0] if plans else None)
    window.open_plan(current)
    window.statusBar().showMessage("Backup restored. The data before the restore was backed up first.", 15000)


def show_restore_dialog(window: MainWindow) -> RestoreBackupDialog:
    dialog = RestoreBackupDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(lambda: _reopen_after_restore(window))
    dialog.open()
    return dialog


def warn_if_synced(window: MainWindow) -> str | None:
    warning = synced_folder_warning(window.ctx.paths.data_dir)
    if warning:
        prompts.error(window, "Your data folder is in a synced folder", warning)
    return warning
