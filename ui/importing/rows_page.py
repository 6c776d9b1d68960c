"""The import wizard's row review: every row of every table, what it is read as, and the plan it makes.

Each correction (a row's role, a join, a split, an edited cell, a column's meaning) is added to
the wizard's list and the preview is rebuilt on the thread pool, so typing and clicking never
wait for it; a result that a later correction has overtaken is dropped.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QWizardPage,
)

from app.importing.corrections import (
    EditCell,
    ReviewRow,
    RowRole,
    SetRole,
    SplitRow,
    corrections_to_json,
    split_points,
)
from app.importing.service import ImportPreview, preview_document
from exports.importing.headers import FIELDS
from exports.importing.source import column_letter
from ui.common import prompts
from ui.common.background import run_in_background
from ui.common.key_bindings import KeyBindings
from ui.common.screen_fit import scrolling_layout
from ui.importing.pages import counts_text, error_label
from ui.importing.plan_tree import KEY_ROLE, PlanTree
from ui.importing.rows_model import COL_ROLE, COL_WHERE, FIRST_CELL, ReviewRowsModel

if TYPE_CHECKING:
    from ui.importing.wizard import ImportWizard

ROLE_LABELS = {
    RowRole.HEADING: "Priority heading",
    RowRole.OBJECTIVE: "Objective",
    RowRole.ACTION: "Action",
    RowRole.CONTINUATION: "Continuation (join to the row above)",
    RowRole.LEFT_OUT: "Left out",
}
REDRAWING = "Redrawing the plan…"


class RowsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle("Check every row")
        self.setSubTitle(
            "Each row of the file and what it becomes. Right-click rows (or use the controls below) to change "
            "what they are read as, join a row to the one above or split an action; double-click a cell to "
            "correct it (⏎ marks a new line). The plan on the right follows."
        )
        self.generation = 0
        self.pending = False
        self.menu: QMenu | None = None
        self.model = ReviewRowsModel(self)
        self.model.cell_edited.connect(self._cell_edited)
        self.view = self._rows_view()
        self.tree = PlanTree()
        self.tree.itemClicked.connect(self._tree_clicked)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.role = QComboBox()
        self.role.setAccessibleName("Read the selected rows as")
        for role, label in ROLE_LABELS.items():
            self.role.addItem(label, role)
        self.role.activated.connect(lambda _index: self.set_role(RowRole(self.role.currentData())))
        role_label = QLabel("&Read as:")
        role_label.setBuddy(self.role)
        self.join_button = QPushButton("&Join to row above")
        self.join_button.setAccessibleName("Join the selected rows to the row above")
        self.join_button.setToolTip("Ctrl+J")
        self.join_button.clicked.connect(lambda: self.set_role(RowRole.CONTINUATION))
        self.undo_button = QPushButton("&Undo correction")
        self.undo_button.setAccessibleName("Undo the last correction")
        self.undo_button.setToolTip("Ctrl+Z")
        self.undo_button.clicked.connect(self.undo)
        self.save_button = QPushButton("&Save corrections…")
        self.save_button.setAccessibleName("Save the corrections to a file for the command line")
        self.save_button.setToolTip("For: python main.py import FILE --corrections SAVED.json")
        self.save_button.clicked.connect(self.save_corrections)
        self.status = QLabel()
        self.status.setAccessibleName("Plan redraw status")
        self.counts = QLabel()
        self.counts.setAccessibleName("Import counts")
        self.counts.setWordWrap(True)
        self.error = error_label("Row review problem")
        controls = QHBoxLayout()
        for widget in (role_label, self.role, self.join_button, self.undo_button, self.save_button):
            controls.addWidget(widget)
        controls.addWidget(self.status, 1)
        layout = scrolling_layout(self)  # scrolls on a small screen instead of growing the wizard
        layout.addWidget(splitter, 1)
        layout.addLayout(controls)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        for keys, slot in (("Ctrl+J", lambda: self.set_role(RowRole.CONTINUATION)), ("Ctrl+Z", self.undo)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _rows_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setAccessibleName("Rows of the file")
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setWordWrap(False)
        # Tab moves on to the plan and the controls below; the arrow keys move between cells (with
        # Tab going cell by cell, a keyboard user had to press it a few hundred times to leave).
        view.setTabKeyNavigation(False)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        # The row menu from the keyboard too (splitting an action is only there), on the current cell.
        KeyBindings(view).bind("Shift+F10", self._keyboard_menu).bind(
            QKeySequence(Qt.Key.Key_Menu), self._keyboard_menu
        )
        view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._current_changed())
        return view

    # -- showing -----------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.error.setText("")
        self._corrections_changed()
        if self.w.preview is not None:
            self._show(self.w.preview)

    def _show(self, preview: ImportPreview) -> None:
        current = self.current_row()
        scroll = self.view.verticalScrollBar().value()
        fields = {summary.index: summary.mapping.fields for summary in preview.tables}
        self.model.set_rows(preview.rows, fields)
        self._size_columns()
        self.tree.show_plan(preview)
        self.counts.setText(counts_text(preview))
        if current is not None:
            row = self.model.row_of(current.key)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, COL_ROLE))
        self.view.verticalScrollBar().setValue(scroll)

    def _size_columns(self) -> None:
        """Fit the columns to their text once per file, within bounds; after that keep what the user dragged."""
        if self.model.columnCount() == self._sized_for:
            return
        self._sized_for = self.model.columnCount()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            widest = 170 if column == COL_WHERE else 280
            self.view.setColumnWidth(column, max(60, min(self.view.columnWidth(column) + 8, widest)))
        self.view.setColumnWidth(COL_ROLE, 210)  # room for "continues 1.2.13 — your choice"

    _sized_for = -1

    def current_row(self) -> ReviewRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def selected_rows(self) -> list[ReviewRow]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.current_row() is not None:
            rows = [self.view.currentIndex().row()]
        return [self.model.rows[row] for row in rows]

    def select(self, row: int) -> None:
        index = self.model.index(row, COL_ROLE)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _current_changed(self) -> None:
        row = self.current_row()
        if row is None:
            return
        choosable = row.table_kind == "actions" and row.role in ROLE_LABELS
        self.role.setEnabled(choosable)
        self.join_button.setEnabled(choosable)
        if choosable:
            self.role.setCurrentIndex(list(ROLE_LABELS).index(row.role))
        if row.role in (RowRole.ACTION, RowRole.CONTINUATION) and row.made:
            self.tree.show_action(row.made.split()[0])

    def _tree_clicked(self, item) -> None:
        key = item.data(0, KEY_ROLE)
        row = self.model.row_of(tuple(key)) if key is not None else None
        if row is not None:
            self.select(row)

    # -- correcting --------------------------------------------------------------------------
    def set_role(self, role: RowRole) -> None:
        rows = [row for row in self.selected_rows() if row.table_kind == "actions" and row.role is not RowRole.HEADER]
        if rows:
            self.correct([SetRole(row.key, role) for row in rows])

    def split(self, row: ReviewRow, column: int, at: int) -> None:
        self.correct([SplitRow(row.key, column, at)])

    def _cell_edited(self, key, column: int, text: str) -> None:
        self.correct([EditCell(tuple(key), column, text)])

    def set_column(self, row: ReviewRow, column: int, field: str) -> None:
        count = self.w.set_column_field(row.key[0], column, field)
        self.redraw(f"Column {column_letter(column)} set for {count} table(s) with these headers.")

    def correct(self, corrections: list) -> None:
        """One user step (a role for several rows is one step, undone at once)."""
        self.w.corrections.extend(corrections)
        self.w.correction_steps.append(len(corrections))
        self.redraw()

    def undo(self) -> None:
        if self.w.correction_steps:
            del self.w.corrections[-self.w.correction_steps.pop() :]
            self.redraw()

    def _corrections_changed(self) -> None:
        self.undo_button.setEnabled(bool(self.w.corrections))
        self.save_button.setEnabled(bool(self.w.corrections))

    def save_corrections(self) -> None:
        suggested = f"{self.w.path.stem} corrections.json" if self.w.path else "corrections.json"
        path = prompts.save_path(self, "Save corrections", "Corrections (*.json)", suggested)
        if path is None:
            return
        text = json.dumps(corrections_to_json(self.w.corrections), indent=1, ensure_ascii=False)
        try:
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            prompts.error(self, "Save corrections", f"{path.name} cannot be written ({exc.strerror or exc}).")
            return
        self.status.setText(f"{len(self.w.corrections)} correction(s) saved to {path.name}.")

    def redraw(self, done_message: str = "") -> None:
        """Rebuild the preview off the UI thread; only the newest request is shown, then ``done_message``."""
        if self.w.document is None:
            return
        self.generation += 1
        generation, document, options, source = self.generation, self.w.document, self.w.options(), str(self.w.path)
        self.pending = True
        self.status.setText(REDRAWING)
        self._corrections_changed()
        self.completeChanged.emit()
        run_in_background(
            lambda: preview_document(document, options, source),
            lambda preview: self._redrawn(generation, preview, done_message),
            lambda message: self._failed(generation, message),
        )

    def _redrawn(self, generation: int, preview: ImportPreview, done_message: str) -> None:
        if generation != self.generation:
            return
        self.pending = False
        self.w.preview, self.w.preview_error = preview, ""
        self.error.setText("")
        self.status.setText(done_message)
        self._show(preview)
        self.completeChanged.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self.pending = False
        self.w.preview, self.w.preview_error = None, message
        self.status.setText("")
        self.error.setText(f"Cannot import: {message} (Undo correction takes the last change back.)")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.pending and self.w.preview is not None

    # -- context menu --------------------------------------------------------------------------
    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.select(index.row())
        self._popup_menu(index, position)

    def _keyboard_menu(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index)
        self._popup_menu(index, self.view.visualRect(index).center() if index.isValid() else QPoint(0, 0))

    def _popup_menu(self, index, position: QPoint) -> None:
        self.menu = self.build_menu(index.column() - FIRST_CELL if index.isValid() else -1)
        self.menu.popup(self.view.viewport().mapToGlobal(position))

    def build_menu(self, column: int = -1) -> QMenu:
        """The row menu: roles, join, split points of the action's text, the column's meaning, undo."""
        menu = QMenu(self)
        menu.setAccessibleName("Row corrections")
        rows = self.selected_rows()
        row = rows[0] if rows else None
        choosable = [r for r in rows if r.table_kind == "actions" and r.role is not RowRole.HEADER]
        if row is not None and row.role is RowRole.HEADER and column >= 0:
            holds = menu.addMenu(f"Column {column_letter(column)} holds (every table with these headers)")
            for field, label in FIELDS.items():
                holds.addAction(label, lambda f=field: self.set_column(row, column, f))
            menu.addSeparator()
        for role, label in ROLE_LABELS.items():
            action = menu.addAction(f"Read as {label.casefold()}", lambda r=role: self.set_role(r))
            action.setCheckable(True)
            action.setChecked(bool(choosable) and all(r.role is role for r in choosable))
            action.setEnabled(bool(choosable))
        split = menu.addMenu("Split the action")
        activity = self._activity_column(row) if row is not None else None
        points = split_points(row.cells[activity]) if row is not None and activity is not None else []
        for at, label in points:
            split.addAction(label[0].upper() + label[1:], lambda a=at, c=activity, r=row: self.split(r, c, a))
        split.setEnabled(bool(choosable) and bool(points) and len(rows) == 1)
        menu.addSeparator()
        undo = menu.addAction("Undo the last correction", self.undo)
        undo.setEnabled(bool(self.w.corrections))
        return menu

    def _activity_column(self, row: ReviewRow) -> int | None:
        fields = self.model.fields.get(row.key[0], ())
        column = fields.index("activity") if "activity" in fields else None
        return column if column is not None and column < len(row.cells) else None
