"""A table of a plan's records with a form beneath: the shape of the glossary and meetings editors.

Choosing a row loads it into the form and "Save changes" updates it; "New…" empties the form
and the same button then reads "Add", so adding and editing use one set of fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.editing.commands import CommandError, CreateRecord, SetFields
from app.plan_setup.structure_commands import delete_command
from ui.common import prompts
from ui.common.dialog_base import EditorDialog, make_button, named
from ui.common.key_bindings import on_delete_key
from ui.common.widgets import ExplainedAtField

UUID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SortableItem(QTableWidgetItem):
    """A cell that sorts by the key kept in SORT_ROLE (a date, a number) rather than by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return self.text().casefold() < other.text().casefold()
        return mine < theirs


class RecordEditorDialog(EditorDialog):
    """Subclasses set ``entity``, ``noun``, ``headers`` and ``watched``, fill ``self.form`` and implement the hooks."""

    entity = ""
    noun = ""
    headers: tuple[str, ...] = ()

    def __init__(
        self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None, title: str
    ) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, title)
        self.rows: list[Any] = []
        self.search = named(QLineEdit(), f"Find {self.noun}", f"Type to show only matching {self.noun}s")
        self.search.setPlaceholderText(f"Find {self.noun}…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._apply_search())
        self.table = named(QTableWidget(0, len(self.headers)), title, f"Del deletes the selected {self.noun}")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        on_delete_key(self.table, self._delete)

        self.new_button = make_button(f"&New {self.noun}…", self._new, f"New {self.noun}")
        self.delete_button = make_button("&Delete", self._delete, f"Delete {self.noun}")
        self.save_button = make_button("&Save changes", self._save)
        self.details = QGroupBox()
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def finish_editor(self, beside_form: QWidget | None = None) -> None:
        """Call after adding the fields to ``self.form``; ``beside_form`` sits to the form's right."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        tools = QHBoxLayout()
        tools.addWidget(self.new_button)
        tools.addWidget(self.delete_button)
        tools.addStretch(1)
        body = QVBoxLayout()
        body.addWidget(self.search)
        body.addWidget(self.table, 1)
        body.addLayout(tools)
        lower = QHBoxLayout()
        lower.addWidget(self.details, 1)
        if beside_form is not None:
            lower.addWidget(beside_form, 1)
        body.addLayout(lower)
        self.finish_layout(body)
        self.refresh()

    # ---- hooks ---------------------------------------------------------------------------------
    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def cells(self, row: Any) -> Sequence[tuple[str, Any]]:
        """(text, sort key or None) per column."""
        raise NotImplementedError

    def fill_form(self, row: Any | None) -> None:
        raise NotImplementedError

    def form_values(self) -> dict[str, Any]:
        """The form as entity fields; raise CommandError to refuse with a message."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        raise NotImplementedError

    # ---- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_row()
        self.rows = list(self.load())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, (text, key) in enumerate(self.cells(row)):
                item = SortableItem(text)
                item.setData(UUID_ROLE, row.uuid)
                item.setData(SORT_ROLE, key)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.setSortingEnabled(True)
        self._apply_search()
        self.select(current.uuid if current else None)

    def current_row(self) -> Any | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        uuid = item.data(UUID_ROLE) if item else None
        return next((row for row in self.rows if row.uuid == uuid), None)

    def select(self, uuid: str | None) -> None:
        for index in range(self.table.rowCount()):
            if uuid is not None and self.table.item(index, 0).data(UUID_ROLE) == uuid:
                self.table.setCurrentCell(index, 0)
                self.table.selectRow(index)
                break
        else:
            self.table.setCurrentCell(-1, -1)
            self.table.clearSelection()
        self._show_current()

    def _apply_search(self) -> None:
        needle = self.search.text().strip().casefold()
        for index in range(self.table.rowCount()):
            text = " ".join(self.table.item(index, c).text() for c in range(self.table.columnCount()))
            self.table.setRowHidden(index, bool(needle) and needle not in text.casefold())

    def _show_current(self) -> None:
        row = self.current_row()
        self.fill_form(row)
        self.details.setTitle(f"Edit {self.noun}: {self.describe(row)}" if row else f"New {self.noun}")
        self.save_button.setText("&Save changes" if row else f"&Add {self.noun}")
        self.save_button.setAccessibleName("Save changes" if row else f"Add {self.noun}")
        self.delete_button.setEnabled(row is not None)

    # ---- changing ------------------------------------------------------------------------------
    def _new(self) -> None:
        self.select(None)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        field = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        if field is not None and field.widget() is not None:
            field.widget().setFocus()

    def _save(self) -> None:
        try:
            values = self.form_values()
        except ExplainedAtField:
            self.show_problem("")  # said under the field, where the focus is: once is enough
            return
        except CommandError as exc:
            self.show_problem(str(exc))
            return
        row = self.current_row()
        if row is None:
            command = CreateRecord(self.entity, {"plan_uuid": self.plan_uuid, **values}, label=f"Add {self.noun}")
            if self.run(command):
                self.select(command.uuid)
            return
        changed = {name: value for name, value in values.items() if getattr(row, name) != value}
        if changed:
            self.run(SetFields(self.entity, row.uuid, changed, label=f"Edit {self.noun}"))

    def _delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        name = self.describe(row)
        if prompts.confirm(self, f"Delete {self.noun}", f"Delete {self.noun} “{name}”?", ok_text="Delete"):
            self.run(delete_command(self.entity, row.uuid, f"Delete {self.noun} {name}"))
