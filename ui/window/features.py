"""Features that plug themselves into the main window.

Each feature module defines ``install(window: MainWindow) -> None`` and is listed here, one line
each. MainWindow calls them in order after building its own menus and tabs: at start-up over the
first read, before the data is open and before SQLAlchemy loads (``window.ctx`` is still None). So
an installer only adds menu items, and neither it nor its module imports the database code: what
they open (and the file-format libraries behind it) is imported when first chosen, once the window
has waited for the data (``WindowActions`` runs a declared action's trigger after
``MainWindow.wait_for_data``). ``tests/window/test_startup.py`` fails if this module loads SQLAlchemy.

What depends on which database was opened (a team database's live refresh and offline copy, the
way back to this laptop's file) is installed by ``install_for_data`` once it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.editing import history_dialog
from ui.exporting import menu as export_menu
from ui.importing.install import install as install_import_wizard
from ui.plan_files.install import install as install_plan_files
from ui.plan_setup.install import install as install_plan_dialogs
from ui.plans import lifecycle as plan_lifecycle
from ui.reporting.menu import install as install_report_menu
from ui.returns.install import install as install_returns
from ui.storage import backup_menu, team_install
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
    backup_menu.install,
    team_install.install,
    export_menu.install,
    install_returns,
    install_plan_files,
    history_dialog.install,
    shortcuts_dialog.install,
    profile_dialog.install,
]


def install_for_data(window: MainWindow) -> None:
    """Once ``window.ctx`` is open: what each feature adds for that database, in this order (the
    offline switch follows the live refresh it watches)."""
    from ui.offline import auto as offline_switch
    from ui.offline.menu import install as install_offline_copy
    from ui.storage import live_refresh

    for install in (
        backup_menu.install_for_data,
        team_install.install_for_data,
        live_refresh.install,
        install_offline_copy,
        offline_switch.install,
    ):
        install(window)
