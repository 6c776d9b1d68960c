"""The team database's entries in File and the status bar's "where the plans are kept".

``install`` puts File ▸ Connect to team database… on the window before its data is open (over
start-up's first read), so it loads nothing of the database code: the dialog's module, which does,
loads when the entry is chosen. What depends on which database was opened (a way back to this
laptop's file, the label) is added by ``install_for_data`` once it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.window.feature_api import ActionSpec

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    def connect() -> None:
        from ui.storage.team_dialog import show_connect_dialog

        show_connect_dialog(window)

    window.declare(
        ActionSpec(
            "connect_team_database",
            "Connect to &team database…",
            connect,
            "file",
            "team",
            tip="Work on a plan shared by your team on a PostgreSQL server",
        )
    )


def install_for_data(window: MainWindow) -> None:
    from ui.storage.team_dialog import use_laptop_database, where_label

    if window.ctx.db.is_server or window.ctx.standing_in_for is not None:
        window.declare(
            ActionSpec(
                "use_laptop_database",
                "Use this &laptop's database",
                lambda: use_laptop_database(window),
                "file",
                "team",
                tip="Stop using the team database and open the plans kept on this computer",
            )
        )
    label = window.panels["team_location"] = where_label(window)
    window.statusBar().addPermanentWidget(label)
