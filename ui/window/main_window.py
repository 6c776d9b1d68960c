"""The secretary's workspace: plan tree, action table (with feature tabs), detail pane, menus.

Features plug in through ``declare`` (an action with its menu section, shortcut and what it needs,
ui/window/feature_api.py), ``tabs``, the three signals, ``run_command``, ``open_plan`` and the
``dialogs``/``panels`` they keep open; they register in ``ui.window.features.INSTALLERS``.

Start-up shows the window before its data is open: ``MainWindow()`` is the shell (title, size,
status bar, the opening page), importing Qt and nothing of the database; ``show_first_read(view)``
puts the plan read over plain ``sqlite3`` on screen (table, tree, details: to look at, search and
filter); ``install_commands()`` adds the menus, the command path's entry points and the features, still
without the data; ``attach(ctx)`` adds what needs the open data (or builds it all, when there was no
first read). An edit or a command chosen before then waits for the data (``wait_for_data``). So this
module imports the workspace, the features and the app-layer calls inside the methods that use them
(by then already loaded, off the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from ui.common.labels import status_labels
from ui.window.feature_api import ActionSpec, WindowActions
from ui.window.loading_page import LoadingPage
from ui.window.menus import quit_action
from ui.window.panes import WindowPanes
from ui.window.settings import remember_recent_plan
from ui.window.window_opening import WindowOpening

if TYPE_CHECKING:
    from app.context import AppContext
    from app.editing.commands import Command
    from app.editing.events import Change
    from app.queries.filters import ActionFilter
    from models.snapshots.rows import ActionRow, LeadRow, PlanSummary, PlanView
    from ui.common.background import BackgroundJob
    from ui.editing.undo import CommandOutcome


class MainWindow(WindowOpening, QMainWindow):
    plan_changed = Signal(object)
    selection_changed = Signal(list)
    filter_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext | None = None,
        today: Callable[[], date] = date.today,
        load_in_background: bool = False,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """With ``ctx``, the whole window (``attach``); without, the shell start-up shows while it opens
        the data. ``load_in_background``: the first plan is read on the thread pool, as at start-up;
        tests and scripts leave it off and find the plan open when this returns. ``undo_stack``: the
        history of the window this one replaces (the same plan, on another database), kept."""
        super().__init__()
        self.ctx: AppContext | None = None
        self.today = today
        self.plan_uuid: str | None = None
        self._carried_history = undo_stack is not None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.undo_stack.setParent(self)
        self.declared = WindowActions(self, self.wait_for_data)
        self.menus = self.declared.menus
        self.actions = self.declared.actions
        # The dialog or panel each feature keeps open, by feature name (so a second click raises it).
        self.dialogs: dict[str, QWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self.recent_menu: QMenu | None = None
        self.toolbar: QToolBar | None = None
        self._leads: list[LeadRow] = []
        self._import_handler: Callable[[], None] | None = None
        self._new_plan_handler: Callable[[], None] | None = None
        self._view_built = False
        self._commands_installed = False
        # Set by start-up while the data opens behind a first read: waits for it and attaches it.
        self._data_waiter: Callable[[], None] | None = None
        self.panes = WindowPanes(self)
        self.setWindowTitle("Delivery Desk")
        self.setAccessibleName("Delivery Desk")
        self.loading_page = LoadingPage(self)
        self.setCentralWidget(self.loading_page)

        self.plan_label, self.count_label, self.save_label = status_labels(self.statusBar())
        # Live from the shell on, as the way out of a start-up the user no longer wants: on the window
        # itself until the File menu holds it (``ui.window.menus.reserve_bars``).
        self.quit_action = quit_action(self)
        self.panes.restore_geometry()
        if ctx is not None:
            self.attach(ctx, load_in_background)

    # --- hooks other features set -------------------------------------------------------------
    @property
    def import_handler(self) -> Callable[[], None] | None:
        return self._import_handler

    @import_handler.setter
    def import_handler(self, handler: Callable[[], None] | None) -> None:
        self._import_handler = handler
        self._refresh_empty_state()

    @property
    def new_plan_handler(self) -> Callable[[], None] | None:
        return self._new_plan_handler

    @new_plan_handler.setter
    def new_plan_handler(self, handler: Callable[[], None] | None) -> None:
        self._new_plan_handler = handler
        self._refresh_empty_state()

    def _refresh_empty_state(self) -> None:
        self.empty_state.set_available(self._import_handler is not None, self._new_plan_handler is not None)
        self.refresh_actions()

    # --- integration API -----------------------------------------------------------------------
    def declare(self, spec: ActionSpec) -> QAction:
        """Put a feature's action on its menu; the window enables it by ``spec.needs`` from then on."""
        action = self.declared.declare(spec)
        self.refresh_actions()
        return action

    def refresh_actions(self) -> None:
        has_plan = self.plan_uuid is not None
        self.declared.refresh(has_plan, has_plan and bool(self.acted_on_rows()))

    def acted_on_rows(self) -> list[ActionRow]:
        """What Delete, Set status, Copy… act on: the selected rows, else the action shown in the details."""
        rows = self.table.selected_rows()
        if not rows and self.detail.row is not None:
            rows = [self.detail.row]
        return rows

    def copy_rows(self) -> int:
        return self.table.copy_rows(self.acted_on_rows())

    def open_plan(self, plan_uuid: str | None, keep_undo: bool = False) -> None:
        """Show ``plan_uuid`` (None shows the getting-started page); choosing another plan clears the
        undo history.

        ``keep_undo`` is for a plan just created through ``run_command`` (an import) and for the
        plans Undo and Redo of that step go to (``ui.window.plan_steps``): the command that created
        it stays on the stack, so Undo takes the new plan back and Redo brings it back again.
        """
        from app.plans.listing import PlanNotFoundError
        from app.queries.workspace import read_plan_view

        view = None
        if plan_uuid is not None:
            try:
                view = read_plan_view(self.ctx.db, plan_uuid, self.today())
            except PlanNotFoundError as exc:
                self.show_refusal(str(exc))
                return
        self.show_plan(view, keep_undo)

    def show_plan(self, view: PlanView | None, keep_undo: bool = False) -> None:
        """``open_plan`` once the plan is read (None: the getting-started page)."""
        self.plan_loading.cancel()
        plan_uuid = view.plan.uuid if view else None
        if not keep_undo:
            self.undo_stack.clear()
        self.plan_uuid = plan_uuid
        priorities = view.priorities if view else []
        self.filter_bar.set_plan(plan_uuid, priorities)
        self.plan_tree.set_nodes(priorities, view.plan.action_count if view else 0)
        self.detail.set_action(None)
        if plan_uuid is not None:
            remember_recent_plan(plan_uuid)
        self._show_rows(view.rows if view else [], view.leads if view else [], view.plan if view else None)
        if plan_uuid is None and self.ctx is not None:
            from app.plans.listing import count_archived_plans

            self.empty_state.set_archived(count_archived_plans(self.ctx.db))
        self.centre.setCurrentIndex(0 if plan_uuid is None else 1)
        self.panes.show(plan_uuid is not None)
        self._refresh_empty_state()
        self.save_label.setText("All changes saved" if plan_uuid else "")
        self.plan_changed.emit(plan_uuid)

    def current_filter(self) -> ActionFilter:
        return self.proxy.action_filter

    def visible_action_uuids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) for row in range(self.proxy.rowCount())]

    def select_actions(self, uuids: list[str]) -> None:
        self.table.select_uuids(uuids)

    def run_command(self, command: Command) -> CommandOutcome:
        """Apply through the undo stack; a refusal is shown to the user, returned, and nothing changes.

        When a colleague changed the same field first, the officer sees both values and chooses.
        """
        if not self.wait_for_data():
            from ui.editing.undo import CommandOutcome

            return CommandOutcome("Delivery Desk could not open its data: nothing was changed.")
        from app.editing.commands import CommandError, EditConflict
        from ui.editing.conflict_dialog import choose_after_conflict
        from ui.editing.undo import CommandOutcome, push_command

        try:
            push_command(self.undo_stack, self.ctx.commands, command)
        except EditConflict as exc:
            if exc.command is not command:  # inside a batch: shown with both values, nothing changed
                self.show_refusal(str(exc))
                return CommandOutcome(str(exc))
            choice = choose_after_conflict(self, exc)
            if choice is False:
                return CommandOutcome(str(exc))
            self.reload()
            return self.run_command(choice) if choice is not None else CommandOutcome()
        except CommandError as exc:
            self.show_refusal(str(exc))
            return CommandOutcome(str(exc))
        self.save_label.setText(f"All changes saved at {datetime.now():%H:%M}")
        return CommandOutcome()

    def run_command_in_background(
        self,
        command: Command,
        title: str,
        on_finished: Callable[[CommandOutcome], None],
        parent: QWidget | None = None,
    ) -> BackgroundJob:
        """``run_command`` for a long command: off the UI thread, with progress and Cancel."""
        from ui.editing.background_command import run_command_in_background

        return run_command_in_background(self, command, title, on_finished, parent)

    # --- used by menus, operations and panes ---------------------------------------------------
    def leads(self) -> list[LeadRow]:
        return self._leads

    def show_refusal(self, message: str) -> None:
        """Beside the cell when editing the table, otherwise in the status bar; never a silent change."""
        if self.table.hasFocus() or self.table.isAncestorOf(self.focusWidget()):
            self.table.show_cell_message(self.table.currentIndex(), message)
        self.statusBar().showMessage(message, 15000)

    def _run_inline_edit(self, command: Command) -> bool:
        return bool(self.run_command(command))

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def focus_results(self) -> None:
        """From the search box to the actions it found: the first one, unless one is already current."""
        if self.proxy.rowCount() == 0:
            return
        self.tabs.setCurrentWidget(self.table)
        self.table.setFocus()
        if not self.table.currentIndex().isValid() or self.table.isRowHidden(self.table.currentIndex().row()):
            self.table.selectRow(0)
        elif not self.table.selectionModel().hasSelection():
            self.table.selectRow(self.table.currentIndex().row())

    def focus_progress_note(self) -> None:
        """Ctrl+Shift+U: straight to the note of a new progress update for the current action."""
        if self.detail.row is None:
            return
        self.detail_dock.show()
        self.detail_dock.raise_()
        self.detail.progress.note.setFocus()

    def edit_current_cell(self) -> None:
        from ui.workspace.table.model import COL_ACTION

        index = self.table.currentIndex()
        if index.isValid():
            if not index.flags() & Qt.ItemFlag.ItemIsEditable:
                index = index.siblingAtColumn(COL_ACTION)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def target_objective(self) -> tuple[str | None, str]:
        """Where a new action goes: the objective picked in the tree, else the current row's, else the first."""
        node = self.plan_tree.selected_objective()
        if node is not None:
            return node
        row = self.table.current_row()
        if row is not None and row.objective_uuids:
            return row.objective_uuids[0], row.objective_refs[0]
        return self.plan_tree.first_objective()

    def clear_filter_to_show(self, uuid: str) -> None:
        if uuid not in self.visible_action_uuids():
            self.filter_bar.clear()

    def open_demo_plan(self) -> None:
        if not self.wait_for_data():
            return
        from app.plans.demo import ensure_demo_plan

        plan, _created = ensure_demo_plan(self.ctx)
        self.open_plan(plan.uuid)

    def start_new_plan(self) -> None:
        if self._new_plan_handler is not None and self.wait_for_data():
            self._new_plan_handler()

    def start_import(self) -> None:
        if self._import_handler is not None and self.wait_for_data():
            self._import_handler()

    # --- refreshing ----------------------------------------------------------------------------
    def reload(self) -> None:
        from app.plan_setup.leads import lead_rows
        from app.queries import actions as action_queries

        rows = action_queries.action_rows(self.ctx.db, self.plan_uuid, self.today()) if self.plan_uuid else []
        self._show_rows(rows, lead_rows(self.ctx.db, self.plan_uuid) if self.plan_uuid else [])

    def _show_rows(self, rows: list[ActionRow], leads: list[LeadRow], plan: PlanSummary | None = None) -> None:
        self._leads = leads
        selected = self.table.selected_uuids()
        current = self.table.current_row()
        self.model.set_rows(rows, self.plan_uuid)
        if self.model.rowCount() and selected and not self.table.selectionModel().hasSelection():
            self.table.select_uuids(selected)
        self.filter_bar.set_leads(self._leads)
        self._update_plan_label(plan)
        self._update_counts()
        if current is not None:
            self.detail.set_action(next((r for r in rows if r.uuid == current.uuid), None))

    def _on_change(self, change: Change) -> None:
        from app.plans.listing import get_plan
        from app.queries.structure import priority_tree

        if self.plan_uuid is None:
            if "plan" in change.entities and self.undo_stack.count():
                self.plan_steps.last_plan_back()  # Undo of deleting the last plan, Redo of an import
            return
        if change.plan_uuid not in (None, self.plan_uuid):
            return
        if "plan" in change.entities and self.plan_uuid in change.uuids and not self._plan_exists():
            # Undo of its import or creation, or Delete plan / Archive plan just now.
            self.plan_steps.plan_gone()
            return
        self.reload()
        if change.entities & {"plan", "priority", "objective", "action"}:
            priorities = priority_tree(self.ctx.db, self.plan_uuid)
            self.plan_tree.set_nodes(priorities, get_plan(self.ctx.db, self.plan_uuid).action_count)
            self.filter_bar.refresh_choices(priorities)

    def _plan_exists(self) -> bool:
        from app.plans.listing import list_plans

        return any(p.uuid == self.plan_uuid for p in list_plans(self.ctx.db))

    def _apply_filter(self, action_filter: ActionFilter) -> None:
        self.proxy.set_filter(action_filter, self.today())
        self.plan_tree.show_filter(action_filter)
        self._update_counts()
        self.filter_changed.emit(action_filter)

    def _update_plan_label(self, plan: PlanSummary | None = None) -> None:
        if self.plan_uuid is None:
            self.plan_label.setText("No plan open")
            return
        if plan is None:
            from app.plans.listing import PlanNotFoundError, get_plan

            try:
                plan = get_plan(self.ctx.db, self.plan_uuid)
            except PlanNotFoundError:
                return
        self.plan_label.setText(plan.display_name)
        self.setWindowTitle(f"{plan.title} – Delivery Desk")

    def _update_counts(self) -> None:
        """On every filter change, so it reads nothing from the database."""
        shown = f"{self.proxy.rowCount()} of {self.model.rowCount()} actions shown"
        self.count_label.setText(shown if self.plan_uuid is not None else "")

    def _on_selection_changed(self, *_args) -> None:
        self.refresh_actions()
        self.selection_changed.emit(self.table.selected_uuids())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.set_action(self.table.current_row() if current.isValid() else None)
        self.refresh_actions()

    # --- start-up and shut-down ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.panes.first_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panes.save()
        if self._view_built:
            self.table.save_layout()
        super().closeEvent(event)
