"""Sorting and filtering the action table with the shared ActionFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.queries.filters import ActionFilter, searchable_text
from ui.workspace.table.model import ActionTableModel, SortRole


class ActionFilterProxy(QSortFilterProxyModel):
    """Rows pass when the ActionFilter matches their snapshot.

    The filter runs once over all rows when it or the rows change (a Python loop over plain
    dataclasses, with each row's search text kept between keystrokes), so filterAcceptsRow is a
    set lookup even with 10,000 actions.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._filter = ActionFilter()
        self._today = date.today()
        self._table: ActionTableModel | None = None
        self._accepted: set[int] = set()
        self._accepted_for = -1
        self._haystacks: list[str] = []
        self._haystacks_for = -1

    @property
    def action_filter(self) -> ActionFilter:
        return self._filter

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, ActionTableModel)
        self._table = model
        super().setSourceModel(model)

    def set_filter(self, action_filter: ActionFilter, today: date | None = None) -> None:
        self.beginFilterChange()
        self._filter = action_filter
        self._today = today or date.today()
        self._accepted_for = -1
        self.endFilterChange()

    def _refilter(self, table: ActionTableModel) -> None:
        rows = table.rows
        if self._filter.is_empty:
            self._accepted = set(range(len(rows)))
        elif self._filter.text.strip():
            if self._haystacks_for != table.version:
                self._haystacks = [searchable_text(row) for row in rows]
                self._haystacks_for = table.version
            today, matches, haystacks = self._today, self._filter.matches, self._haystacks
            self._accepted = {n for n, row in enumerate(rows) if matches(row, today, haystacks[n])}
        else:
            self._accepted = {n for n, row in enumerate(rows) if self._filter.matches(row, self._today)}
        self._accepted_for = table.version

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        table = self._table
        if table is None:
            return False
        if self._accepted_for != table.version:
            self._refilter(table)
        return source_row in self._accepted

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return left.data(SortRole) < right.data(SortRole)
