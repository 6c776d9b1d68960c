"""The "Suggested merges" panel of the Leads dialog: spellings of one lead that became several leads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.plan_setup.lead_admin import MergeSuggestion, merge_suggestions
from app.plan_setup.leads import merge_leads_command
from models.snapshots.rows import LeadRow
from ui.common import prompts
from ui.common.dialog_base import make_button, named

if TYPE_CHECKING:
    from ui.plan_setup.leads import LeadsDialog


def _actions(count: int) -> str:
    return f"{count} action{'' if count == 1 else 's'}"


class MergePanel(QGroupBox):
    def __init__(self, dialog: LeadsDialog) -> None:
        super().__init__("Suggested merges")
        self.dialog = dialog
        self.suggestions: list[MergeSuggestion] = []
        self.list = named(QListWidget(), "Suggested merges", "Leads whose names look like spellings of one lead")
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.list.itemDoubleClicked.connect(lambda _item: self.merge_suggested())
        self.none_found = QLabel("No leads look like spellings of each other.")
        self.merge_button = make_button("Mer&ge suggested…", self.merge_suggested, "Merge the suggested leads")
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_found)
        layout.addLayout(row)

    def refresh(self, rows: list[LeadRow]) -> None:
        self.suggestions = merge_suggestions(rows)
        self.list.clear()
        for suggestion in self.suggestions:
            item = QListWidgetItem(suggestion.description)
            item.setToolTip(f"Keep “{suggestion.names[0]}” and merge the others into it")
            self.list.addItem(item)
        if self.suggestions:
            self.list.setCurrentRow(0)
        self.none_found.setVisible(not self.suggestions)
        self.list.setVisible(bool(self.suggestions))
        self.merge_button.setVisible(bool(self.suggestions))

    def merge_suggested(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.suggestions):
            return
        suggestion = self.suggestions[row]
        by_uuid = {lead.uuid: lead for lead in self.dialog.rows}
        self.merge(by_uuid[suggestion.keep_uuid], [by_uuid[u] for u in suggestion.merge_uuids])

    def merge(self, keep: LeadRow, others: list[LeadRow]) -> None:
        """Ask, then merge ``others`` into ``keep`` as one undo step."""
        listed = "\n".join(f"• {lead.name} ({_actions(lead.action_count)})" for lead in others)
        question = (
            f"Merge into “{keep.name}” ({_actions(keep.action_count)}):\n{listed}\n\n"
            "Their actions move to it and their names become its other spellings. Undo reverses the merge."
        )
        if prompts.confirm(self.dialog, "Merge leads", question, ok_text="Merge"):
            command = merge_leads_command(self.dialog.ctx.db, keep.uuid, [lead.uuid for lead in others])
            self.dialog.run(command)
            self.dialog.select_lead(keep.uuid)
