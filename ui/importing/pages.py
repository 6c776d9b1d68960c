"""The import wizard's first pages: file, tables, and column mapping with a live preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
    QWizardPage,
)

from exports.importing.headers import FIELDS
from exports.importing.source import column_letter
from ui.common import prompts
from ui.common.screen_fit import scrolling_layout

if TYPE_CHECKING:
    from ui.importing.wizard import ImportWizard

FILE_FILTER = "Plan files (*.docx *.xlsx *.xlsm *.pdf *.csv *.txt);;All files (*)"
KINDS = {"actions": "Actions", "glossary": "Glossary", "other": "Leave out"}
PREVIEW_ROWS = 8
PREVIEW_COLUMNS = ("Ref", "Objectives", "Activity", "Lead", "Timescale", "Status")


class _ErrorLabel(QLabel):
    """Shown only while it says something: an empty line under the rows costs a row of the table on
    a 720-pixel screen at 150%."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))


def error_label(name: str) -> QLabel:
    label = _ErrorLabel()
    label.setVisible(False)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b71c1c; font-weight: bold;")  # the words "Cannot import" say it too
    return label


def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(" ".join(text.split()))
    item.setToolTip(text)
    return item


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Choose the plan file")
        self.setSubTitle(
            "A Word document (.docx), Excel workbook (.xlsx), PDF with text (not a scan) or CSV file holding the "
            "plan's tables."
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("Plan file")
        self.path_edit.setPlaceholderText("Path to the plan file")
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse = QPushButton("&Browse…")
        self.browse.setAccessibleName("Browse for the plan file")
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.split = QCheckBox("&Split cells holding bullet lists into one action per bullet")
        self.split.setAccessibleName("Split bullet lists into separate actions")
        self.new_plan = QRadioButton("Create a &new plan")
        self.into_current = QRadioButton(
            "&Add new actions to the open plan (actions whose refs it has are left as they are)"
        )
        self.new_plan.setChecked(True)
        self.into_current.setEnabled(wizard.current_plan_uuid is not None)
        self.error = error_label("File problem")
        self.status = QLabel()
        self.status.setAccessibleName("Reading progress")
        self._ready_for: Path | None = None
        layout = scrolling_layout(self)  # scrolls on a small screen instead of growing the wizard
        layout.addLayout(row)
        layout.addWidget(self.split)
        layout.addWidget(self.new_plan)
        layout.addWidget(self.into_current)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        path = prompts.open_path(self, "Import plan", FILE_FILTER)
        if path is not None:
            self.path_edit.setText(str(path))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        """Next reads the file in the background and moves on by itself once it is read."""
        path = Path(self.path_edit.text().strip())
        self.w.split_bullets = self.split.isChecked()
        self.w.into_current_plan = self.into_current.isChecked()
        if self._ready_for == path and self.w.document is not None:
            self.w.refresh()
            return True
        self._ready_for = None
        self.error.setText("")
        self.status.setText(f"Reading {path.name}…")
        self.setEnabled(False)
        self.w.button(QWizard.WizardButton.NextButton).setEnabled(False)
        self.w.start_reading(path)
        return False

    def file_read(self, path: Path) -> None:
        self._ready_for = path
        self._reading_done()
        self.w.next()

    def show_error(self, message: str) -> None:
        self._reading_done()
        self.error.setText(f"Cannot import: {message}")

    def _reading_done(self) -> None:
        self.status.setText("")
        self.setEnabled(True)
        self.w.button(QWizard.WizardButton.NextButton).setEnabled(self.isComplete())


class TablesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Tables found")
        self.setSubTitle("Choose what each table holds. Tables that are not part of the plan can be left out.")
        self.table = _table(("Table", "Heading above it", "Rows", "Use as", "Why"), "Tables found")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error = error_label("Tables problem")
        layout = scrolling_layout(self)  # scrolls on a small screen instead of growing the wizard
        layout.addWidget(self.table)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        preview_tables = {t.index: t for t in self.w.preview.tables} if self.w.preview else {}
        tables = self.w.document.tables
        self.table.setRowCount(len(tables))
        for row, table in enumerate(tables):
            summary = preview_tables.get(table.index)
            kind = self.w.kinds.get(table.index, summary.kind if summary else "other")
            self.table.setItem(row, 0, _item(table.part or table.file))
            self.table.setItem(row, 1, _item(table.preceding[-1] if table.preceding else ""))
            self.table.setItem(row, 2, _item(str(summary.rows if summary else len(table.rows))))
            combo = QComboBox()
            combo.setAccessibleName(f"Use {table.part or table.file} as")
            for key, label in KINDS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(list(KINDS).index(kind))
            combo.currentIndexChanged.connect(lambda _i, c=combo, index=table.index: self._kind_changed(index, c))
            self.table.setCellWidget(row, 3, combo)
            self.table.setItem(row, 4, _item(summary.reason if summary else ""))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _kind_changed(self, index: int, combo: QComboBox) -> None:
        self.w.kinds[index] = combo.currentData()
        self.w.refresh()
        self.error.setText(f"Cannot import: {self.w.preview_error}" if self.w.preview_error else "")

    def validatePage(self) -> bool:
        self.w.refresh()
        self.error.setText(f"Cannot import: {self.w.preview_error}" if self.w.preview_error else "")
        return self.w.preview is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Columns")
        self.setSubTitle("Check what each column holds; the first actions below follow your choices as you make them.")
        self.chooser = QComboBox()
        self.chooser.setAccessibleName("Table to map")
        # A table's heading can be a long paragraph; sized to it, the combo widened the whole wizard.
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(30)
        self.chooser.currentIndexChanged.connect(self._show_table)
        self.header_note = QLabel()
        self.header_note.setWordWrap(True)
        self.same_header_note = ""
        self.mapping = QTableWidget(1, 0)
        self.mapping.setAccessibleName("Column mapping")
        self.mapping.setVerticalHeaderLabels(["Holds"])
        self.mapping.setFixedHeight(84)
        self.preview = _table(PREVIEW_COLUMNS, "Preview of the first actions")
        self.counts = QLabel()
        self.counts.setAccessibleName("Import counts")
        self.counts.setWordWrap(True)
        self.error = error_label("Mapping problem")
        form = QFormLayout()
        form.addRow("&Table:", self.chooser)
        layout = scrolling_layout(self)  # scrolls on a small screen instead of growing the wizard
        layout.addLayout(form)
        layout.addWidget(self.header_note)
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel("First actions as they will be imported (the next page shows every row):"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.same_header_note = ""
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for summary in self.w.preview.tables:
            if summary.kind == "actions":
                self.chooser.addItem(f"{summary.part} — {summary.heading}".strip(" —"), summary.index)
        self.chooser.blockSignals(False)
        self._show_table()

    def _summary(self):
        index = self.chooser.currentData()
        return next((t for t in self.w.preview.tables if t.index == index), None) if self.w.preview else None

    def _show_table(self) -> None:
        summary = self._summary()
        if summary is None:
            return
        mapping = summary.mapping
        self.mapping.setColumnCount(len(mapping.fields))
        labels = [
            f"{column_letter(c)}: {' '.join(h.split())[:24]}" if h.strip() else column_letter(c)
            for c, h in enumerate(summary.header)
        ]
        self.mapping.setHorizontalHeaderLabels(labels)
        if mapping.header_row is None:
            row = "none (every row is data)"
        elif mapping.header_rows > 1:  # a group header over sub-headers, read as one header per column
            row = f"rows {mapping.first_header_row + 1}-{mapping.header_row + 1} of the table, read together"
        else:
            row = f"row {mapping.header_row + 1} of the table"
        self.header_note.setText(f"Column headers read from {row}. {self.same_header_note}".strip())
        for column, field in enumerate(mapping.fields):
            combo = QComboBox()
            combo.setAccessibleName(f"Column {labels[column]} holds")
            for key, label in FIELDS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(list(FIELDS).index(field))
            combo.currentIndexChanged.connect(lambda _i, c=column, box=combo: self._field_changed(c, box))
            self.mapping.setCellWidget(0, column, combo)
        self.mapping.resizeColumnsToContents()
        scroll = self.mapping.horizontalScrollBar().sizeHint().height()
        self.mapping.setFixedHeight(self.mapping.horizontalHeader().height() + self.mapping.rowHeight(0) + scroll + 6)
        self._show_preview()

    def _field_changed(self, column: int, combo: QComboBox) -> None:
        summary = self._summary()
        if summary is None:
            return
        count = self.w.set_column_field(summary.index, column, combo.currentData())
        others = count - 1
        self.same_header_note = (
            f"Also set in {others} other table{'' if others == 1 else 's'} with the same headers." if others > 0 else ""
        )
        self.w.refresh()
        if self.w.preview is not None:
            self._show_table()  # another column may have given up the field
        else:
            self._show_preview()

    def _show_preview(self) -> None:
        preview = self.w.preview
        self.error.setText(f"Cannot import: {self.w.preview_error}" if self.w.preview_error else "")
        actions = preview.draft.actions[:PREVIEW_ROWS] if preview else []
        self.preview.setRowCount(len(actions))
        for row, action in enumerate(actions):
            values = (action.ref, " ".join(action.objective_refs), action.activity, action.lead or "(no lead)")
            for column, text in enumerate((*values, action.timescale, action.status)):
                self.preview.setItem(row, column, _item(text))
        self.preview.resizeColumnsToContents()
        for column, widest in ((1, 110), (2, 320), (3, 200), (4, 140)):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), widest))
        self.counts.setText(counts_text(preview) if preview else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview is not None


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def counts_text(preview) -> str:
    return (
        f"{preview.priorities} priorities, {preview.objectives} objectives, {preview.actions} actions, "
        f"{len(preview.leads)} leads, {preview.glossary} glossary terms."
    )
