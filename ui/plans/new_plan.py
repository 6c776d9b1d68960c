"""File ▸ New plan: an empty plan created in one command, then opened by the window."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from app.editing.commands import CommandError
from app.plans.builder import CreatePlan
from app.plans.draft import PlanDraft
from ui.common.screen_fit import scrolling
from ui.editing.undo import push_command
from ui.plans.plan_form import PlanForm


class NewPlanDialog(QDialog):
    """Asks for the plan's fields; after ``accept`` the new plan's id is in ``created_uuid``."""

    def __init__(
        self, ctx: AppContext, plan_uuid: str | None, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        del plan_uuid  # a new plan does not depend on the open one; the argument keeps dialogs uniform
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.created_uuid: str | None = None
        self.setWindowTitle("New plan")
        self.setAccessibleName("New plan")
        intro = QLabel("Give the plan a title. You can add priorities, objectives and leads from the Plan menu.")
        intro.setWordWrap(True)
        self.form = PlanForm()
        self.form.set_defaults(date.today())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Message")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton("&Create plan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setAccessibleName("Create plan")
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.addWidget(intro)
        body.addWidget(self.form)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.create_button.setDefault(True)  # only takes once the button is inside the dialog
        self.form.title.setFocus()

    def _create(self) -> None:
        try:
            values = self.form.values()
            uuid = str(uuid4())
            command = CreatePlan(PlanDraft(**values), uuid=uuid, label=f"Create plan {values['title']}")
            push_command(self.undo_stack, self.ctx.commands, command)
        except CommandError as exc:
            self.message.setText(f"⚠ {exc}")
            self.message.show()
            return
        self.created_uuid = uuid
        self.accept()
