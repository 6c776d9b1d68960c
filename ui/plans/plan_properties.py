"""File ▸ Plan properties: edit the open plan's title, partnership, period, version, marking and approval."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from app.context import AppContext
from app.editing.commands import CommandError, SetFields
from app.plans.listing import get_plan
from ui.common.dialog_base import EditorDialog
from ui.plans.plan_form import PlanForm


class PlanPropertiesDialog(EditorDialog):
    watched = frozenset({"plan"})

    def __init__(self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, "Plan properties")
        self.form = PlanForm()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.undo_button.hide()  # Save and Cancel say it all here; undo stays in Edit ▸ Undo
        self.save_button = self.buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName("Save plan properties")
        self.buttons.accepted.connect(self._save)
        body = QVBoxLayout()
        body.addWidget(self.form)
        self.finish_layout(body)
        self.save_button.setDefault(True)  # only takes once the button is inside the dialog
        self.refresh()

    def refresh(self) -> None:
        self.form.load(get_plan(self.ctx.db, self.plan_uuid))

    def _save(self) -> None:
        try:
            values = self.form.values()
        except CommandError as exc:
            self.show_problem(str(exc))
            return
        current = get_plan(self.ctx.db, self.plan_uuid)
        changed = {name: value for name, value in values.items() if getattr(current, name) != value}
        if not changed or self.run(SetFields("plan", self.plan_uuid, changed, label="Edit plan properties")):
            self.accept()
