"""The action table as shown: the rows the shared ActionFilter lets through, optionally sorted.

A QSortFilterProxyModel asks ``filterAcceptsRow`` once per row, a Python call each: over 10,000
actions that alone took most of a keystroke. This model instead holds the list of source rows
shown, computed in one pass by ``app.queries.row_index.RowIndex`` whenever the filter or the
rows change, and moves the view's selection and current row across a change the way Qt's
proxies do (a layout change with the persistent indexes remapped).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.queries.filters import ActionFilter
from app.queries.row_index import RowIndex
from ui.workspace.table.model import COLUMN_COUNT, ActionTableModel, sort_key

_WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")  # the signals' overload


class ActionFilterProxy(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = ActionFilter()
        self._today = date.today()
        self._table: ActionTableModel | None = None
        self._index = RowIndex([])
        self._shown: list[int] = []  # source row of each row shown
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @property
    def action_filter(self) -> ActionFilter:
        return self._filter

    def setSourceModel(self, model: ActionTableModel) -> None:
        self.beginResetModel()
        self._table = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        self._index = RowIndex(model.rows)
        self._shown = self._wanted()
        self.endResetModel()

    def sourceModel(self) -> ActionTableModel | None:
        return self._table

    def set_filter(self, action_filter: ActionFilter, today: date | None = None) -> None:
        self._filter = action_filter
        self._today = today or date.today()
        self._show(self._wanted())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < COLUMN_COUNT else None
        self._show(self._wanted())

    def source_row(self, row: int) -> int:
        return self._shown[row]

    def mapToSource(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not index.isValid() or self._table is None:
            return QModelIndex()
        return self._table.index(self._shown[index.row()], index.column())

    # --- keeping the shown rows --------------------------------------------------------------
    def _wanted(self) -> list[int]:
        shown = self._index.matching(self._filter, self._today)
        if self._sort is not None:
            column, order = self._sort
            rows = self._index.rows
            shown.sort(key=lambda n: sort_key(rows[n], column), reverse=order == Qt.SortOrder.DescendingOrder)
        return shown

    def _show(self, shown: list[int]) -> None:
        if shown == self._shown:
            return
        # Only rows change: the hint tells the column header to keep its sections (hidden ones
        # included) instead of rebuilding them.
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], hint)
        before = self.persistentIndexList()
        position = {source: n for n, source in enumerate(shown)}
        after = []
        for index in before:
            moved = position.get(self._shown[index.row()])
            after.append(QModelIndex() if moved is None else self.createIndex(moved, index.column()))
        self._shown = shown
        self.changePersistentIndexList(before, after)
        self.layoutChanged[_WITH_HINT].emit([], hint)

    def _source_reset(self) -> None:
        assert self._table is not None
        self._index = RowIndex(self._table.rows)
        self._shown = self._wanted()
        self.endResetModel()

    def _source_data_changed(self, *_args) -> None:
        # The table replaces every row's snapshot at once (same actions, same order): filter again.
        assert self._table is not None
        self._index = RowIndex(self._table.rows)
        self._show(self._wanted())
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, COLUMN_COUNT - 1))

    # --- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        return self._table.cell_data(self._shown[index.row()], index.column(), role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._table is None:
            return Qt.ItemFlag.NoItemFlags
        return self._table.column_flags(index.column())

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or self._table is None:
            return False
        return self._table.setData(self.mapToSource(index), value, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return None if self._table is None else self._table.headerData(section, orientation, role)
