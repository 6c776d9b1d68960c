"""Plan ▸ Priorities and objectives: the plan's shape — add, rename, describe, reorder, delete, renumber."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.editing.commands import SetFields
from app.plan_setup.structure_commands import (
    add_objective_command,
    add_priority_command,
    delete_command,
    move_objective_command,
    moved,
    renumber_plan_command,
    reorder_command,
)
from app.queries.structure import priority_tree
from models.snapshots.rows import ObjectiveNode, PriorityNode
from ui.common import prompts
from ui.common.dialog_base import EditorDialog, make_button, named
from ui.common.key_bindings import on_delete_key
from ui.common.screen_fit import fit_to_screen
from ui.plan_setup.stacking import stack_if_narrow

UUID_ROLE = Qt.ItemDataRole.UserRole


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _edit_command(entity: str, uuid: str, changed: dict[str, str]) -> SetFields:
    # The label is what Edit ▸ Undo shows, so say "Rename" when only the name changed.
    verb = "Rename" if set(changed) in ({"title"}, {"text"}) else "Edit"
    return SetFields(entity, uuid, changed, label=f"{verb} {entity}")


class PrioritiesDialog(EditorDialog):
    watched = frozenset({"priority", "objective", "action"})

    def __init__(self, ctx: AppContext, plan_uuid: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan_uuid, undo_stack, parent, "Priorities and objectives")
        self.tree_nodes: list[PriorityNode] = []
        self.tree = named(
            QTreeWidget(), "Priorities and objectives", "Del deletes, Ctrl+Up and Ctrl+Down move the selected item"
        )
        self.tree.setHeaderLabels(["Code", "Priority or objective", "Actions"])
        self.tree.headerItem().setToolTip(2, "Actions filed under it (an action is filed under its first objective)")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        on_delete_key(self.tree, self._delete).bind("Ctrl+Up", lambda: self._move(-1)).bind(
            "Ctrl+Down", lambda: self._move(1)
        )

        self.add_priority_button = make_button("Add &priority", self._add_priority)
        self.add_objective_button = make_button("Add &objective", self._add_objective)
        self.up_button = make_button("Move &up", lambda: self._move(-1))
        self.down_button = make_button("Move do&wn", lambda: self._move(1))
        self.delete_button = make_button("&Delete…", self._delete)
        self.move_to_button = make_button(
            "Move to &priority…", self._move_to_priority, "Move objective to another priority"
        )
        self.renumber_button = make_button("&Renumber…", self._renumber, "Renumber priorities and objectives")
        self.renumber_actions = named(
            QCheckBox("Also renumber action refs"), "Also renumber action refs", "Actions become <objective ref>.<n>"
        )
        tools = QGridLayout()
        for index, button in enumerate(
            (self.add_priority_button, self.add_objective_button, self.up_button, self.down_button, self.delete_button)
        ):
            tools.addWidget(button, 0, index)
        tools.addWidget(self.renumber_button, 1, 0)
        tools.addWidget(self.renumber_actions, 1, 1, 1, 3)
        tools.addWidget(self.move_to_button, 1, 4)
        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addLayout(tools)

        self.code = named(QLineEdit(), "Code")
        self.title = named(QLineEdit(), "Priority title")
        self.text = named(QPlainTextEdit(), "Description")
        self.text.setTabChangesFocus(True)
        for edit in (self.code, self.title):
            edit.returnPressed.connect(self._apply)
        self.apply_button = make_button("&Apply changes", self._apply)
        self.details = QGroupBox("Selected item")
        self.form = QFormLayout(self.details)
        self.form.addRow("&Code:", self.code)
        self.form.addRow("&Title:", self.title)
        self.form.addRow("De&scription:", self.text)
        self.form.addRow("", self.apply_button)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.details, 2)
        self.finish_layout(body)
        self.setTabOrder(self.tree, self.add_priority_button)
        fit_to_screen(self, 980, 560)
        stack_if_narrow(self, body)
        self.refresh()

    # ---- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_uuid()
        self.tree_nodes = priority_tree(self.ctx.db, self.plan_uuid)
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for priority in self.tree_nodes:
            item = QTreeWidgetItem([priority.code, priority.title, str(priority.action_count)])
            item.setData(0, UUID_ROLE, priority.uuid)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            current = item if priority.uuid == selected else current
            for objective in priority.objectives:
                child = QTreeWidgetItem([objective.ref, objective.text, str(objective.action_count)])
                child.setData(0, UUID_ROLE, objective.uuid)
                child.setToolTip(1, objective.text)
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.addChild(child)
                current = child if objective.uuid == selected else current
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(current or self.tree.topLevelItem(0))
        self._show_selected()

    def selected_uuid(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, UUID_ROLE) if item is not None else None

    def selected_node(self) -> PriorityNode | ObjectiveNode | None:
        uuid = self.selected_uuid()
        for priority in self.tree_nodes:
            if priority.uuid == uuid:
                return priority
            for objective in priority.objectives:
                if objective.uuid == uuid:
                    return objective
        return None

    def _parent_of(self, objective: ObjectiveNode) -> PriorityNode:
        return next(p for p in self.tree_nodes if p.uuid == objective.priority_uuid)

    def select(self, uuid: str) -> None:
        for item in self._items():
            if item.data(0, UUID_ROLE) == uuid:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            items.append(top)
            items.extend(top.child(n) for n in range(top.childCount()))
        return items

    def _show_selected(self) -> None:
        node = self.selected_node()
        is_priority = isinstance(node, PriorityNode)
        self.form.setRowVisible(self.title, node is None or is_priority)
        self.form.labelForField(self.code).setText("&Code:" if is_priority or node is None else "&Ref:")
        self.form.labelForField(self.text).setText("De&scription:" if is_priority or node is None else "Ob&jective:")
        self.code.setAccessibleName("Priority code" if is_priority else "Objective ref")
        self.text.setAccessibleName("Priority description" if is_priority else "Objective text")
        self.details.setTitle("Priority" if is_priority else "Objective" if node else "Nothing selected")
        self.code.setText(getattr(node, "code", None) or getattr(node, "ref", "") if node else "")
        self.title.setText(node.title if is_priority else "")
        self.text.setPlainText(node.description if is_priority else node.text if node else "")
        for widget in (self.details, self.add_objective_button, self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(node is not None)

    # ---- changing ------------------------------------------------------------------------------
    def _apply(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        code = self.code.text().strip()
        text = self.text.toPlainText().strip()
        if isinstance(node, PriorityNode):
            entity, wanted = "priority", {"code": code, "title": self.title.text().strip(), "description": text}
            current = {"code": node.code, "title": node.title, "description": node.description}
        else:
            entity, wanted = "objective", {"ref": code, "text": text}
            current = {"ref": node.ref, "text": node.text}
        changed = {name: value for name, value in wanted.items() if current[name] != value}
        if changed:
            self.run(_edit_command(entity, node.uuid, changed))

    def _add_priority(self) -> None:
        command = add_priority_command(self.plan_uuid, self.tree_nodes)
        if self.run(command):
            self.select(command.uuid)
            self.title.setFocus()
            self.title.selectAll()

    def _add_objective(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        priority = node if isinstance(node, PriorityNode) else self._parent_of(node)
        command = add_objective_command(priority)
        if self.run(command):
            self.select(command.uuid)
            self.text.setFocus()

    def _move(self, offset: int) -> None:
        node = self.selected_node()
        if node is None:
            return
        if isinstance(node, PriorityNode):
            entity, siblings = "priority", self.tree_nodes
        else:
            entity, siblings = "objective", self._parent_of(node).objectives
        order = moved([s.uuid for s in siblings], node.uuid, offset)
        if order is None:
            return
        label = f"Move {entity} {'up' if offset < 0 else 'down'}"
        self.run(reorder_command(entity, order, {s.uuid: s.position for s in siblings}, label))
        self.select(node.uuid)

    def _move_to_priority(self) -> None:
        node = self.selected_node()
        if not isinstance(node, ObjectiveNode):
            prompts.info(self, "Move objective", "Select an objective first; priorities move with Move up and down.")
            return
        others = [p for p in self.tree_nodes if p.uuid != node.priority_uuid]
        if not others:
            prompts.info(self, "Move objective", "The plan has only one priority. Add another priority first.")
            return
        names = [f"{p.code} {p.title}".strip() for p in others]
        chosen = prompts.choose(self, "Move objective", f"File objective {node.ref} under:", names)
        if chosen is not None and self.run(move_objective_command(node, others[chosen])):
            self.select(node.uuid)

    def _delete(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        if isinstance(node, PriorityNode):
            entity, name = "priority", f"priority {node.code} “{node.title}”"
            contents = [_plural(len(node.objectives), "objective")] if node.objectives else []
        else:
            entity, name, contents = "objective", f"objective {node.ref}", []
        if node.action_count:
            contents.append(f"{_plural(node.action_count, 'action')} filed under it")
        if contents:
            question = (
                f"Delete {name}? It has {' and '.join(contents)}. The actions stay in the plan but are no longer "
                "filed under it. Undo (Ctrl+Z) brings it back."
            )
            if not prompts.confirm(self, f"Delete {entity}", question, ok_text=f"Delete {entity}"):
                return
        self.run(delete_command(entity, node.uuid, f"Delete {name}"))

    def _renumber(self) -> None:
        with_actions = self.renumber_actions.isChecked()
        batch = renumber_plan_command(self.ctx.db, self.plan_uuid, with_actions)
        if not batch.commands:
            self.show_note("The numbering is already in order: nothing to change.")
            return
        question = (
            f"Renumber priorities 1 to {len(self.tree_nodes)} and their objectives in order"
            f"{', and action refs under each objective' if with_actions else ''}? "
            f"This changes {_plural(len(batch.commands), 'code or ref')}; undo reverses it in one step."
        )
        if prompts.confirm(self, "Renumber", question, ok_text="Renumber"):
            self.run(batch)
