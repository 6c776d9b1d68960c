"""What every plan editor dialog shares: live data, the window's undo stack, inline refusals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.screen_fit import scrolling
from ui.editing.undo_actions import redo_shortcuts, run_big_steps_off_the_ui_thread
from ui.window.change_signal import ChangeSignal

if TYPE_CHECKING:
    from app.context import AppContext
    from app.editing.commands import Command
    from app.editing.events import Change


def make_button(text: str, slot: Callable[[], object], accessible_name: str | None = None) -> QPushButton:
    """A push button that Enter in a text field never presses by accident (no auto-default)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setAccessibleName(accessible_name or text.replace("&", "").rstrip("…."))
    button.clicked.connect(lambda _checked=False: slot())
    return button


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


class EditorDialog(QDialog):
    """A dialog showing one plan's data from app/ queries, refreshed whenever a command changes it.

    Subclasses build their widgets, call ``finish_layout`` and implement ``refresh``; every
    change goes through ``run`` so it lands on the window's undo stack, and a refusal is shown
    in the dialog's message line rather than in a modal box the user must dismiss.
    """

    # Entity names whose changes make this dialog reload (empty: every change to the plan).
    watched: frozenset[str] = frozenset()

    def __init__(
        self, ctx: AppContext, plan_uuid: str | None, undo_stack: QUndoStack, parent: QWidget | None, title: str
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_uuid = plan_uuid
        self.undo_stack = undo_stack
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName("Message")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setAccessibleName("Close")
        # Actions made by the stack itself: their text ("Undo Rename priority") and enabled state
        # follow the stack in C++, so nothing breaks whichever of stack and dialog is destroyed first.
        self.undo_action = undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcuts(redo_shortcuts())
        for action, forward in ((self.undo_action, False), (self.redo_action, True)):
            run_big_steps_off_the_ui_thread(action, undo_stack, forward, self, self.show_problem)
        self.addActions([self.undo_action, self.redo_action])
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_button.setAccessibleName("Undo")
        self._changes = ChangeSignal(ctx.bus, self)
        self._changes.changed.connect(self._on_change)

    def finish_layout(self, body: QLayout) -> None:
        layout = QVBoxLayout(self)
        # The body scrolls on a small screen (200% scaling) so Close and Undo stay in reach.
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.message)
        footer = QHBoxLayout()
        footer.addWidget(self.undo_button)
        footer.addWidget(self.buttons, 1)
        layout.addLayout(footer)

    def run(self, command: Command, text: str | None = None) -> bool:
        """Push ``command`` on the undo stack; on refusal say why in the dialog and return False."""
        from app.editing.commands import CommandError
        from ui.editing.undo import push_command

        try:
            push_command(self.undo_stack, self.ctx.commands, command, text)
        except CommandError as exc:
            self.show_problem(str(exc))
            return False
        self.show_problem("")
        return True

    def show_problem(self, text: str) -> None:
        # The warning sign and wording carry the meaning; bold without a fixed colour reads in dark palettes too.
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setStyleSheet("font-weight: bold;" if text else "")
        self.message.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("")
        self.message.setVisible(bool(text))

    def refresh(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must reload its data in refresh()")

    def _on_change(self, change: Change) -> None:
        if change.plan_uuid not in (None, self.plan_uuid):
            return
        if self.watched and not (change.entities & self.watched):
            return
        self.refresh()
