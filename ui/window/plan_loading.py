"""Opening the first plan off the UI thread: the window is on screen, its menus usable, while a
big plan's rows are read; meanwhile the centre says which plan is opening, with a busy bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.queries.first_read import first_plan
from models.snapshots.rows import PlanSummary, PlanView
from ui.common.background import BackgroundJob, run_in_background
from ui.window.errors import log
from ui.window.loading_page import LoadingPage
from ui.window.settings import recent_plan_uuids

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class PlanLoading:
    """At most one plan read in flight; opening another plan meanwhile drops its result."""

    def __init__(self, window: MainWindow, page: LoadingPage) -> None:
        self.window = window
        self.page = page
        window.centre.addWidget(page)
        self._job: BackgroundJob | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def first_plan(self) -> PlanSummary | None:
        """The plan the user had open last, else the newest; None when there is none."""
        from app.plans.listing import list_plans

        return first_plan(list_plans(self.window.ctx.db), recent_plan_uuids())

    def open_first(self, keep_undo: bool = False, background: bool = False) -> None:
        """``first_plan``, or the getting-started page when there is none."""
        chosen = self.first_plan()
        if chosen is None:
            self.window.open_plan(None, keep_undo=keep_undo)
        elif background:
            self.start(chosen, keep_undo)
        else:
            self.window.open_plan(chosen.uuid, keep_undo=keep_undo)

    def start(self, plan: PlanSummary, keep_undo: bool) -> None:
        from app.queries.workspace import read_plan_view

        window = self.window
        db, today = window.ctx.db, window.today()
        self.page.show_plan(plan)
        window.centre.setCurrentWidget(self.page)
        window.plan_label.setText(f"Opening {plan.display_name}…")

        def done(view: PlanView) -> None:
            if self._job is job:
                self._job = None
                window.show_plan(view, keep_undo)

        def failed(message: str) -> None:
            # Read again on the UI thread, where an error reaches the usual error dialog and log.
            if self._job is job:
                self._job = None
                log.warning("Opening the plan in the background failed: %s", message)
                window.open_plan(plan.uuid, keep_undo)

        job = self._job = run_in_background(lambda: read_plan_view(db, plan.uuid, today), done, failed)

    def cancel(self) -> None:
        self._job = None
