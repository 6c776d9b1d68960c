"""Plan ▸ Glossary: the abbreviations and terms a plan's readers need explained (reports print it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.context import AppContext
from app.editing.commands import CommandError
from app.plan_setup.reference_data import glossary
from models.snapshots.rows import GlossaryRow
from ui.common.dialog_base import named
from ui.common.screen_fit import fit_to_screen
from ui.plan_setup.record_editor import RecordEditorDialog


class GlossaryDialog(RecordEditorDialog):
    entity = "glossary"
    noun = "term"
    headers = ("Term", "Meaning")
    watched = frozenset({"glossary"})

    def __init__(self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, "Glossary")
        self.term = named(QLineEdit(), "Term", "The abbreviation or word, e.g. MARAC")
        self.term.returnPressed.connect(self._save)
        self.meaning = named(QPlainTextEdit(), "Meaning")
        self.meaning.setTabChangesFocus(True)
        self.meaning.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow("&Term:", self.term)
        self.form.addRow("&Meaning:", self.meaning)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_to_screen(self, 760, 560)
        self.finish_editor()
        self.table.sortItems(0)

    def load(self) -> Sequence[GlossaryRow]:
        return glossary(self.ctx.db, self.plan_uuid)

    def cells(self, row: GlossaryRow) -> Sequence[tuple[str, Any]]:
        return ((row.term, row.term.casefold()), (row.meaning, row.meaning.casefold()))

    def fill_form(self, row: GlossaryRow | None) -> None:
        self.term.setText(row.term if row else "")
        self.meaning.setPlainText(row.meaning if row else "")

    def form_values(self) -> dict[str, Any]:
        term = self.term.text().strip()
        if not term:
            self.term.setFocus()
            raise CommandError("Type the term first.", "term")
        clash = next((r for r in self.rows if r.term.casefold() == term.casefold() and r != self.current_row()), None)
        if clash is not None:
            raise CommandError(f"The glossary already explains “{clash.term}”: choose it in the list to edit it.")
        return {"term": term, "meaning": self.meaning.toPlainText().strip()}

    def describe(self, row: GlossaryRow) -> str:
        return row.term
