"""How the main window comes to have its data: the shell first, then (at start-up) the plan from the
first read over plain ``sqlite3``, then the menus, the command path's entry points and the features
(``install_commands``, before SQLAlchemy loads), then the open data (``attach``);
``ui.window.data_opening`` drives it. An edit or a command chosen before the data is open waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.context import AppContext
    from app.queries.saved_filters import SavedFilters
    from models.snapshots.rows import PlanView


class WindowOpening:
    """Mixed into ``MainWindow``: these methods use its workspace attributes."""

    ctx: AppContext | None
    _view_built: bool
    _data_waiter: Callable[[], None] | None
    _commands_installed: bool
    _carried_history: bool

    @property
    def opening(self) -> bool:
        """Still opening its data or reading its first plan: not yet fully interactive."""
        return self.ctx is None or self.plan_loading.busy

    @property
    def rows_shown(self) -> bool:
        """The plan's rows (or the getting-started page) are in the window, editable or not yet."""
        return self._view_built and not self.plan_loading.busy

    def show_first_read(self, view: PlanView | None) -> None:
        """Start-up's first read (``app.queries.first_read``) on screen before the data is open: the plan
        to look at, search and filter (None: the getting-started page). ``attach`` follows."""
        self._build_view()
        self.panes.restore_state()
        self.show_plan(view)

    def set_data_waiter(self, wait: Callable[[], None]) -> None:
        """What ``wait_for_data`` calls while start-up opens the data behind its first read."""
        self._data_waiter = wait

    def wait_for_data(self) -> bool:
        """Before an edit: if the data is still opening behind start-up's first read, wait for it (the
        window is attached when this returns). False when it could not be opened."""
        if self.ctx is None and self._data_waiter is not None:
            self._data_waiter()
        return self.ctx is not None

    @property
    def commands_installed(self) -> bool:
        """The menus, the toolbar, the shortcuts and every feature's entries are in place (a command
        needing the data waits for it while it opens)."""
        return self._commands_installed

    def install_commands(self) -> None:
        """The menus, the command path's entry points and the features' installers, with or without the
        data: at start-up over the first read, before SQLAlchemy loads (their modules load none of it);
        otherwise from ``attach``. Once only."""
        if self._commands_installed:
            return
        from ui.window import features
        from ui.window.workspace_build import build_commands

        self._commands_installed = True
        build_commands(self)
        for install in features.INSTALLERS:
            install(self)

    def attach(
        self, ctx: AppContext, load_in_background: bool = False, saved_filters: SavedFilters | None = None
    ) -> None:
        """Build the workspace on the open data and open the plan used last (or the newest); after
        ``show_first_read`` (and, usually, ``install_commands``), add what needs the data to the plan
        already on screen (``saved_filters``: its saved filters, when start-up read them with the data)."""
        from ui.window import features
        from ui.window.change_signal import ChangeSignal
        from ui.window.plan_steps import PlanSteps

        self.ctx = ctx
        self._data_waiter = None
        first_read = self._view_built
        if not first_read:
            self._build_view()
            # Once the toolbar exists. After a first read the panes and the toolbar were put back then
            # (``reserve_bars`` made the toolbar): again, it would undo what the user did to them since.
            self.panes.restore_state()
        # In the background, the first plan is read while the rest is built (shown once both are done).
        first = self.plan_loading.first_plan() if load_in_background and not first_read else None
        if first is not None:
            self.plan_loading.start(first, keep_undo=False)
        self.install_commands()
        self.change_signal = ChangeSignal(ctx.bus, self)
        self.change_signal.changed.connect(self._on_change)
        self.plan_steps = PlanSteps(self)
        features.install_for_data(self)
        if first_read:
            # What needed the data, and the features told which plan is shown, as after any opening.
            self.filter_bar.set_context(ctx, saved_filters)
            self.detail.progress.data_opened()
            self.plan_changed.emit(self.plan_uuid)
        elif first is None:
            self.plan_loading.open_first(keep_undo=self._carried_history)

    def _build_view(self) -> None:
        from ui.window.workspace_build import build_view

        build_view(self)
        self._view_built = True
        self.model.command_runner = self._run_inline_edit
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.filter_bar.filter_changed.connect(self._apply_filter)
