"""Plan ▸ Performance measures: each KPI's unit, direction, baseline and target, and its values by period."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.context import AppContext
from app.editing.commands import CommandError
from app.plan_setup.reference_data import measures
from models.snapshots.rows import MeasureRow
from ui.common.dialog_base import named
from ui.common.screen_fit import fit_to_screen
from ui.common.widgets import format_number, optional_number
from ui.plan_setup.measure_values import MeasureValuesPanel
from ui.plan_setup.record_editor import RecordEditorDialog

DIRECTIONS = (("Higher is better ↑", "up"), ("Lower is better ↓", "down"))


def _number_cell(value: float | None) -> tuple[str, Any]:
    return (format_number(value), value if value is not None else float("-inf"))


class MeasuresDialog(RecordEditorDialog):
    entity = "measure"
    noun = "measure"
    headers = ("Measure", "Unit", "Better", "Baseline", "Target", "Latest")
    watched = frozenset({"measure", "measure_value"})

    def __init__(self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, "Performance measures")
        self.name = named(QLineEdit(), "Measure name", "e.g. Repeat referrals to MARAC")
        self.unit = named(QLineEdit(), "Unit", "e.g. %, number, days")
        self.direction = named(QComboBox(), "Direction", "Whether a rise or a fall is an improvement")
        for label, value in DIRECTIONS:
            self.direction.addItem(label, value)
        self.baseline = named(QLineEdit(), "Baseline", "The starting figure; leave blank if not known")
        self.target = named(QLineEdit(), "Target", "The figure the plan aims for; leave blank if none")
        for edit in (self.name, self.unit, self.baseline, self.target):
            edit.returnPressed.connect(self._save)
        self.form.addRow("Na&me:", self.name)
        self.form.addRow("&Unit:", self.unit)
        self.form.addRow("&Better when:", self.direction)
        self.form.addRow("Base&line:", self.baseline)
        self.form.addRow("&Target:", self.target)
        self.values = MeasureValuesPanel(self)
        fit_to_screen(self, 1000, 620)
        self.finish_editor(beside_form=self.values)

    def load(self) -> Sequence[MeasureRow]:
        return measures(self.ctx.db, self.plan_uuid)

    def cells(self, row: MeasureRow) -> Sequence[tuple[str, Any]]:
        latest = row.latest
        return (
            (row.name, row.name.casefold()),
            (row.unit, row.unit.casefold()),
            ("↑ higher" if row.direction == "up" else "↓ lower", row.direction),
            _number_cell(row.baseline),
            _number_cell(row.target),
            (f"{format_number(latest.value)} ({latest.period})" if latest else "", latest.value if latest else None),
        )

    def fill_form(self, row: MeasureRow | None) -> None:
        self.name.setText(row.name if row else "")
        self.unit.setText(row.unit if row else "")
        self.direction.setCurrentIndex(max(0, self.direction.findData(row.direction)) if row else 0)
        self.baseline.setText(format_number(row.baseline) if row else "")
        self.target.setText(format_number(row.target) if row else "")
        self.values.show_measure(row)

    def form_values(self) -> dict[str, Any]:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            raise CommandError("Name the measure first.", "name")
        return {
            "name": name,
            "unit": self.unit.text().strip(),
            "direction": self.direction.currentData(),
            "baseline": optional_number(self.baseline, "The baseline"),
            "target": optional_number(self.target, "The target"),
        }

    def describe(self, row: MeasureRow) -> str:
        return row.name
