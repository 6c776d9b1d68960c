"""File ▸ Connect to team database…: the plans on a shared PostgreSQL server instead of this laptop's file.

The dialog opens a new AppContext on the server (migrating it as any start-up does) and, once
connected, a fresh main window on it takes the place of this one: every view, dialog and undo
step belongs to one database. The password goes to the keyring; only the address is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.context import AppContext
from app.storage.database import DatabaseError, DatabaseTooNewError
from app.storage.team_database import TeamDatabaseError, display_url, parse_team_url
from app.storage.team_roles import role_of
from ui.storage.team_url import TEAM_URL_KEY, remembered_team_url
from ui.window.settings import app_settings

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

PLACEHOLDER = "postgresql://your.login@db.council.gov.uk/delivery_plans?sslmode=verify-full"


class ConnectTeamDialog(QDialog):
    connected = Signal(object)  # the new AppContext

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Connect to team database")
        intro = QLabel(
            "Work on a plan shared by your team on your council's PostgreSQL server. Your IT department "
            "gives you the address (see docs/team-database.md). The password is kept in this computer's "
            "keyring, never in a settings file; leave it empty with a service file or password file.",
            self,
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(PLACEHOLDER)
        self.url_edit.setAccessibleName("Team database address")
        current = window.ctx.db.url
        self.url_edit.setText(display_url(current) if current is not None else remembered_team_url() or "")
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Connection problem")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow("&Address:", self.url_edit)
        form.addRow("&Password:", self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton("&Connect", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def try_connect(self) -> AppContext | None:
        """Open the team database; on failure say why in the dialog and keep it open."""
        text = self.url_edit.text().strip()
        if not text:
            self.message.setText("Type the address your IT department gave you.")
            return None
        try:
            url = parse_team_url(text)
            if self.password_edit.text():
                url = url.set(password=self.password_edit.text())
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                ctx = AppContext.open(self.window_.ctx.paths.data_dir, database_url=url)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except (TeamDatabaseError, DatabaseError, DatabaseTooNewError) as exc:
            self.message.setText(str(exc))
            return None
        app_settings().setValue(TEAM_URL_KEY, display_url(ctx.db.url))
        self.accept()
        self.connected.emit(ctx)
        return ctx


def replace_window(window: MainWindow, ctx: AppContext, keep_history: bool = False) -> MainWindow:
    """A main window on ``ctx`` in place of ``window``; the old window's database is closed.

    ``keep_history``: ``ctx`` holds the same plan (the laptop copy of the team database, or the team
    database again), so the undo history goes on there. Its steps name records by UUID and carry the
    values they wrote, so an undo on the other database still never overwrites a colleague's change."""
    from ui.editing.undo import carry_history
    from ui.window.main_window import MainWindow

    history = None
    if keep_history and window.plan_uuid is not None:
        history = window.undo_stack
        carry_history(history, ctx.commands)
    successor = MainWindow(ctx, undo_stack=history)
    successor.setGeometry(window.geometry())
    old_ctx = window.ctx
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ctx.close)
    successor.show()
    window.close()
    window.deleteLater()
    old_ctx.close()
    window.panels["successor"] = successor
    return successor


def show_connect_dialog(window: MainWindow) -> ConnectTeamDialog:
    dialog = ConnectTeamDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.connected.connect(lambda ctx: replace_window(window, ctx))
    dialog.open()
    return dialog


def where_label(window: MainWindow) -> QLabel:
    db = window.ctx.db
    if db.is_server:
        role = role_of(db.engine)
        text = f"Team database: {db.url.host or 'local'}/{db.url.database} as {window.ctx.user}"
        text += f" ({role})" if role else ""
    elif window.ctx.standing_in_for is not None:
        text = "This laptop's copy of the team database"
    else:
        text = "This laptop's database"
    label = QLabel(text, window)
    label.setAccessibleName("Where the plans are kept")
    return label


def use_laptop_database(window: MainWindow) -> MainWindow | None:
    """Back to this laptop's own database file; the team database is no longer opened at start-up."""
    app_settings().remove(TEAM_URL_KEY)
    try:
        ctx = AppContext.open(window.ctx.paths.data_dir, database_url="")
    except (DatabaseError, DatabaseTooNewError, OSError) as exc:
        from ui.common import prompts

        prompts.error(window, "Cannot open this laptop's database", str(exc))
        return None
    return replace_window(window, ctx)
