"""File ▸ Archive plan… and Delete plan…, also offered by right-clicking a plan in Open plan.

Each asks first, saying what happens and how to get the plan back, then runs one command on the
window's undo stack (a backup is taken before it runs), so Ctrl+Z brings the plan back. The command
path is imported when one is chosen: the entries are installed before the database code loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.snapshots.rows import PlanSummary
from ui.common import prompts
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from app.context import AppContext
    from ui.window.main_window import MainWindow


def _actions(plan: PlanSummary) -> str:
    return f"{plan.action_count} action{'' if plan.action_count == 1 else 's'}"


def delete_plan(parent: QWidget, ctx: AppContext, stack: QUndoStack, plan: PlanSummary) -> bool:
    question = (
        f"Delete the plan “{plan.display_name}” and its {_actions(plan)}?\n\n"
        "A backup is taken first. Undo (Ctrl+Z) brings the plan back in this session; after that, "
        "File ▸ Restore from backup does. To keep a finished plan out of the way instead, archive it."
    )
    if not prompts.confirm(parent, "Delete plan", question, ok_text="Delete plan"):
        return False
    from app.plans.lifecycle import delete_plan_command

    return _run(parent, ctx, stack, delete_plan_command(plan))


def set_archived(parent: QWidget, ctx: AppContext, stack: QUndoStack, plan: PlanSummary, archived: bool) -> bool:
    if archived:
        question = (
            f"Archive the plan “{plan.display_name}”?\n\nIt is kept whole but no longer listed in Open plan "
            "or opened at start-up. Tick “Show archived plans” in Open plan to restore it."
        )
        if not prompts.confirm(parent, "Archive plan", question, ok_text="Archive plan"):
            return False
    from app.plans.lifecycle import archive_plan_command

    return _run(parent, ctx, stack, archive_plan_command(plan, archived))


def _run(parent: QWidget, ctx: AppContext, stack: QUndoStack, command) -> bool:
    from app.editing.commands import CommandError
    from ui.editing.undo import push_command

    try:
        push_command(stack, ctx.commands, command)
    except CommandError as exc:
        prompts.error(parent, command.label, str(exc))
        return False
    return True


def _current(window: MainWindow) -> PlanSummary | None:
    from app.plans.listing import PlanNotFoundError, get_plan

    try:
        return get_plan(window.ctx.db, window.plan_uuid) if window.plan_uuid else None
    except PlanNotFoundError:
        return None


def _on_current(window: MainWindow, act, verb: str) -> None:
    plan = _current(window)
    if plan is not None and act(window, window.ctx, window.undo_stack, plan):
        # What to do next comes first: a long plan title at the end is what a narrow bar cuts.
        window.statusBar().showMessage(f"Plan {verb}; Undo (Ctrl+Z) brings it back: “{plan.title}”.", 15000)


def install(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "archive_plan",
            "&Archive plan…",
            lambda: _on_current(window, lambda *args: set_archived(*args, archived=True), "archived"),
            "file",
            "plan",
            tip="Keep this plan but hide it from Open plan; restorable",
            needs=Needs.PLAN,
        )
    )
    window.declare(
        ActionSpec(
            "delete_plan",
            "De&lete plan…",
            lambda: _on_current(window, delete_plan, "deleted"),
            "file",
            "plan",
            tip="Delete this plan (a backup is taken first; Undo brings it back)",
            needs=Needs.PLAN,
        )
    )
