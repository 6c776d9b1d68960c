"""The plan an import would create, as a tree: priorities > objectives > actions, each action tied to its row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from app.importing.service import ImportPreview

KEY_ROLE = Qt.ItemDataRole.UserRole
NO_OBJECTIVE = "Actions under no objective"


def _short(text: str, length: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class PlanTree(QTreeWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Plan as it will be imported")
        self.setColumnCount(3)
        self.setHeaderLabels(["Plan", "Lead", "Timescale"])
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnWidth(0, 250)
        self.setColumnWidth(1, 130)
        self.action_items: dict[str, QTreeWidgetItem] = {}  # by action ref

    def show_plan(self, preview: ImportPreview) -> None:
        """Redraw from ``preview``, keeping the priorities the user had folded closed."""
        closed = {
            self.topLevelItem(n).text(0).split(" ", 1)[0]
            for n in range(self.topLevelItemCount())
            if not self.topLevelItem(n).isExpanded()
        }
        self.setUpdatesEnabled(False)
        self.clear()
        self.action_items = {}
        objectives: dict[str, QTreeWidgetItem] = {}
        for priority in preview.draft.priorities:
            top = QTreeWidgetItem(self, [f"{priority.code} {priority.title}"])
            top.setToolTip(0, priority.title)
            for objective in priority.objectives:
                item = QTreeWidgetItem(top, [f"{objective.ref} {_short(objective.text)}".strip()])
                item.setToolTip(0, objective.text)
                objectives[objective.ref] = item
            top.setExpanded(priority.code not in closed)
        loose: QTreeWidgetItem | None = None
        for action, key in zip(preview.draft.actions, preview.action_rows, strict=False):
            parent = objectives.get(action.objective_refs[0]) if action.objective_refs else None
            if parent is None:
                loose = loose or QTreeWidgetItem(self, [NO_OBJECTIVE])
                parent = loose
            lead = action.lead or "(no lead)"
            item = QTreeWidgetItem(parent, [f"{action.ref} {_short(action.activity)}", lead, action.timescale])
            item.setToolTip(0, action.activity)
            item.setToolTip(1, lead)
            item.setData(0, KEY_ROLE, key)
            self.action_items[action.ref] = item
        for item in objectives.values():
            item.setExpanded(True)
        if loose is not None:
            loose.setExpanded(True)
        self.setUpdatesEnabled(True)

    def show_action(self, ref: str) -> None:
        """Select the action a row made (or continues), without moving the table's selection."""
        item = self.action_items.get(ref)
        self.blockSignals(True)
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.scrollToItem(item)
        self.blockSignals(False)
