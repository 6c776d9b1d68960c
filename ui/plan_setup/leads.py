"""Plan ▸ Leads: who leads actions — names, kinds, contact emails, other spellings, and merging duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.editing.commands import CommandError, CreateRecord, SetFields
from app.plan_setup.lead_admin import add_alias_command, alias_rows, email_warning
from app.plan_setup.leads import lead_rows
from app.plan_setup.structure_commands import delete_command
from models.snapshots.rows import LeadRow
from ui.common import prompts
from ui.common.dialog_base import EditorDialog, make_button, named
from ui.common.key_bindings import on_delete_key
from ui.common.screen_fit import fit_to_screen
from ui.plan_setup.lead_merges import MergePanel
from ui.plan_setup.stacking import stack_if_narrow

UUID_ROLE = Qt.ItemDataRole.UserRole
KINDS = (("Organisation", "organisation"), ("Group or board", "group"), ("Post (a named role)", "post"))
HEADERS = ("Lead", "Kind", "Email", "Other spellings", "Actions")


class LeadsDialog(EditorDialog):
    watched = frozenset({"lead", "lead_alias", "action"})

    def __init__(self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, "Leads")
        self.rows: list[LeadRow] = []
        self.table = named(QTableWidget(0, len(HEADERS)), "Leads", "Select several leads to merge them")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        on_delete_key(self.table, self._delete_lead)
        self.add_lead_button = make_button("Add &lead", self._add_lead)
        self.delete_lead_button = make_button("&Delete lead…", self._delete_lead)
        self.merge_selected_button = make_button(
            "&Merge selected into this lead…", self._merge_selected, "Merge the selected leads into the current lead"
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.name = named(QLineEdit(), "Lead name")
        self.kind = named(QComboBox(), "Kind of lead")
        for label, value in KINDS:
            self.kind.addItem(label, value)
        self.email = named(QLineEdit(), "Contact email", "Where chasers about this lead's actions go")
        self.email.setPlaceholderText("name@organisation.gov.uk")
        self.email_warning = QLabel()
        self.email_warning.setWordWrap(True)
        self.email_warning.setAccessibleName("Email warning")
        self.email_warning.hide()
        self.email.textChanged.connect(self._check_email)
        for edit in (self.name, self.email):
            edit.returnPressed.connect(self._save_lead)
        self.save_button = make_button("&Save lead", self._save_lead)
        self.aliases = named(QListWidget(), "Other spellings", "Del removes the selected spelling")
        self.aliases.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        on_delete_key(self.aliases, self._remove_alias)
        self.new_alias = named(QLineEdit(), "New spelling", "Another way this lead is written in plans")
        self.new_alias.setPlaceholderText("e.g. CST")
        self.new_alias.returnPressed.connect(self._add_alias)
        self.add_alias_button = make_button("Add s&pelling", self._add_alias)
        self.remove_alias_button = make_button("&Remove spelling", self._remove_alias)

        self.details = QGroupBox("Lead")
        form = QFormLayout()
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(form)
        details_layout.addStretch(1)
        form.addRow("&Name:", self.name)
        form.addRow("&Kind:", self.kind)
        form.addRow("&Email:", self.email)
        form.addRow("", self.email_warning)
        form.addRow("", self.save_button)
        form.addRow("Other spellings:", self.aliases)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.new_alias, 1)
        alias_row.addWidget(self.add_alias_button)
        form.addRow("Add spelling:", alias_row)
        form.addRow("", self.remove_alias_button)

        self.merges = MergePanel(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        table_tools = QHBoxLayout()
        for button in (self.add_lead_button, self.delete_lead_button, self.merge_selected_button):
            table_tools.addWidget(button)
        table_tools.addStretch(1)
        left_layout.addLayout(table_tools)
        left_layout.addWidget(self.merges)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        body = QVBoxLayout()
        body.addWidget(splitter)
        self.finish_layout(body)
        fit_to_screen(self, 1100, 640)
        stack_if_narrow(self, splitter)
        self.refresh()
        for column, width in enumerate((210, 100, 165)):
            self.table.setColumnWidth(column, width)
        splitter.setSizes([700, 400])

    # ---- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_lead()
        keep_uuid = current.uuid if current else None
        self.rows = lead_rows(self.ctx.db, self.plan_uuid)
        kinds = {value: label.split(" (")[0] for label, value in KINDS}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, lead in enumerate(self.rows):
            cells = (lead.name, kinds.get(lead.kind, lead.kind), lead.email, "; ".join(lead.aliases))
            for column, text in enumerate((*cells, str(lead.action_count))):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, lead.uuid)
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3:
                    item.setToolTip("\n".join(lead.aliases))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.select_lead(keep_uuid or (self.rows[0].uuid if self.rows else None))
        self.merges.refresh(self.rows)
        self._show_current()

    def current_lead(self) -> LeadRow | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        uuid = item.data(UUID_ROLE) if item else None
        return next((lead for lead in self.rows if lead.uuid == uuid), None)

    def selected_leads(self) -> list[LeadRow]:
        uuids = {self.table.item(i.row(), 0).data(UUID_ROLE) for i in self.table.selectionModel().selectedRows()}
        return [lead for lead in self.rows if lead.uuid in uuids]

    def select_lead(self, uuid: str | None) -> None:
        for row, lead in enumerate(self.rows):
            if lead.uuid == uuid:
                self.table.setCurrentCell(row, 0)
                self.table.selectRow(row)
                return

    def _show_current(self) -> None:
        lead = self.current_lead()
        self.details.setEnabled(lead is not None)
        # A group box is at least as wide as its title: a hundred-character name is shortened here
        # (it is whole in the Name field below), or it would widen the dialog off a small screen.
        title = f"Lead: {lead.name}" if lead else "No lead selected"
        room = self.fontMetrics().averageCharWidth() * 36
        self.details.setTitle(self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room))
        self.name.setText(lead.name if lead else "")
        self.name.setCursorPosition(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData(lead.kind)) if lead else 0)
        self.email.setText(lead.email if lead else "")
        self.email.setCursorPosition(0)
        self.aliases.clear()
        for alias in alias_rows(self.ctx.db, lead.uuid) if lead else []:
            item = QListWidgetItem(alias.alias)
            item.setData(UUID_ROLE, alias.uuid)
            self.aliases.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        lead = self.current_lead()
        self.delete_lead_button.setEnabled(lead is not None)
        self.remove_alias_button.setEnabled(self.aliases.count() > 0)
        self.merge_selected_button.setEnabled(lead is not None and len(self.selected_leads()) > 1)

    def _check_email(self, text: str) -> None:
        warning = email_warning(text)
        self.email_warning.setText(f"⚠ {warning} Correct it to save." if warning else "")
        self.email_warning.setVisible(bool(warning))

    # ---- changing ------------------------------------------------------------------------------
    def _save_lead(self) -> None:
        lead = self.current_lead()
        if lead is None:
            return
        wanted = {"name": self.name.text().strip(), "kind": self.kind.currentData(), "email": self.email.text().strip()}
        changed = {k: v for k, v in wanted.items() if getattr(lead, k) != v}
        if changed:
            self.run(SetFields("lead", lead.uuid, changed, label=f"Edit lead {wanted['name'] or lead.name}"))

    def _add_lead(self) -> None:
        command = CreateRecord("lead", {"plan_uuid": self.plan_uuid, "name": "New lead"}, label="Add lead")
        if self.run(command):
            self.select_lead(command.uuid)
            self.name.setFocus()
            self.name.selectAll()

    def _delete_lead(self) -> None:
        lead = self.current_lead()
        if lead is None:
            return
        if lead.action_count:
            self.show_problem(
                f"{lead.name} leads {lead.action_count} action{'s' if lead.action_count != 1 else ''}: "
                "merge it into another lead instead, so those actions keep a lead."
            )
            return
        if prompts.confirm(self, "Delete lead", f"Delete the lead “{lead.name}”?", ok_text="Delete lead"):
            self.run(delete_command("lead", lead.uuid, f"Delete lead {lead.name}"))

    def _add_alias(self) -> None:
        lead = self.current_lead()
        if lead is None:
            return
        try:
            command = add_alias_command(self.rows, lead.uuid, self.new_alias.text())
        except CommandError as exc:
            self.show_problem(str(exc))
            return
        if self.run(command):
            self.new_alias.clear()

    def _remove_alias(self) -> None:
        item = self.aliases.currentItem()
        if item is not None:
            self.run(delete_command("lead_alias", item.data(UUID_ROLE), f"Remove spelling {item.text()}"))

    def _merge_selected(self) -> None:
        keep = self.current_lead()
        others = [lead for lead in self.selected_leads() if keep is not None and lead.uuid != keep.uuid]
        if keep is not None and others:
            self.merges.merge(keep, others)
