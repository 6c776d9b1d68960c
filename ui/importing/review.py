"""The import wizard's last page: title, lead spellings to merge, unread timescales, notes, then Import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWizardPage

from ui.common.screen_fit import scrolling_layout
from ui.importing.pages import counts_text, error_label, plural

if TYPE_CHECKING:
    from ui.importing.wizard import ImportWizard


class ReviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Review and import")
        self.setFinalPage(True)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("New plan title")
        self.title_edit.textEdited.connect(self._title_edited)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What will be imported")
        self.leads = QListWidget()
        self.leads.setAccessibleName("Lead spellings to merge")
        self.leads.itemChanged.connect(self._lead_group_toggled)
        self.timescales = QListWidget()
        self.timescales.setAccessibleName("Timescales that could not be read")
        self.notes = QListWidget()
        self.notes.setAccessibleName("Notes on how the file was read")
        self.notes.setWordWrap(True)
        self.error = error_label("Import problem")
        form = QFormLayout()
        form.addRow("Plan &title:", self.title_edit)
        layout = scrolling_layout(self)  # scrolls on a small screen instead of growing the wizard
        layout.addLayout(form)
        layout.addWidget(self.summary)
        for caption, widget in (
            ("Leads spelled several ways — tick to merge each group into one lead (first name kept):", self.leads),
            (
                "Timescales that could not be read (kept as written, with no date; check them after importing):",
                self.timescales,
            ),
            ("How the file was read:", self.notes),
        ):
            label = QLabel(caption)
            label.setWordWrap(True)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        preview = self.w.preview
        self.title_edit.setText(self.w.title or preview.title)
        self.title_edit.setEnabled(self.w.target_plan() is None)
        self.leads.blockSignals(True)
        self.leads.clear()
        for group in preview.lead_groups:
            item = QListWidgetItem(f"{group[0]}  ←  {', '.join(group[1:])}")
            item.setData(Qt.ItemDataRole.UserRole, group)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group in self.w.accepted_groups else Qt.CheckState.Unchecked)
            self.leads.addItem(item)
        if not preview.lead_groups:
            self.leads.addItem("No lead appears under several spellings.")
        self.leads.blockSignals(False)
        self.timescales.clear()
        for unparsed in preview.unparsed_timescales:
            self.timescales.addItem(f"{unparsed.ref}: '{unparsed.text}' — {unparsed.location}")
        if not preview.unparsed_timescales:
            self.timescales.addItem("Every timescale given was read.")
        undated = sum(1 for action in preview.draft.actions if not action.timescale.strip())
        if undated:
            self.timescales.addItem(
                f"{plural(undated, 'action')} {'has' if undated == 1 else 'have'} no timescale in the file."
            )
        self.notes.clear()
        addition = self.w.addition()
        differences = [
            f"{d.ref} is already in the plan and is left unchanged; "
            + "; ".join(f"{label}: plan '{old}', file '{new}'" for label, old, new in d.fields)
            for d in (addition.existing if addition else ())
        ]
        self.notes.addItems(differences + list(preview.notes) or ["Nothing unusual."])
        self.error.setText("")
        self._show_summary()

    def _title_edited(self, text: str) -> None:
        self.w.title = text.strip()
        self.w.refresh()

    def _lead_group_toggled(self, item: QListWidgetItem) -> None:
        group = item.data(Qt.ItemDataRole.UserRole)
        if group is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.w.accepted_groups.add(group)
        else:
            self.w.accepted_groups.discard(group)
        self.w.refresh()
        self._show_summary()

    def _show_summary(self) -> None:
        preview = self.w.preview
        addition = self.w.addition()
        if addition is None:
            text = f"A new plan will be created with {counts_text(preview)}"
        else:
            existing = len(addition.existing)
            text = (
                f"{plural(len(addition.added_refs), 'new action')} will be added to the open plan. "
                f"{plural(existing, 'action')} already in the plan {'differs' if existing == 1 else 'differ'} "
                "from the file and will be left unchanged (details under 'How the file was read')."
            )
        self.summary.setText(f"{text} Edit > Undo takes the whole import back.")

    def show_error(self, message: str) -> None:
        self.error.setText(f"Cannot import: {message}")
