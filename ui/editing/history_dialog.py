"""Edit ▸ Change history: who changed what and when, for the selected action or the whole plan."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.common.listing_dialog import ListingDialog
from ui.common.screen_fit import fit_to_screen
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from app.editing.history import HistoryLine
    from ui.window.main_window import MainWindow

COLUMNS = ("When", "Who", "Change", "Record", "Field", "From", "To")
LIMIT = 500


class HistoryDialog(ListingDialog):
    def __init__(self, title: str, scope: str, lines: list[HistoryLine], parent: QWidget | None = None) -> None:
        shown = f"the latest {LIMIT}" if len(lines) >= LIMIT else str(len(lines))
        intro = (
            f"Every change to {scope} made in this copy of the plan, newest first ({shown}). "
            "Undo and redo appear here too, as changes of their own."
            if lines
            else "No changes have been recorded yet."
        )
        rows = [
            (
                f"{line.at.replace(tzinfo=UTC).astimezone():%-d %b %Y %H:%M}",  # stored in UTC, read in local time
                line.user,
                line.change,
                line.record,
                line.field,
                line.old,
                line.new,
            )
            for line in lines
        ]
        super().__init__(title, COLUMNS, rows, intro, parent)
        self.set_column_widths((130, 90, 200, 110, 110, 200))
        fit_to_screen(self, 1100, 560)


def show_history(window: MainWindow) -> HistoryDialog | None:
    """The selected action's history when exactly one is selected, else the whole plan's."""
    from app.editing.history import change_history  # the ORM's: loaded once the data is open

    if window.plan_uuid is None:
        return None
    selected = window.table.selected_uuids()
    if len(selected) == 1:
        row = window.table.current_row()
        ref = row.ref if row is not None and row.uuid == selected[0] else ""
        title, scope = f"Change history – action {ref}".strip(), "this action"
        lines = change_history(window.ctx.db, window.plan_uuid, selected[0], LIMIT)
    else:
        title, scope = "Change history – whole plan", "the plan"
        lines = change_history(window.ctx.db, window.plan_uuid, None, LIMIT)
    dialog = HistoryDialog(title, scope, lines, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialogs["history"] = dialog
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    window.declare(
        ActionSpec(
            "history",
            "Change &history…",
            lambda: show_history(window),
            "edit",
            "history",
            "Ctrl+H",
            "Who changed what and when: the selected action, or the whole plan",
            Needs.PLAN,
        )
    )
