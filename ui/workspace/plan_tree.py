"""Priorities → objectives with action counts and a status breakdown; picking a node filters the table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.queries.filters import ActionFilter
from models.snapshots.rows import PriorityNode
from models.status import Status

# The status breakdown shows only when the names still get most of the pane (they clip otherwise).
MIN_CHARS_FOR_BREAKDOWN = 56
# Narrower still (200% scaling), the count goes too: names a word or two wide would be cut mid-word.
MIN_CHARS_FOR_COUNT = 30
KIND_ROLE = Qt.ItemDataRole.UserRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2


# Short codes that fit a narrow column, most urgent first; the column's tooltip explains them.
# RAG words alone would be ambiguous: not started, deferred and cancelled are all grey.
SHORT_CODES = {
    Status.OFF_TRACK: "R",
    Status.AT_RISK: "A",
    Status.ON_TRACK: "G",
    Status.COMPLETE: "C",
    Status.NOT_STARTED: "NS",
    Status.DEFERRED: "D",
    Status.CANCELLED: "X",
}
CODES_EXPLAINED = "Actions by status: " + ", ".join(
    f"{code} {status.value.lower()}" for status, code in SHORT_CODES.items()
)


def breakdown_text(counts: tuple[tuple[str, int], ...]) -> str:
    """ "2R 5A 15G 10C": red and amber first, so the column shows what a board asks about."""
    by_status = {Status.parse(name): count for name, count in counts}
    return " ".join(f"{by_status[status]}{code}" for status, code in SHORT_CODES.items() if by_status.get(status))


def breakdown_tooltip(counts: tuple[tuple[str, int], ...]) -> str:
    lines = []
    for name, count in counts:
        status = Status.parse(name)
        lines.append(f"{status.label if status else name}: {count}")
    return "\n".join(lines) or "No actions"


class WrappedNames(QStyledItemDelegate):
    """Names as tall as their wrapped lines need in the name column's width, at their depth, up to
    a quarter of the pane's height (at least two lines); a longer name ends in "…" on its last line.

    A tree view asks its delegate for a row's height without saying how wide the column is, so
    word wrap alone gives one-line rows that cut the name off mid-way. Uncapped, at 200% scaling
    one objective's title took nine lines and the pane showed two names (the whole name stays in
    the row's tooltip and in the action details).
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        margin = self.tree.style().pixelMetric(self.tree.style().PixelMetric.PM_FocusFrameHMargin) * 2 + 4
        width = max(self.tree.header().sectionSize(0) - self.tree.indentation() * depth - margin, 20)
        text = str(index.data() or "")
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
        line = option.fontMetrics.lineSpacing()
        most = max(2, self.tree.viewport().height() // (4 * line)) * line
        return QSize(hint.width(), max(hint.height(), min(needed.height(), most) + 4))


class PlanTree(QTreeWidget):
    node_selected = Signal(object, object, str)  # kind ("priority"/"objective"/None), uuid, label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Priorities and objectives")
        self.setColumnCount(3)
        self.setHeaderLabels(["Priority / objective", "Actions", "Status"])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names wrap onto more lines rather than eliding ("1 Preventing Vi…"): rows take their own
        # heights; only a name longer than WrappedNames allows is shortened, at the end of its last line.
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(WrappedNames(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The breakdown can be long; it is elided here and given in full in its tooltip.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 17)
        self.headerItem().setToolTip(2, CODES_EXPLAINED)
        # The wrapped names need new row heights when the pane (and so the name column) changes width.
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self.scheduleDelayedItemsLayout())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self._nodes: list[PriorityNode] = []
        self._quiet = False
        self.currentItemChanged.connect(self._on_current)

    def set_nodes(self, nodes: list[PriorityNode], total: int | None = None) -> None:
        """Rebuild from app.queries.structure.priority_tree's nodes, keeping the node that was picked.

        An action serving several priorities counts under each, so the whole plan's ``total``
        (each action once) is given rather than added up."""
        picked = self.currentItem()
        keep = (picked.data(0, KIND_ROLE), picked.data(0, UUID_ROLE)) if picked else (None, None)
        self._nodes = nodes
        self._quiet = True
        self.clear()
        if total is None:
            total = sum(node.action_count for node in self._nodes)
        everything = QTreeWidgetItem(self, ["Whole plan", str(total), ""])
        everything.setData(0, KIND_ROLE, None)
        restore = everything
        for node in self._nodes:
            item = self._item(self, "priority", node.uuid, f"{node.code} {node.title}".strip(), node.code, node)
            restore = item if keep == ("priority", node.uuid) else restore
            for objective in node.objectives:
                label = f"{objective.ref} {objective.text}".strip()
                child = self._item(item, "objective", objective.uuid, label, objective.ref, objective)
                restore = child if keep == ("objective", objective.uuid) else restore
        self.expandAll()
        self.setCurrentItem(restore)
        self._quiet = False

    def _item(self, parent, kind: str, uuid: str, label: str, ref: str, node) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label, str(node.action_count), breakdown_text(node.status_counts)])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, UUID_ROLE, uuid)
        item.setData(0, REF_ROLE, ref)
        item.setToolTip(0, f"{label}\n{node.action_count} action(s)\n\n{breakdown_tooltip(node.status_counts)}")
        item.setToolTip(2, breakdown_tooltip(node.status_counts))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """A narrow pane (a small screen, 200% scaling) keeps the names and drops the breakdown,
        then the count, which stay in each row's tooltip."""
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.scheduleDelayedItemsLayout()  # a name's most lines follow the pane's height
        chars = self.viewport().width() / self.fontMetrics().averageCharWidth()
        self.setColumnHidden(2, chars < MIN_CHARS_FOR_BREAKDOWN)
        self.setColumnHidden(1, chars < MIN_CHARS_FOR_COUNT)

    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._quiet:
            return
        if current is None:
            self.node_selected.emit(None, None, "")
            return
        self.node_selected.emit(current.data(0, KIND_ROLE), current.data(0, UUID_ROLE), current.data(0, REF_ROLE) or "")

    def show_filter(self, action_filter: ActionFilter) -> None:
        """Follow the filter bar (e.g. "Clear filters") without filtering again."""
        if len(action_filter.objective_uuids) == 1:
            kind, uuid = "objective", next(iter(action_filter.objective_uuids))
        elif len(action_filter.priority_uuids) == 1:
            kind, uuid = "priority", next(iter(action_filter.priority_uuids))
        else:
            kind, uuid = None, None
        current = self.currentItem()
        if current is not None and (current.data(0, KIND_ROLE), current.data(0, UUID_ROLE)) == (kind, uuid):
            return
        self._quiet = True
        for item in self._all_items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, UUID_ROLE) == uuid:
                self.setCurrentItem(item)
                break
        self._quiet = False

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = []
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            items.append(top)
            items.extend(top.child(c) for c in range(top.childCount()))
        return items

    def selected_objective(self) -> tuple[str, str] | None:
        item = self.currentItem()
        if item is not None and item.data(0, KIND_ROLE) == "objective":
            return item.data(0, UUID_ROLE), item.data(0, REF_ROLE)
        return None

    def first_objective(self) -> tuple[str | None, str]:
        for node in self._nodes:
            if node.objectives:
                return node.objectives[0].uuid, node.objectives[0].ref
        return None, ""
