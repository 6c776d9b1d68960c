"""Features that plug themselves into the main window.

Each feature module defines ``install(window: MainWindow) -> None`` and is listed here, one line
each. MainWindow calls them in order after building its own menus and tabs. An installer only
adds menu items: what they open (and the file-format libraries behind it) is imported when first
chosen, so that start-up loads only what the first window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.editing import history_dialog
from ui.exporting import menu as export_menu
from ui.importing.install import install as install_import_wizard
from ui.offline import auto as offline_switch
from ui.offline.menu import install as install_offline_copy
from ui.plan_files.install import install as install_plan_files
from ui.plan_setup.install import install as install_plan_dialogs
from ui.plans import lifecycle as plan_lifecycle
from ui.reporting.menu import install as install_report_menu
from ui.returns.install import install as install_returns
from ui.storage import backup_dialogs, live_refresh, team_dialog
from ui.timeline.install import install as install_timeline
from ui.window import profile_dialog, shortcuts_dialog

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

INSTALLERS: list[Callable[[MainWindow], None]] = [
    install_plan_dialogs,
    plan_lifecycle.install,
    install_report_menu,
    install_timeline,
    install_import_wizard,
    backup_dialogs.install,
    team_dialog.install,
    live_refresh.install,
    install_offline_copy,
    offline_switch.install,
    export_menu.install,
    install_returns,
    install_plan_files,
    history_dialog.install,
    shortcuts_dialog.install,
    profile_dialog.install,
]
