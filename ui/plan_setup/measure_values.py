"""The period values of one performance measure (e.g. "2023-24 Q1" → 31), part of the Measures dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from app.editing.commands import CommandError, CreateRecord, SetFields
from app.plan_setup.structure_commands import delete_command
from models.snapshots.rows import MeasureRow, MeasureValueRow
from ui.common.dialog_base import make_button, named
from ui.common.key_bindings import on_delete_key
from ui.common.widgets import format_number, optional_number

if TYPE_CHECKING:
    from ui.plan_setup.measures import MeasuresDialog

UUID_ROLE = Qt.ItemDataRole.UserRole


class MeasureValuesPanel(QGroupBox):
    def __init__(self, dialog: MeasuresDialog) -> None:
        super().__init__("Period values")
        self.dialog = dialog
        self.measure: MeasureRow | None = None
        self.table = named(QTableWidget(0, 2), "Period values", "Del deletes the selected period value")
        self.table.setHorizontalHeaderLabels(("Period", "Value"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        on_delete_key(self.table, self._delete)
        self.period = named(QLineEdit(), "Period", "e.g. 2023-24 Q1")
        self.period.setPlaceholderText("e.g. 2023-24 Q1")
        self.value = named(QLineEdit(), "Value", "A number; leave blank if not yet known")
        for edit in (self.period, self.value):
            edit.returnPressed.connect(self._add)
        self.add_button = make_button("Add &period value", self._add)
        self.save_button = make_button("Save period valu&e", self._save)
        self.delete_button = make_button("Rem&ove period value", self._delete)
        self.hint = QLabel("Add the measure first, then its values for each period.")
        self.hint.setWordWrap(True)
        period_label, value_label = QLabel("Pe&riod:"), QLabel("&Value:")
        period_label.setBuddy(self.period)
        value_label.setBuddy(self.value)
        layout = QGridLayout(self)
        layout.addWidget(self.table, 0, 0, 1, 4)
        layout.addWidget(period_label, 1, 0)
        layout.addWidget(self.period, 1, 1, 1, 3)
        layout.addWidget(value_label, 2, 0)
        layout.addWidget(self.value, 2, 1, 1, 3)
        layout.addWidget(self.add_button, 3, 1)
        layout.addWidget(self.save_button, 3, 2)
        layout.addWidget(self.delete_button, 3, 3)
        layout.addWidget(self.hint, 4, 0, 1, 4)
        layout.setRowStretch(0, 1)
        self.show_measure(None)

    def show_measure(self, measure: MeasureRow | None) -> None:
        keep = self.current_value()
        self.measure = measure
        values = measure.values if measure else ()
        self.table.setRowCount(len(values))
        for row, value in enumerate(values):
            for column, text in enumerate((value.period, format_number(value.value) or "not known")):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, value.uuid)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.setEnabled(measure is not None)
        self.hint.setVisible(measure is None)
        uuids = [v.uuid for v in values]
        self.table.setCurrentCell(uuids.index(keep.uuid) if keep and keep.uuid in uuids else -1, 0)
        self._show_current()

    def current_value(self) -> MeasureValueRow | None:
        if self.measure is None or self.table.currentRow() < 0:
            return None
        uuid = self.table.item(self.table.currentRow(), 0).data(UUID_ROLE)
        return next((v for v in self.measure.values if v.uuid == uuid), None)

    def _show_current(self) -> None:
        value = self.current_value()
        self.period.setText(value.period if value else "")
        self.value.setText(format_number(value.value) if value else "")
        self.save_button.setEnabled(value is not None)
        self.delete_button.setEnabled(value is not None)

    def _fields(self) -> dict[str, object] | None:
        try:
            period = self.period.text().strip()
            if not period:
                raise CommandError("Name the period, e.g. 2023-24 Q1.", "period")
            return {"period": period, "value": optional_number(self.value, "The value")}
        except CommandError as exc:
            self.dialog.show_problem(str(exc))
            return None

    def _add(self) -> None:
        fields = self._fields()
        if self.measure is None or fields is None:
            return
        position = max((v.position for v in self.measure.values), default=-1) + 1
        values = {"measure_uuid": self.measure.uuid, **fields, "position": position}
        if self.dialog.run(CreateRecord("measure_value", values, label=f"Add value for {fields['period']}")):
            self.table.setCurrentCell(self.table.rowCount() - 1, 0)
            self.period.setFocus()

    def _save(self) -> None:
        value, fields = self.current_value(), self._fields()
        if value is None or fields is None:
            return
        changed = {name: new for name, new in fields.items() if getattr(value, name) != new}
        if changed:
            self.dialog.run(SetFields("measure_value", value.uuid, changed, label=f"Edit value for {value.period}"))

    def _delete(self) -> None:
        value = self.current_value()
        if value is not None:
            self.dialog.run(delete_command("measure_value", value.uuid, f"Delete value for {value.period}"))
