"""Features that plug themselves into the main window.

Each feature module defines ``install(window: MainWindow) -> None`` and appends it here (one line
each, so parallel work only ever conflicts on a line). MainWindow calls them in order after
building its own menus and tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.dialogs.install import install as install_plan_dialogs
from ui.report_menu import install as install_report_menu
from ui.timeline.install import install as install_timeline

if TYPE_CHECKING:
    from ui.main_window import MainWindow

INSTALLERS: list[Callable[[MainWindow], None]] = [
    install_plan_dialogs,
    install_report_menu,
    install_timeline,
]

from ui import import_wizard  # noqa: E402

INSTALLERS.append(import_wizard.install)

from ui import backup_dialogs  # noqa: E402

INSTALLERS.append(backup_dialogs.install)

from ui import export_menu  # noqa: E402

INSTALLERS.append(export_menu.install)

from ui import returns_dialogs  # noqa: E402

INSTALLERS.append(returns_dialogs.install)

from ui import plan_file_dialogs  # noqa: E402

INSTALLERS.append(plan_file_dialogs.install)
