"""Sorting and filtering the action table with the shared ActionFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.filters import ActionFilter
from ui.table.model import ActionTableModel, SortRole


class ActionFilterProxy(QSortFilterProxyModel):
    """Rows pass when the ActionFilter matches their snapshot.

    The filter runs once over all rows when it or the rows change (a Python loop over plain
    dataclasses), so filterAcceptsRow is a set lookup even with 10,000 actions.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._filter = ActionFilter()
        self._today = date.today()
        self._accepted: set[int] = set()
        self._accepted_for: object = None

    @property
    def action_filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, action_filter: ActionFilter, today: date | None = None) -> None:
        self.beginFilterChange()
        self._filter = action_filter
        self._today = today or date.today()
        self._accepted_for = None
        self.endFilterChange()

    def _source(self) -> ActionTableModel:
        model = self.sourceModel()
        assert isinstance(model, ActionTableModel)
        return model

    def _accepted_rows(self) -> set[int]:
        model = self._source()
        rows = model.rows
        key = model.version
        if self._accepted_for != key:
            if self._filter.is_empty:
                self._accepted = set(range(len(rows)))
            else:
                self._accepted = {n for n, row in enumerate(rows) if self._filter.matches(row, self._today)}
            self._accepted_for = key
        return self._accepted

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return source_row in self._accepted_rows()

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return left.data(SortRole) < right.data(SortRole)
