"""Your details (name, role, email, partnership): asked once at first start, then File ▸ Your details….

They go beside every change in the history, on update-request workbooks and email drafts, and
into the report's author line, instead of the computer's login name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.profile import OfficerProfile
from ui.common.dialog_base import named
from ui.common.screen_fit import fit_to_screen
from ui.window.feature_api import ActionSpec

if TYPE_CHECKING:
    from app.context import AppContext
    from ui.window.main_window import MainWindow


class ProfileDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, first_start: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Welcome to Delivery Desk" if first_start else "Your details")
        self.setAccessibleName("Your details")
        intro = QLabel(
            "Who is using Delivery Desk? Your name goes beside each change you make, and your name, role "
            "and email on the update requests you send and the reports you write. You can change them "
            "later in File ▸ Your details."
        )
        intro.setWordWrap(True)
        profile = ctx.profile or OfficerProfile("")
        self.name = named(QLineEdit(profile.name), "Your name", "As colleagues know you, e.g. Jo Bloggs")
        self.role = named(QLineEdit(profile.role), "Your role", "e.g. Community Safety Partnership Officer")
        self.email = named(QLineEdit(profile.email), "Your email", "Where leads reply to")
        self.partnership = named(
            QLineEdit(profile.partnership), "Your partnership", "e.g. BCP Community Safety Partnership"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Role:", self.role)
        form.addRow("&Email:", self.email)
        form.addRow("&Partnership:", self.partnership)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 300)
        self.name.setFocus()

    def profile(self) -> OfficerProfile:
        fields = (self.name, self.role, self.email, self.partnership)
        return OfficerProfile(*(" ".join(edit.text().split()) for edit in fields))

    def _save(self) -> None:
        profile = self.profile()
        if not profile.name:
            self.message.setText("⚠ Your name is needed: it is written beside every change you make.")
            self.message.show()
            self.name.setFocus()
            return
        if profile.email and "@" not in profile.email:
            self.message.setText(f"⚠ '{profile.email}' does not look like an email address.")
            self.message.show()
            self.email.setFocus()
            return
        try:
            self.ctx.set_profile(profile)
        except OSError as exc:
            self.message.setText(f"⚠ Your details could not be saved ({exc}).")
            self.message.show()
            return
        self.accept()


def show_profile(window: MainWindow, first_start: bool = False) -> ProfileDialog:
    dialog = ProfileDialog(window.ctx, window, first_start)
    dialog.accepted.connect(lambda: window.detail.progress.author.setText(window.ctx.user))
    dialog.open()
    window.profile_dialog = dialog
    return dialog


def ask_once(window: MainWindow) -> ProfileDialog | None:
    """At first start (no details saved yet) ask for them over the window."""
    return show_profile(window, first_start=True) if window.ctx.profile is None else None


def install(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "your_details",
            "Your &details…",
            lambda: show_profile(window),
            "file",
            "settings",
            tip="Your name, role and email, used in the history, update requests and reports",
        )
    )
