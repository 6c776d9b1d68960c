"""What an import of returns would change, and which of it the user accepts: by row or by lead's return."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.returns import ReturnsPreview


class ChangesModel(QAbstractTableModel):
    """The changes an import would make, one row per action; each row's tick says it is accepted."""

    HEADERS = ("Ref", "Action", "Status", "Progress note", "Revised timescale", "From")
    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._files: list[str] = []
        self._markers: list[str] = []
        self.returns: list[tuple[str, str]] = []  # (file, lead) of each return, in the order read
        self.left_out: set[str] = set()  # markers of the rows the user unticked

    def set_preview(self, preview: ReturnsPreview | None) -> None:
        self.beginResetModel()
        self._rows = []
        self._files = []
        self._markers = []
        self.returns = []
        self.left_out = set()
        for change in preview.changes if preview else ():
            status = f"{change.status_from} → {change.status_to}" if change.status_to else "unchanged"
            if change.status_written:
                status += f" (lead wrote '{change.status_written}')"
            timescale = ""
            if change.timescale_to:
                timescale = f"{change.timescale_from or '(none)'} → {change.timescale_to}"
            source = f"Row {change.sheet_row}: {change.author}"  # the row first: a long lead name may elide
            self._rows.append((change.ref, change.activity, status, change.note, timescale, source))
            self._files.append(change.file)
            self._markers.append(change.marker)
            if (change.file, change.author) not in self.returns:
                self.returns.append((change.file, change.author))
        self.endResetModel()
        self.ticks_changed.emit()

    def accepted_count(self) -> int:
        return sum(marker not in self.left_out for marker in self._markers)

    def file_of(self, row: int) -> str:
        return self._files[row]

    def return_counts(self, file: str) -> tuple[int, int]:
        """How many of the return's rows are accepted, of how many."""
        markers = [m for f, m in zip(self._files, self._markers, strict=True) if f == file]
        return sum(m not in self.left_out for m in markers), len(markers)

    def set_return_accepted(self, file: str, accepted: bool) -> None:
        """Accept or leave out every row of one lead's return at once."""
        rows = [n for n, f in enumerate(self._files) if f == file]
        for n in rows:
            if accepted:
                self.left_out.discard(self._markers[n])
            else:
                self.left_out.add(self._markers[n])
        if rows:
            role = [Qt.ItemDataRole.CheckStateRole]
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], 0), role)
            self.ticks_changed.emit()

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        marker = self._markers[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.left_out.discard(marker)
        else:
            self.left_out.add(marker)
        self.dataChanged.emit(index, index, [role])
        self.ticks_changed.emit()
        return True

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            left_out = self._markers[index.row()] in self.left_out
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return "Ticked: this row is imported. Untick it (Space) to leave it out."
            if index.column() == len(self.HEADERS) - 1:
                return self._files[index.row()]
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class AtMostHalfTheTable(QStyledItemDelegate):
    """Rows as tall as their wrapped text, up to half the table's height (at least three lines):
    two rows are always in sight. A longer cell ends in "…"; its whole text is in its tooltip.

    Uncapped, at 200% scaling one long action or note made a row taller than the table.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        most = max(3 * line + 6, self.parent().viewport().height() // 2 - 1)  # less the grid line
        return QSize(hint.width(), min(hint.height(), most))


class ChangesTable(QTableView):
    """The changes, each row at most half the table's height, re-measured as the table's height changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(AtMostHalfTheTable(self))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.resizeRowsToContents()


class _WithinWidth(QStyledItemDelegate):
    """Items no wider than the list, so a long line is shortened ("…") rather than scrolled sideways."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), self.parent().viewport().width()), hint.height())


class ReturnsList(QListWidget):
    """One ticked line per lead's return: unticking it (Space, or a click) leaves the whole return out.

    A return whose rows are partly unticked in the table shows a partial tick; ticking it again
    accepts all of its rows.
    """

    def __init__(self, model: ChangesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = model
        self._filling = False
        self.setAccessibleName("Returns to import")
        self.setToolTip("Untick a lead's return (Space) to leave all of its rows out; tick it to accept them all.")
        # One line per return, shortened in the middle: the lead's name starts it and the verdict ends
        # it, both seen. Wrapped, a long partnership name took three lines and, at 200% on a laptop,
        # the list's height cut the verdict off (the full line is in the tooltip).
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(_WithinWidth(self))
        model.ticks_changed.connect(self._refresh)
        self.itemChanged.connect(self._ticked)

    def item_for(self, file: str) -> QListWidgetItem | None:
        for n in range(self.count()):
            if self.item(n).data(Qt.ItemDataRole.UserRole) == file:
                return self.item(n)
        return None

    def _refresh(self) -> None:
        self._filling = True
        try:
            files = [file for file, _lead in self.model_.returns]
            if [self.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.count())] != files:
                self.clear()
                for file, lead in self.model_.returns:
                    item = QListWidgetItem(self)
                    item.setData(Qt.ItemDataRole.UserRole, file)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setData(Qt.ItemDataRole.UserRole + 1, lead)
                if self.count():
                    self.setCurrentRow(0)
            for n in range(self.count()):
                item = self.item(n)
                file, lead = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
                accepted, total = self.model_.return_counts(file)
                if accepted == total:
                    state, verdict = Qt.CheckState.Checked, f"all {total} row(s) accepted"
                elif accepted == 0:
                    state, verdict = Qt.CheckState.Unchecked, f"left out ({total} row(s))"
                else:
                    state, verdict = Qt.CheckState.PartiallyChecked, f"{accepted} of {total} row(s) accepted"
                item.setCheckState(state)
                item.setText(f"{lead}: {verdict}")
                item.setToolTip(f"{lead}: {verdict}\n{file}\n{self.toolTip()}")
        finally:
            self._filling = False

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        # A click or Space on a partly ticked return moves it to "partly"; read that as accept all.
        accepted = item.checkState() != Qt.CheckState.Unchecked
        self.model_.set_return_accepted(item.data(Qt.ItemDataRole.UserRole), accepted)
