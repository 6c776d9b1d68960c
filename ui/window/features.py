"""Features that plug themselves into the main window.

Each feature module defines ``install(window: MainWindow) -> None`` and is listed here, one line
each. MainWindow calls them in order after building its own menus and tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.editing import history_dialog
from ui.exporting import menu as export_menu
from ui.importing import wizard as import_wizard
from ui.plan_files import dialogs as plan_file_dialogs
from ui.plan_setup.install import install as install_plan_dialogs
from ui.reporting.menu import install as install_report_menu
from ui.returns import dialogs as returns_dialogs
from ui.storage import backup_dialogs, live_refresh, team_dialog
from ui.timeline.install import install as install_timeline
from ui.window import shortcuts_dialog

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

INSTALLERS: list[Callable[[MainWindow], None]] = [
    install_plan_dialogs,
    install_report_menu,
    install_timeline,
    import_wizard.install,
    backup_dialogs.install,
    team_dialog.install,
    live_refresh.install,
    export_menu.install,
    returns_dialogs.install,
    plan_file_dialogs.install,
    history_dialog.install,
    shortcuts_dialog.install,
]
