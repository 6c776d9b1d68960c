"""Features that plug themselves into the main window.

Each feature module defines ``install(window: MainWindow) -> None`` and is listed here, one line
each. MainWindow calls them in order after building its own menus and tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui import (
    backup_dialogs,
    export_menu,
    history_dialog,
    import_wizard,
    plan_file_dialogs,
    returns_dialogs,
    shortcuts_dialog,
)
from ui.dialogs.install import install as install_plan_dialogs
from ui.report_menu import install as install_report_menu
from ui.timeline.install import install as install_timeline

if TYPE_CHECKING:
    from ui.main_window import MainWindow

INSTALLERS: list[Callable[[MainWindow], None]] = [
    install_plan_dialogs,
    install_report_menu,
    install_timeline,
    import_wizard.install,
    backup_dialogs.install,
    export_menu.install,
    returns_dialogs.install,
    plan_file_dialogs.install,
    history_dialog.install,
    shortcuts_dialog.install,
]
