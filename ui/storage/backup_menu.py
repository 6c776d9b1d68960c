"""File ▸ Restore from backup… on the window before its data is open (over start-up's first read):
the dialog's module, which loads the database code, is imported when the entry is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ui.window.feature_api import ActionSpec

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    def restore() -> None:
        from ui.storage.backup_dialogs import show_restore_dialog

        show_restore_dialog(window)

    window.declare(
        ActionSpec(
            "restore_backup",
            "Restore from &backup…",
            restore,
            "file",
            "backup",
            tip="See the automatic backups and restore one",
        )
    )


def install_for_data(window: MainWindow) -> None:
    """The synced-folder warning, about the data folder that was opened."""
    from ui.storage.backup_dialogs import warn_if_synced

    # After the window is shown, so the warning sits over it rather than before it.
    QTimer.singleShot(0, lambda: warn_if_synced(window))
